import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { DuebotError } from '../../src/errors.js';
import type { AlertAction } from '../../src/runtime/services.js';
import { ALERT_ACTION } from './action-ids.js';
import { alertRef, SLACK_SINK } from './alert-sink.js';
import type { SlackDeps } from './deps.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { isStaff, refusal } from './staff.js';

/**
 * A button on an alert: staff only. The runtime applies the action and returns the alert as it
 * now stands, which is drawn over the message in place so the channel sees who did what.
 * Slack is answered first; the work runs right after.
 */
export function registerAlertActions(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>({ action_id: ALERT_ACTION }, async ({ ack, body, action }) => {
    await ack();
    const channel = body.channel?.id ?? body.container?.channel_id;
    const ts = body.message?.ts ?? body.container?.message_ts;
    const user = body.user;
    const ephemeral = (text: string) => async () => {
      if (channel) await deps.client.chat.postEphemeral({ channel, user: user.id, text });
    };
    if (!isStaff(deps.config, user.id)) {
      deps.log.info({ user: user.id }, 'slack: alert button refused to a user who is not staff');
      deps.background.run('refusing an alert button', ephemeral(refusal(deps.config)));
      return;
    }
    const kind = ALERT_ACTION.exec(action.action_id)?.[1] as AlertAction;
    const escalationId = action.value ?? '';
    deps.background.run(`alert ${kind}`, async () => {
      let view;
      try {
        view = await deps.services.alertAction(escalationId, kind, { platform: 'slack', id: user.id, ...(user.name ? { name: user.name } : {}) });
      } catch (err) {
        if (!(err instanceof DuebotError)) throw err;
        await ephemeral(escapeMrkdwn(err.message))();
        return;
      }
      const ref = channel && ts ? alertRef(channel, ts) : await deps.services.getAlertRef(escalationId, SLACK_SINK);
      if (ref) await deps.sink.update(view, ref);
    });
  });
}
