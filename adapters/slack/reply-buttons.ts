import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { KnownBlock } from '@slack/web-api';
import type { InboundMessage } from '../../src/runtime/ports.js';
import { REPLY_ACTION } from './action-ids.js';
import type { SlackDeps } from './deps.js';
import { answeredBlocks } from './message-blocks.js';

/** One answer per message: a double click, or a click from a second person, is not a second reply. */
const ANSWER_TTL_SECONDS = 30 * 24 * 3600;

/**
 * A customer's click on a bot message's button ("Yes, that's right", "Change date") is a reply:
 * it goes to the inbound queue like text, and the buttons give way to the choice made.
 */
export function registerReplyButtons(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>({ action_id: REPLY_ACTION }, async ({ ack, body, action }) => {
    await ack();
    const channel = body.channel?.id ?? body.container?.channel_id;
    const message = body.message;
    const buttonId = REPLY_ACTION.exec(action.action_id)?.[1];
    if (!channel || !message?.ts || !buttonId) return;
    if (!(await deps.services.firstTime('slack-reply', `${channel}-${message.ts}`, ANSWER_TTL_SECONDS))) return;
    const msg: InboundMessage = {
      platform: 'slack',
      address: channel,
      sender: body.user.id,
      ...(body.user.name ? { senderName: body.user.name } : {}),
      text: action.text.text,
      platformMessageId: action.action_ts,
      threadId: (message.thread_ts as string | undefined) ?? message.ts,
      receivedAt: new Date(Number(action.action_ts) * 1000).toISOString(),
      action: { id: buttonId, ...(action.value !== undefined ? { value: action.value } : {}) },
    };
    await deps.services.inbound(msg);
    const blocks = (message.blocks ?? []) as KnownBlock[];
    deps.background.run('marking a reply button as answered', async () => {
      await deps.client.chat.update({ channel, ts: message.ts, text: message.text ?? '', blocks: answeredBlocks(blocks, action.text.text, body.user.id) });
    });
  });
}
