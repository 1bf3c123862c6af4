import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { AlertSink, AlertView } from '../../../src/runtime/ports.js';
import type { Clock } from '../../../src/clock.js';
import { PlatformError } from '../../../src/errors.js';
import type { WebhookBudget } from './budget.js';
import type { AlertLabels } from './labels.js';
import { renderMessage, type AlertItem } from './markdown.js';
import { postMarkdown } from './webhook.js';

export interface WecomAlertSinkOptions {
  webhookUrl: string;
  budget: WebhookBudget;
  labels: AlertLabels;
  clock: Clock;
  logger: Logger;
  fetch?: typeof fetch;
}

interface Stored {
  queuedAt: number;
  item: AlertItem;
}

/** Wait briefly when this alert's message is already being sent by another attempt. */
const SETTLE_WAIT_MS = 5_000;

/**
 * Staff alerts in a WeCom group through its robot webhook. Every post goes through the shared budget:
 * with room, the alert goes out (with any that were waiting); without, it waits in Redis and this
 * attempt fails as retryable, so the alerts queue brings it back when the window reopens and nothing
 * is lost even if this process stops. A retry of an alert already sent in a merged message succeeds
 * without sending again.
 */
export class WecomAlertSink implements AlertSink {
  readonly name = 'wecom';
  private readonly log: Logger;

  constructor(private readonly opts: WecomAlertSinkOptions) {
    this.log = opts.logger.child({ sink: 'wecom' });
  }

  async post(alert: AlertView): Promise<{ ref?: string }> {
    await this.deliver({ kind: 'new', alert });
    return {};
  }

  /** A robot cannot edit what it posted: a change (acknowledged, assigned, resolved) is a short new line. */
  async update(alert: AlertView): Promise<void> {
    await this.deliver({ kind: 'update', alert });
  }

  async note(alert: AlertView, _ref: string | null, text: string): Promise<void> {
    await this.deliver({ kind: 'note', alert, text });
  }

  private async deliver(item: AlertItem): Promise<void> {
    const id = itemId(item);
    const stored: Stored = { queuedAt: this.opts.clock.now().getTime(), item };
    const offer = await this.opts.budget.offer(id, JSON.stringify(stored));
    if (offer.state === 'sent') return;
    if (offer.state === 'sending') throw new PlatformError('wecom', 'this alert is being sent in a merged message; checking again shortly', true, Math.min(offer.waitMs, SETTLE_WAIT_MS));
    if (offer.state === 'wait') {
      this.log.info({ escalationId: item.alert.escalationId, waitMs: offer.waitMs }, 'wecom: robot budget for this minute spent; alert waits to go out merged');
      throw new PlatformError('wecom', 'WeCom robot budget for this minute is spent; the alert goes out in the next merged message', true, offer.waitMs);
    }

    const claimed = offer.items
      .map((c) => ({ id: c.id, payload: c.payload, stored: JSON.parse(c.payload) as Stored }))
      .sort((a, b) => a.stored.queuedAt - b.stored.queuedAt);
    const { content, included, rest } = renderMessage(claimed.map((c) => c.stored.item), this.opts.labels);
    const sentNow = claimed.filter((c) => included.includes(c.stored.item));
    const later = claimed.filter((c) => rest.includes(c.stored.item));
    try {
      await postMarkdown(this.opts.webhookUrl, content, this.opts.fetch);
    } catch (err) {
      await this.opts.budget.settle([], claimed);
      throw err;
    }
    await this.opts.budget.settle(sentNow.map((c) => c.id), later);
    this.log.info({ alerts: sentNow.length, waiting: later.length }, 'wecom: alert message posted to the staff group');
    if (later.some((c) => c.id === id)) throw new PlatformError('wecom', 'the merged message was full; this alert goes out in the next one', true, 1_000);
  }
}

/** Same alert, same id: a retry finds its earlier delivery; a changed alert is a new item. */
function itemId(item: AlertItem): string {
  const digest = createHash('sha256').update(JSON.stringify(item)).digest('hex').slice(0, 16);
  return `${item.alert.escalationId}-${item.kind}-${digest}`;
}
