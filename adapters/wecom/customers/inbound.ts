import type { Message } from 'wechaty';
import { types } from 'wechaty';
import type { InboundMessage } from '../../../src/runtime/ports.js';

type Attachment = NonNullable<InboundMessage['attachment']>;

/** Message types that may carry a remittance slip; everything else (voice, stickers, links, ...) is not for duebot. */
const ATTACHMENT_KINDS = new Map<types.Message, Attachment['kind']>([
  [types.Message.Image, 'image'],
  [types.Message.Attachment, 'file'],
]);

/**
 * Translates a customer's Wechaty message into the runtime's terms, or returns null when the type is
 * not one duebot reads. In a room the address is the room and the sender the talker; every room
 * message is passed with `mentionsBot`, and the runtime, which knows the linked contacts, decides.
 */
export async function toInbound(message: Message): Promise<InboundMessage | null> {
  const type = message.type();
  const kind = ATTACHMENT_KINDS.get(type);
  if (type !== types.Message.Text && !kind) return null;

  const talker = message.talker();
  const room = message.room();
  const base: InboundMessage = {
    platform: 'wecom',
    address: room ? room.id : talker.id,
    sender: talker.id,
    senderName: talker.name() || undefined,
    text: '',
    platformMessageId: message.id,
    receivedAt: message.date().toISOString(),
  };
  if (room) base.mentionsBot = await message.mentionSelf();

  if (kind) return { ...base, attachment: { kind, ref: message.id, name: await fileName(message) } };
  // In a room the "@duebot " prefix is noise for reply understanding.
  return { ...base, text: room ? await message.mentionText() : message.text() };
}

/** The file's name when the puppet can tell without failing; the slip itself stays with the platform. */
async function fileName(message: Message): Promise<string | undefined> {
  try {
    return (await message.toFileBox()).name || undefined;
  } catch {
    return undefined;
  }
}
