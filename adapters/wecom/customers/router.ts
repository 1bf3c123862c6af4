import { types, type Message } from 'wechaty';
import type { Logger } from 'pino';
import type { InboundMessage } from '../../../src/runtime/ports.js';
import type { DuebotServices } from '../../../src/runtime/services.js';
import { toInbound } from './inbound.js';
import { REFUSAL, staffCommandLine } from './staff.js';

export interface RouterDeps {
  services: DuebotServices;
  staffIds: ReadonlySet<string>;
  inbound: (msg: InboundMessage) => Promise<unknown>;
  logger: Logger;
}

/** A puppet may deliver a message again after a reconnect; a staff `say` must not go out twice. */
const SEEN_TTL_SECONDS = 2 * 24 * 3600;

/** Decides what one incoming message is: the bot's own echo, a staff command, or a customer's words. */
export async function routeMessage(message: Message, deps: RouterDeps): Promise<void> {
  if (message.self()) return;
  if (!(await deps.services.firstTime('wecom-message', message.id, SEEN_TTL_SECONDS))) {
    deps.logger.debug({ messageId: message.id }, 'wecom: message seen before, skipped');
    return;
  }

  const line = message.type() === types.Message.Text ? staffCommandLine(message.text()) : null;
  if (line !== null) return staffCommand(message, line, deps);

  const msg = await toInbound(message);
  if (!msg) {
    deps.logger.debug({ messageId: message.id, type: message.type() }, 'wecom: message type duebot does not read, ignored');
    return;
  }
  await deps.inbound(msg);
}

/**
 * Staff get the answer privately even when they typed in a group: groups are usually customer groups
 * (客户群), and a status answer there would show one customer's figures to everyone in it.
 */
async function staffCommand(message: Message, line: string, deps: RouterDeps): Promise<void> {
  const talker = message.talker();
  if (!deps.staffIds.has(talker.id)) {
    deps.logger.info({ sender: talker.id, room: message.room()?.id }, 'wecom: staff command from a contact not in WECOM_STAFF_IDS, refused');
    await (message.room() ?? talker).say(REFUSAL);
    return;
  }
  const reply = await deps.services.staffCommand(line, { platform: 'wecom', id: talker.id, name: talker.name() || undefined }, 'zh');
  await talker.say(reply.text);
}
