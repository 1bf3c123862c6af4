import type { Button, KnownBlock } from '@slack/web-api';
import type { AlertView } from '../../src/runtime/ports.js';
import type { AlertAction } from '../../src/runtime/services.js';
import { alertActionId } from './action-ids.js';
import { escapeMrkdwn, linkMrkdwn, quoteMrkdwn } from './mrkdwn.js';

const SEVERITY_MARK: Record<AlertView['severity'], string> = { info: ':information_source:', warning: ':warning:', critical: ':rotating_light:' };
const STATUS_LABEL: Record<AlertView['status'], string> = { open: 'Open', acknowledged: 'Acknowledged', resolved: 'Resolved' };
/** The newest entries of "who did what" that fit comfortably under an alert. */
const HISTORY_SHOWN = 5;
/** Section fields and quotes have Slack limits (2,000 / 3,000 characters); customer text is cut well before. */
const QUOTE_MAX = 1500;

const humanReason = (reason: string) => reason.replace(/[_-]+/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** An escalation as a Block Kit message: what happened, to whom, for how much, in the customer's words, with the actions staff may take. */
export function alertBlocks(alert: AlertView): { text: string; blocks: KnownBlock[] } {
  const name = escapeMrkdwn(alert.customerName);
  const reason = escapeMrkdwn(humanReason(alert.reason));
  const showAmounts = alert.showAmounts !== false;
  const blocks: KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: `${SEVERITY_MARK[alert.severity]} *${reason}* — ${name}` } },
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*Customer*\n${name} (${escapeMrkdwn(alert.customerId)})` },
        { type: 'mrkdwn', text: `*Status*\n${STATUS_LABEL[alert.status]}${alert.assignee ? ` · ${escapeMrkdwn(alert.assignee)}` : ''}` },
        ...(showAmounts && alert.total ? [{ type: 'mrkdwn' as const, text: `*Total*\n${escapeMrkdwn(alert.total)}` }] : []),
      ],
    },
  ];
  if (alert.invoices.length > 0) {
    const lines = alert.invoices.map((i) =>
      [`• ${escapeMrkdwn(i.id)}`, showAmounts ? escapeMrkdwn(i.amount) : undefined, `due ${escapeMrkdwn(i.dueDate)}`].filter(Boolean).join(' — '),
    );
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*Invoices*\n${lines.join('\n')}`.slice(0, 3000) } });
  }
  if (alert.quote) {
    const words = alert.quote.length > QUOTE_MAX ? `${alert.quote.slice(0, QUOTE_MAX)}…` : alert.quote;
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*In their words*\n${quoteMrkdwn(words)}` } });
  }
  const history = alert.history.slice(-HISTORY_SHOWN).map((h) => `${escapeMrkdwn(h.at)} · ${escapeMrkdwn(h.actor)}: ${escapeMrkdwn(h.action)}`);
  if (alert.caseUrl) history.push(linkMrkdwn(alert.caseUrl, 'Open the case'));
  if (history.length > 0) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: history.join('\n') }] });
  const buttons = alertButtons(alert);
  if (buttons.length > 0) blocks.push({ type: 'actions', block_id: 'duebot-alert', elements: buttons });
  return { text: escapeMrkdwn(`${humanReason(alert.reason)}: ${alert.customerName}`), blocks };
}

function alertButtons(alert: AlertView): Button[] {
  if (alert.status === 'resolved') return [];
  const button = (action: AlertAction, label: string, extra: Partial<Button> = {}): Button => ({
    type: 'button',
    action_id: alertActionId(action),
    text: { type: 'plain_text', text: label },
    value: alert.escalationId,
    ...extra,
  });
  const confirm = (title: string, text: string) => ({
    title: { type: 'plain_text' as const, text: title },
    text: { type: 'plain_text' as const, text },
    confirm: { type: 'plain_text' as const, text: 'Yes' },
    deny: { type: 'plain_text' as const, text: 'Cancel' },
  });
  return [
    ...(alert.status === 'open' ? [button('acknowledge', 'Acknowledge', { style: 'primary' })] : []),
    button('assign_to_me', 'Assign to me'),
    button('snooze_1d', 'Snooze 1 day'),
    button('mark_paid', 'Mark paid', { confirm: confirm('Mark paid?', `Record ${alert.customerName}'s invoices as paid and stop reminders.`) }),
    ...(alert.pendingApproval
      ? [button('approve_notice', 'Approve formal notice', { style: 'danger', confirm: confirm('Send the formal notice?', `The formal notice goes to ${alert.customerName} as drafted.`) })]
      : []),
  ];
}
