/** The reading of one customer reply, as spec/understanding.md defines it. */
export type Intent = 'promise' | 'paid' | 'dispute' | 'hardship' | 'request_info' | 'acknowledge' | 'other';

export const INTENTS: readonly Intent[] = ['promise', 'paid', 'dispute', 'hardship', 'request_info', 'acknowledge', 'other'];

/** A piece of the original text that decided part of the answer; offsets are UTF-16 indices into `text`. */
export interface EvidenceSpan {
  start: number;
  end: number;
  text: string;
  role: 'intent' | 'date' | 'amount';
}

export interface UnderstandInput {
  text: string;
  /** The instant the reply was received: an ISO 8601 string (with offset) or a Date. */
  now: string | Date;
  /** IANA time zone of the customer; "today" and the answer's date are in this zone. */
  tz: string;
  /** Due date of the invoice in question ('YYYY-MM-DD'), context for "by the due date". */
  dueDate?: string | null;
}

export interface Understanding {
  intent: Intent;
  /** 'YYYY-MM-DD' in `tz`, or null when no concrete date was given. */
  date: string | null;
  /** In major units (5000, 12000.5), or null when no figure was given. */
  amount: number | null;
  evidence: EvidenceSpan[];
}
