import type { Store } from './store/index.js';

export type EvidenceFormat = 'jsonl' | 'csv';

/** One line of an evidence export: flat enough for a spreadsheet, with every detail kept in `details`. */
export interface EvidenceRow {
  seq: number;
  at: string;
  actor: string;
  kind: string;
  /** in (from the customer), out (to the customer), or blank for state changes and staff actions. */
  direction: 'in' | 'out' | '';
  platform: string;
  address: string;
  platform_message_id: string;
  text: string;
  details: string;
}

export const EVIDENCE_COLUMNS: Array<keyof EvidenceRow> = ['seq', 'at', 'actor', 'kind', 'direction', 'platform', 'address', 'platform_message_id', 'text', 'details'];

const INBOUND = new Set(['message_in', 'button_click', 'attachment_in']);

/**
 * The customer's audit stream, oldest first, exactly as recorded: message texts are not shortened or
 * escaped, and the per-customer sequence number lets a reader see that nothing is missing.
 */
export async function* evidenceRows(store: Pick<Store, 'audit'>, customerId: string): AsyncGenerator<EvidenceRow> {
  for await (const e of store.audit.streamCustomer(customerId)) {
    const { text, platform, address, ...rest } = e.payload as Record<string, unknown>;
    yield {
      seq: e.seq,
      at: e.at,
      actor: e.actor,
      kind: e.kind,
      direction: INBOUND.has(e.kind) ? 'in' : e.kind === 'message_out' ? 'out' : '',
      platform: typeof platform === 'string' ? platform : '',
      address: typeof address === 'string' ? address : '',
      platform_message_id: e.platformMessageId ?? '',
      text: typeof text === 'string' ? text : '',
      details: Object.keys(rest).length ? JSON.stringify(rest) : '',
    };
  }
}
