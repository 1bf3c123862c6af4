import { WechatyBuilder } from 'wechaty';
import type { AdapterContext } from '../../../src/runtime/ports.js';
import { WecomChannel } from './channel.js';
import { loadPuppet, type WechatyPuppet } from './puppet.js';

/** The customer channel over a Wechaty bot with the given puppet, or the one WECHATY_PUPPET names. */
export async function buildWecomChannel(ctx: AdapterContext, puppet?: WechatyPuppet): Promise<WecomChannel> {
  const bot = WechatyBuilder.build({ puppet: puppet ?? (await loadPuppet(ctx.config)) });
  return new WecomChannel({ bot, services: ctx.services, staffIds: ctx.config.WECOM_STAFF_IDS, logger: ctx.logger });
}
