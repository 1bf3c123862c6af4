import type { AlertView } from '../../../src/runtime/ports.js';
import { escapeMarkdown as esc, safeLink } from './escape.js';
import type { AlertLabels } from './labels.js';

/**
 * What the sink delivers: a new alert, a change to one already posted (a robot cannot edit its
 * messages), or a follow-up note such as the customer's answer to a rep.
 */
export type AlertItem = { kind: 'new' | 'update'; alert: AlertView } | { kind: 'note'; alert: AlertView; text: string };

/** WeCom refuses markdown content over 4096 bytes of UTF-8. */
export const MAX_CONTENT_BYTES = 4096;

const COLOR = { info: 'info', warning: 'warning', critical: 'warning' } as const;

function reasonText(reason: string, l: AlertLabels): string {
  return esc(l.reasons[reason] ?? reason);
}

function link(alert: AlertView, text: string): string[] {
  const url = safeLink(alert.caseUrl);
  return url ? [`[${text}](${url})`] : [];
}

function amounts(alert: AlertView, l: AlertLabels): string[] {
  if (alert.showAmounts === false) return [`> ${l.invoices}：${alert.invoices.map((i) => esc(i.id, 40)).join('、')} ${l.hidden}`];
  const list = alert.invoices.map((i) => `${esc(i.id, 40)} ${esc(i.amount, 40)}（${l.due} ${esc(i.dueDate, 20)}）`).join('、');
  return [`> ${l.invoices}：${list}`, `> ${l.total}：**${esc(alert.total, 40)}**`];
}

/** One alert in full: customer, invoices and amounts, reason, the customer's words, and the case link. */
export function renderAlert(alert: AlertView, l: AlertLabels): string {
  return [
    `**${l.title}** <font color="${COLOR[alert.severity]}">${l.severity[alert.severity]}</font>`,
    `> ${l.customer}：${esc(alert.customerName, 80)}（${esc(alert.customerId, 40)}）`,
    ...amounts(alert, l),
    `> ${l.reason}：${reasonText(alert.reason, l)}`,
    ...(alert.quote ? [`> ${l.quote}：「${esc(alert.quote)}」`] : []),
    ...(alert.assignee ? [`> ${l.assignee}：${esc(alert.assignee, 60)}`] : []),
    ...(alert.pendingApproval ? [`> <font color="warning">${l.approval}</font>`] : []),
    ...link(alert, l.open),
  ].join('\n');
}

/** A change to a posted alert, in one line: who acted and how it stands now. */
export function renderUpdate(alert: AlertView, l: AlertLabels): string {
  const last = alert.history.at(-1);
  const who = last ? ` · ${esc(last.actor, 60)}：${esc(last.action, 60)}` : '';
  const assignee = alert.assignee ? ` · ${l.assignee} ${esc(alert.assignee, 60)}` : '';
  return [
    `**${l.update}** ${esc(alert.customerName, 80)}（${esc(alert.customerId, 40)}）：<font color="comment">${l.status[alert.status]}</font>${who}${assignee}`,
    ...link(alert, l.open),
  ].join('\n');
}

/** A follow-up under an alert: whose case, and the (customer's) words, escaped. */
export function renderNote(alert: AlertView, text: string, l: AlertLabels): string {
  return [`**${l.note}** ${esc(alert.customerName, 80)}（${esc(alert.customerId, 40)}）`, `> 「${esc(text)}」`, ...link(alert, l.open)].join('\n');
}

function renderFull(item: AlertItem, l: AlertLabels): string {
  if (item.kind === 'note') return renderNote(item.alert, item.text, l);
  return item.kind === 'new' ? renderAlert(item.alert, l) : renderUpdate(item.alert, l);
}

/** The short form used when several alerts share one message. */
function renderCompact(item: AlertItem, l: AlertLabels): string {
  const a = item.alert;
  if (item.kind !== 'new') return renderFull(item, l).replace(/^\*\*[^*]+\*\* /, '> ');
  const total = a.showAmounts === false ? '' : ` · ${l.total} ${esc(a.total, 40)}`;
  return [
    `> **${esc(a.customerName, 80)}**（${esc(a.customerId, 40)}）${total} · ${reasonText(a.reason, l)}`,
    ...(a.quote ? [`> 「${esc(a.quote, 120)}」`] : []),
    ...link(a, l.open),
  ].join('\n');
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * Renders what fits in one robot message: a single item in full, several in short form. Items that
 * do not fit under WeCom's size limit are left out and returned, to go in the next message.
 */
export function renderMessage(items: AlertItem[], l: AlertLabels): { content: string; included: AlertItem[]; rest: AlertItem[] } {
  if (items.length === 1) {
    const [item] = items as [AlertItem];
    return { content: truncateBytes(renderFull(item, l)), included: items, rest: [] };
  }
  const blocks: string[] = [];
  const included: AlertItem[] = [];
  const headerFor = (n: number) => `**${l.batch(n)}**`;
  for (const [i, item] of items.entries()) {
    const block = renderCompact(item, l);
    const next = [headerFor(included.length + 1), ...blocks, block].join('\n\n');
    if (bytes(next) > MAX_CONTENT_BYTES && included.length > 0) return { content: [headerFor(included.length), ...blocks].join('\n\n'), included, rest: items.slice(i) };
    blocks.push(block);
    included.push(item);
  }
  return { content: truncateBytes([headerFor(included.length), ...blocks].join('\n\n')), included, rest: [] };
}

function truncateBytes(content: string): string {
  if (bytes(content) <= MAX_CONTENT_BYTES) return content;
  let out = '';
  let size = 0;
  for (const ch of content) {
    size += bytes(ch);
    if (size > MAX_CONTENT_BYTES - bytes('…')) break;
    out += ch;
  }
  return `${out}…`;
}
