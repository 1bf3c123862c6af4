import type { Escalation } from '../domain/escalation.js';
import type { AlertReason, Rung } from './types.js';
import { caseOf, emit, idPart, type Draft } from './draft.js';
import { messageInvoices } from './messages.js';

const RUNGS: Rung[] = ['rep', 'team', 'manager', 'legal'];
const SEVERITY: Record<Rung, Escalation['severity']> = { rep: 'info', team: 'warning', manager: 'critical', legal: 'critical' };

export interface AlertArgs {
  reason: AlertReason | 'step' | 'formal_notice';
  target?: Rung;
  quote?: string;
  pendingApproval?: boolean;
  /** Extra fields on the effect (a formal notice's draft text, the step that raised it). */
  extra?: Record<string, unknown>;
}

export function hasOpenAlert(d: Draft, reason: string): boolean {
  return caseOf(d).escalations.some((e) => e.reason === reason && e.status !== 'resolved');
}

/** Raises an escalation at the playbook's rung for its reason and climbs the case's ladder level. */
export function raise(d: Draft, args: AlertArgs): Escalation {
  const c = caseOf(d);
  const target = args.target ?? d.playbook.routes[args.reason as AlertReason] ?? 'rep';
  const escalation: Escalation = {
    id: `${c.customerId}-esc-${idPart(d.event.id)}-${args.reason}`,
    customerId: c.customerId,
    reason: args.reason,
    severity: SEVERITY[target],
    target,
    status: 'open',
    invoiceIds: messageInvoices(d).map((i) => i.id),
    raisedAt: d.now,
    pendingApproval: args.pendingApproval ?? false,
    history: [{ at: d.now, actor: 'bot', action: 'raised' }],
    ...(args.quote !== undefined ? { quote: args.quote.slice(0, 2000) } : {}),
  };
  c.escalations.push(escalation);
  c.escalationLevel = Math.max(c.escalationLevel, RUNGS.indexOf(target) + 1);
  emit(d, { kind: 'raise_escalation', escalation, ...(args.extra ?? {}) });
  return escalation;
}

/** Staff (or the bot, when a case closes) acknowledge or resolve an escalation. */
export function settle(d: Draft, escalationId: string, status: 'acknowledged' | 'resolved', actor: string, assignee?: string): boolean {
  const e = caseOf(d).escalations.find((x) => x.id === escalationId);
  if (!e || e.status === 'resolved') return false;
  if (e.status === status && assignee === undefined) return false;
  e.status = status;
  if (assignee !== undefined) e.assignee = assignee;
  e.history.push({ at: d.now, actor, action: assignee !== undefined ? `assigned:${assignee}` : status });
  emit(d, { kind: 'resolve_escalation', escalationId, status, actor, ...(assignee !== undefined ? { assignee } : {}) });
  return true;
}

export function settleAll(d: Draft, actor: string, reasons?: string[]): void {
  for (const e of caseOf(d).escalations) {
    if (e.status !== 'resolved' && (!reasons || reasons.includes(e.reason))) settle(d, e.id, 'resolved', actor);
  }
}
