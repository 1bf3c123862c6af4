/** Reply understanding: `understand({ text, now, tz, dueDate? })` → intent, date, amount, evidence. */
export { understand } from './understand.js';
export type { Intent, EvidenceSpan, UnderstandInput, Understanding } from './types.js';
export { INTENTS } from './types.js';
