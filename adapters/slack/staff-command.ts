import type { App, RespondArguments } from '@slack/bolt';
import { DuebotError } from '../../src/errors.js';
import type { StaffReply } from '../../src/runtime/services.js';
import { within, type SlackDeps } from './deps.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { isStaff, refusal } from './staff.js';

/** Answer in the slash command's own response when the runtime is this quick; Slack's limit is 3 s. */
const INLINE_ANSWER_MS = 2000;

/**
 * `/duebot <command>` for staff: checked against SLACK_STAFF_USERS before anything runs, then handed
 * to the runtime as it was typed (`<#C123|name>` and `<@U123|name>` included; the runtime parses them).
 */
export function registerStaffCommand(app: App, deps: SlackDeps): void {
  app.command('/duebot', async ({ command, ack, respond }) => {
    if (!isStaff(deps.config, command.user_id)) {
      deps.log.info({ user: command.user_id }, 'slack: /duebot refused to a user who is not staff');
      await ack({ response_type: 'ephemeral', text: refusal(deps.config) });
      return;
    }
    const line = command.text.trim() || 'help';
    const work = deps.services
      .staffCommand(line, { platform: 'slack', id: command.user_id, name: command.user_name })
      .then(toResponse, (err: unknown) => failure(deps, err));
    const quick = await within(work, INLINE_ANSWER_MS);
    if (quick) {
      await ack(quick);
      return;
    }
    // Nothing to show yet: an empty ack keeps Slack from timing out, the answer follows on response_url.
    await ack();
    deps.background.run('answering /duebot', async () => {
      await respond(await work);
    });
  });
}

function toResponse(reply: StaffReply): RespondArguments & { response_type: 'ephemeral' | 'in_channel' } {
  return { response_type: reply.public ? 'in_channel' : 'ephemeral', text: escapeMrkdwn(reply.text) };
}

/** A mistake in the command (unknown customer, bad date) is told as is; anything else stays in the log. */
function failure(deps: SlackDeps, err: unknown): RespondArguments & { response_type: 'ephemeral' } {
  if (err instanceof DuebotError && err.code !== 'PLATFORM') return { response_type: 'ephemeral', text: escapeMrkdwn(err.message) };
  deps.log.error({ err }, 'slack: /duebot failed');
  return { response_type: 'ephemeral', text: 'Sorry, that did not work. The details are in the bot log.' };
}
