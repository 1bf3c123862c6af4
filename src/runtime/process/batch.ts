import type { Job } from 'bullmq';
import type { CaseProcessor } from './processor.js';
import type { MailboxItem } from './inbound-event.js';

/** One customer's event that an import has just put in its mailbox. */
export interface MailedEvent {
  customerId: string;
  item: Extract<MailboxItem, { kind: 'event' }>;
}

/**
 * Plans the cases of an import batch at once instead of one mailbox job at a time: for each customer
 * whose mailbox holds just this event and whose lock is free, the event is decided here with the
 * others, and their writes and jobs go out in bulk. Anything else (a busy case, more mail waiting) is
 * left to the inbound workers, whose wake-up jobs were queued with the mail: nothing depends on this
 * shortcut succeeding.
 */
export async function applyMailedBatch(processor: CaseProcessor, mailed: MailedEvent[]): Promise<number> {
  return processor.applyBatch(mailed);
}

export type { Job };
