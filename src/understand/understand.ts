import { InputError } from '../errors.js';
import { bareFigures, findAmounts, isDeduction, type AmountMention } from './amounts.js';
import { clauseOf, type Clauses } from './clauses.js';
import { civil, isoDate, type CivilDate } from './civil-date.js';
import { instantOf, zoneNamed } from './zone-clock.js';
import { findDates } from './dates.js';
import { fastDate } from './iso-fast.js';
import { decide } from './decide.js';
import { normalise, originalSpan, type NormalisedText } from './normalise.js';
import { readSignals } from './signals.js';
import { clausesOfLastText, triggersOf, type Triggers } from './triggers.js';
import { correctionPoint } from './date-markers.js';
import type { EvidenceSpan, UnderstandInput, Understanding } from './types.js';

/**
 * Reads a customer's reply into intent, payment date and amount (spec/understanding.md).
 * Pure: the clock is `now`, the calendar is `tz`; bad arguments throw InputError before any work.
 */
export function understand(input: UnderstandInput): Understanding {
  const today = checkedToday(input);
  const dueDate = checkedDueDate(input.dueDate);
  const text = input.text;
  const norm = normalise(text);
  const t = norm.text;
  const on = triggersOf(t); // once: every stage asks which of its rules may match
  const clauses = clausesOfLastText();
  const mentions = findDates(t, norm.scripts, on);
  const signals = readSignals(t, on, clauses, mentions);
  const decision = decide(t, clauses, mentions, signals, { today, dueDate });

  let amount: AmountMention | undefined;
  if (decision.intent === 'promise' || decision.intent === 'paid') {
    const amounts = findAmounts(t, on, mentions);
    const dateClause = decision.dateSpan ? clauseOf(clauses, decision.dateSpan[0]) : -1;
    // A corrected figure; else one in the date's clause; else the first not taken off; bare figures last.
    amount = amounts.length > 1 ? correctedAmount(t, on, amounts) : undefined;
    const candidates = amounts.length > 0 ? amounts : bareFigures(t, on, mentions);
    amount ??= chooseAmount(t, clauses, candidates, dateClause);
  }

  const intentSpan = decision.intentSpan ? toEvidence(text, norm, decision.intentSpan[0], decision.intentSpan[1], 'intent') : null;
  const dateSpan = decision.dateSpan ? toEvidence(text, norm, decision.dateSpan[0], decision.dateSpan[1], 'date') : null;
  const amountSpan = amount ? toEvidence(text, norm, amount.start, amount.end, 'amount') : null;
  return { intent: decision.intent, date: decision.date, amount: amount?.value ?? null, evidence: evidenceOf(intentSpan, dateSpan, amountSpan) };
}

/** The figure in the date's clause; else the first not taken off (a credit, a return); else the first. Loops, not closures: this runs for every promise and paid reply. */
function chooseAmount(t: string, clauses: Clauses, candidates: AmountMention[], dateClause: number): AmountMention | undefined {
  if (candidates.length <= 1) return candidates[0];
  for (const a of candidates) if (clauseOf(clauses, a.start) === dateClause) return a;
  for (const a of candidates) if (!isDeduction(t, a)) return a;
  return candidates[0];
}

/** "打3.2万过去，不对，是2.3万": the first figure after the last correction wins over those before it. */
function correctedAmount(t: string, on: Triggers, amounts: AmountMention[]): AmountMention | undefined {
  const point = correctionPoint(t, on, amounts[amounts.length - 1]!.start);
  if (point < 0) return undefined;
  for (const a of amounts) if (a.start >= point) return a;
  return undefined;
}

/** The spans that are there, in the order intent, date, amount: an array of its final size, not one grown by push. */
function evidenceOf(intent: EvidenceSpan | null, date: EvidenceSpan | null, amount: EvidenceSpan | null): EvidenceSpan[] {
  if (intent === null) return date === null ? (amount === null ? [] : [amount]) : amount === null ? [date] : [date, amount];
  if (date === null) return amount === null ? [intent] : [intent, amount];
  return amount === null ? [intent, date] : [intent, date, amount];
}

function toEvidence(text: string, norm: NormalisedText, from: number, to: number, role: EvidenceSpan['role']): EvidenceSpan {
  if (norm.replacements.length === 0) return { start: from, end: to, text: text.slice(from, to), role }; // same offsets
  const [start, end] = originalSpan(norm, from, to);
  return { start, end, text: text.slice(start, end), role };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/*
 * The arguments are checked in the order text, tz, now, dueDate, each check returning a plain number:
 * no object per reply to carry them.
 */

/** Today in the reply's zone, once `input`, its text, tz and now are known to be good; else InputError. */
function checkedToday(input: UnderstandInput): CivilDate {
  if (input === null || typeof input !== 'object') throw new InputError('input must be an object with text, now and tz', 'input');
  const { text, now, tz } = input;
  if (typeof text !== 'string') throw new InputError('text must be a string', 'text');
  const zone = typeof tz === 'string' ? zoneNamed(tz) : null;
  if (zone === null) {
    throw new InputError(`tz must be an IANA time zone such as Asia/Shanghai, got ${JSON.stringify(tz)}`, 'tz');
  }
  const instant = typeof now === 'string' || now instanceof Date ? instantOf(now, tz) : Number.NaN;
  if (Number.isNaN(instant)) {
    throw new InputError(`now must be an ISO 8601 instant such as 2026-11-24T10:15:00+08:00, got ${JSON.stringify(now)}`, 'now');
  }
  return zone.dateOf(instant);
}

/** The due date as a day count, null when none is given; InputError when it is not a real YYYY-MM-DD. */
function checkedDueDate(dueDate: string | null | undefined): CivilDate | null {
  if (dueDate === undefined || dueDate === null) return null;
  const fast = typeof dueDate === 'string' ? fastDate(dueDate) : null;
  if (fast !== null) return fast;
  const m = typeof dueDate === 'string' ? ISO_DATE.exec(dueDate) : null;
  const due = m ? civil(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  // Date.UTC rolls 2026-02-30 into March: a date that does not print back as given is not a date.
  if (due === null || isoDate(due) !== dueDate) throw new InputError(`dueDate must be YYYY-MM-DD, got ${JSON.stringify(dueDate)}`, 'dueDate');
  return due;
}
