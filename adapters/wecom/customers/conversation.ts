import type { Contact, Room, Wechaty } from 'wechaty';

export type Conversation = Contact | Room;

// Room ids end in @chatroom on WeChat puppets and start with R: on WeCom ones; asking for the likely
// kind first spares a failed lookup (which Wechaty reports as an error event) on most sends.
const ROOM_ID = /@chatroom$|^R:/;

/** The contact or room an address names, or undefined when the puppet knows neither. */
export async function findConversation(bot: Wechaty, id: string): Promise<Conversation | undefined> {
  const room = () => bot.Room.find({ id });
  const contact = () => bot.Contact.find({ id });
  return ROOM_ID.test(id) ? ((await room()) ?? (await contact())) : ((await contact()) ?? (await room()));
}
