import type { Customer } from '../domain/customer.js';
import type { Invoice } from '../domain/invoice.js';
import type { Case } from '../domain/case.js';
import type { Escalation } from '../domain/escalation.js';
import type { AuditEntry } from '../domain/audit.js';
import type { Platform } from '../domain/ids.js';
import type { AlertView, InboundMessage } from './ports.js';

/** Who is acting: staff are checked against the configured staff lists before anything changes. */
export interface Actor {
  platform: Platform | 'cli' | 'api' | 'web';
  /** Platform user or contact id. */
  id: string;
  name?: string;
}

/** Actions on an escalation alert, from a button in Slack, the web page or a WeCom command. */
export type AlertAction = 'acknowledge' | 'assign_to_me' | 'snooze_1d' | 'mark_paid' | 'approve_notice';

/** What a staff command answers: text for the person who asked; `public` when meant for the channel. */
export interface StaffReply {
  ok: boolean;
  text: string;
  public?: boolean;
}

export interface CustomerView {
  customer: Customer;
  invoices: Invoice[];
  case: Case | null;
  escalations: Escalation[];
  audit: AuditEntry[];
}

/**
 * The runtime as adapters, the HTTP API and the CLI see it. Adapters translate platforms to and from
 * these calls and hold no collection logic.
 */
export interface DuebotServices {
  /**
   * Hands an inbound platform event to the durable inbound queue and returns at once (adapters ack
   * the platform right after). Messages from addresses not linked to a customer are ignored.
   */
  inbound(msg: InboundMessage): Promise<{ accepted: boolean; customerId?: string }>;
  /** Runs a staff command line (`status C001`, `pause C001 2026-12-20`, `say C001 hello`, ... or 催款 状态 C001). */
  staffCommand(line: string, actor: Actor, lang?: 'zh' | 'en'): Promise<StaffReply>;
  /** A staff member clicked a button on an alert; returns the alert as it now stands. */
  alertAction(escalationId: string, action: AlertAction, actor: Actor): Promise<AlertView>;
  alertView(escalationId: string): Promise<AlertView | null>;
  /** True the first time `id` is seen in `scope` within `ttlSeconds` (atomic SET NX in Redis). */
  firstTime(scope: string, id: string, ttlSeconds: number): Promise<boolean>;
  /**
   * Releases an id `firstTime` claimed (DEL), for when handing the event over failed after the claim:
   * the platform's redelivery must then count as the first time, not as a duplicate.
   */
  forget(scope: string, id: string): Promise<void>;
  customerView(customerId: string): Promise<CustomerView | null>;
  /** Remembers the platform's reference of a posted alert (to update it in place later). */
  setAlertRef(escalationId: string, sink: string, ref: string): Promise<void>;
  getAlertRef(escalationId: string, sink: string): Promise<string | null>;
}
