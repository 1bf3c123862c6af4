import type { MessageButton } from '../ports.js';
import type { Platform } from '../../domain/ids.js';

/** An outbox job: everything an adapter needs, ids not documents apart from the text itself. */
export interface OutboxJobData {
  messageId: string;
  customerId: string;
  platform: Platform;
  address: string;
  text: string;
  language: 'zh' | 'en';
  buttons?: MessageButton[];
  threadId?: string;
  template?: string;
  tone?: string;
  reply?: boolean;
  /** Planned instant of a step send, for lateness metrics. */
  plannedAt?: string;
}

export type AlertJobData =
  | { op: 'post' | 'update'; escalationId: string }
  | { op: 'note'; escalationId: string; text: string }
  | { op: 'dead_letter'; customerId: string; messageId: string; reason: string };
