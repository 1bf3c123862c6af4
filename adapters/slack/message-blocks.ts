import type { KnownBlock } from '@slack/web-api';
import type { MessageButton } from '../../src/runtime/ports.js';
import { escapeMrkdwn, splitMrkdwn } from './mrkdwn.js';
import { replyActionId } from './action-ids.js';

/** Slack's limits: 75 characters on a button label, 2,000 on its value, 25 elements in one actions block. */
const LABEL_MAX = 75;
const VALUE_MAX = 2000;
const BUTTONS_MAX = 25;

/** A customer message as Block Kit: the text (escaped) in sections, its buttons below. */
export function messageBlocks(text: string, buttons: MessageButton[] = []): { text: string; blocks: KnownBlock[] } {
  const safe = escapeMrkdwn(text);
  const blocks: KnownBlock[] = splitMrkdwn(safe).map((part) => ({ type: 'section', text: { type: 'mrkdwn', text: part || ' ' } }));
  if (buttons.length > 0) {
    blocks.push({
      type: 'actions',
      block_id: 'duebot-reply',
      elements: buttons.slice(0, BUTTONS_MAX).map((b) => ({
        type: 'button',
        action_id: replyActionId(b.id),
        text: { type: 'plain_text', text: b.label.slice(0, LABEL_MAX), emoji: true },
        ...(b.value !== undefined ? { value: b.value.slice(0, VALUE_MAX) } : {}),
        ...(b.style ? { style: b.style } : {}),
      })),
    });
  }
  return { text: safe, blocks };
}

/** The same message once a button was clicked: the buttons give way to a line saying which, so nobody clicks twice. */
export function answeredBlocks(blocks: KnownBlock[], label: string, userId: string): KnownBlock[] {
  return [
    ...blocks.filter((b) => b.type !== 'actions'),
    { type: 'context', elements: [{ type: 'mrkdwn', text: `<@${userId}>: ${escapeMrkdwn(label)}` }] },
  ];
}
