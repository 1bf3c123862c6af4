import type { AlertAction } from '../../src/runtime/services.js';

/** A customer's button under a bot message: `duebot-reply:<button id>`. */
export const REPLY_ACTION = /^duebot-reply:(.+)$/;
export const replyActionId = (buttonId: string) => `duebot-reply:${buttonId}`;

/** A staff button under an alert: `duebot-alert:<action>`, the escalation id in the value. */
export const ALERT_ACTION = /^duebot-alert:(acknowledge|assign_to_me|snooze_1d|mark_paid|approve_notice)$/;
export const alertActionId = (action: AlertAction) => `duebot-alert:${action}`;
