import type { AdapterBundle, AdapterContext } from '../../src/runtime/ports.js';
import type { WechatyPuppet } from './customers/puppet.js';

export type { WechatyPuppet } from './customers/puppet.js';

export interface WecomAdapterOptions {
  /** A ready puppet instance instead of the one WECHATY_PUPPET names (tests pass wechaty-puppet-mock). */
  puppet?: WechatyPuppet;
}

/**
 * WeChat Work: customer chats through a Wechaty puppet (when WECHATY_PUPPET is set or a puppet is
 * given) and staff alerts through the group robot (when WECOM_WEBHOOK_URL is set). Wechaty is loaded
 * only when customer chats are on: it is large, and an alerts-only setup does not need it.
 */
export async function createWecomAdapter(ctx: AdapterContext, opts: WecomAdapterOptions = {}): Promise<AdapterBundle> {
  const { config } = ctx;
  const bundle: AdapterBundle = { stop: async () => {} };

  if (opts.puppet || config.WECHATY_PUPPET) {
    const { buildWecomChannel } = await import('./customers/build.js');
    const channel = await buildWecomChannel(ctx, opts.puppet);
    bundle.channel = channel;
    bundle.stop = () => channel.stop();
  }
  return bundle;
}
