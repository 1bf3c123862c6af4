import type { AdapterBundle, AdapterContext } from '../../src/runtime/ports.js';
import { WebhookBudget, type BudgetOptions } from './alerts/budget.js';
import { LABELS } from './alerts/labels.js';
import { WecomAlertSink } from './alerts/sink.js';
import type { WechatyPuppet } from './customers/puppet.js';

export type { WechatyPuppet } from './customers/puppet.js';

export interface WecomAdapterOptions {
  /** A ready puppet instance instead of the one WECHATY_PUPPET names (tests pass wechaty-puppet-mock). */
  puppet?: WechatyPuppet;
  /** The robot's send budget; WeCom allows 20 messages a minute. */
  alertBudget?: Partial<BudgetOptions>;
  fetch?: typeof fetch;
}

export const DEFAULT_ALERT_BUDGET: BudgetOptions = { limit: 20, windowMs: 60_000, leaseMs: 60_000, keepMs: 24 * 3600_000 };

/**
 * WeChat Work: customer chats through a Wechaty puppet (when WECHATY_PUPPET is set or a puppet is
 * given) and staff alerts through the group robot (when WECOM_WEBHOOK_URL is set). Wechaty is loaded
 * only when customer chats are on: it is large, and an alerts-only setup does not need it.
 */
export async function createWecomAdapter(ctx: AdapterContext, opts: WecomAdapterOptions = {}): Promise<AdapterBundle> {
  const { config } = ctx;
  const bundle: AdapterBundle = { stop: async () => {} };

  if (config.WECOM_WEBHOOK_URL) {
    const rate = ctx.keys.rate('wecom-webhook');
    const budget = new WebhookBudget(
      ctx.redis,
      { window: rate, pending: `${rate}:pending`, sending: `${rate}:sending`, sent: `${rate}:sent` },
      { ...DEFAULT_ALERT_BUDGET, ...opts.alertBudget },
    );
    bundle.alertSink = new WecomAlertSink({
      webhookUrl: config.WECOM_WEBHOOK_URL,
      budget,
      labels: LABELS[config.DUEBOT_LANG],
      clock: ctx.clock,
      logger: ctx.logger,
      fetch: opts.fetch,
    });
  }

  if (opts.puppet || config.WECHATY_PUPPET) {
    const { buildWecomChannel } = await import('./customers/build.js');
    const channel = await buildWecomChannel(ctx, opts.puppet);
    bundle.channel = channel;
    bundle.stop = () => channel.stop();
  }
  return bundle;
}
