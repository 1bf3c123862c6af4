import { clauseOf, clauseStart, type Clauses } from './clauses.js';
import { isoDate, type CivilDate } from './civil-date.js';
import { correctionPoint, inArrivalClause, negatedMentions } from './date-markers.js';
import type { DateContext, DateMention } from './date-rule.js';
import { CHECKING, DISPUTE, INFO_NOUN } from './lexicon.js';
import { GateList, anyMayMatch, mayMatch, triggersOf } from './triggers.js';
import type { Signals, Span } from './signals.js';
import type { Intent } from './types.js';

/** The answer in normalised coordinates; understand() maps spans back to the original text. */
export interface Decision {
  intent: Intent;
  intentSpan: Span | null;
  date: string | null;
  dateSpan: Span | null;
}

interface Dated {
  mention: DateMention;
  day: CivilDate;
}

/**
 * The spec's precedence: paid > promise with a date > dispute > hardship > request_info >
 * promise without a date > acknowledge > other.
 */
export function decide(text: string, clauses: Clauses, mentions: DateMention[], signals: Signals, ctx: DateContext): Decision {
  const negated = negatedMentions(text, clauses, mentions);
  const usable = mentions.filter((m) => !m.vague && !negated.has(m));

  if (signals.paid) {
    const paidClause = clauseOf(clauses, signals.paid[0]);
    // The day the money was sent: no future words, no "应该今天到账".
    const dated = resolveAll(usable.filter((m) => m.tense !== 'forward' && !inArrivalClause(text, clauses, m)), ctx, true);
    const pick = dated.find((d) => clauseOf(clauses, d.mention.start) === paidClause) ?? dated[0];
    return withDate('paid', signals.paid, pick);
  }

  const promised = resolveAll(usable.filter((m) => m.tense !== 'backward'), ctx, false).filter(
    // A date inside a complaint, a request or a "let me check" is not a payment date unless they say they will pay.
    (d) => signals.payVerb !== null || !clauseHas(text, clauses, d.mention.start, NOT_A_PAYMENT_DATE),
  );
  if (promised.length > 0) return withDate('promise', signals.payVerb, choosePromised(text, promised));

  // Each signal is read on first use (signals.ts): ask once, keep the answer.
  const dispute = signals.dispute;
  if (dispute) return bare('dispute', dispute);
  const hardship = signals.hardship;
  if (hardship) return bare('hardship', hardship);
  const requestInfo = signals.requestInfo;
  if (requestInfo) return bare('request_info', requestInfo);
  const vague = mentions.find((m) => m.vague && !negated.has(m));
  const promiseSpan = signals.payVerb ?? signals.internalStep ?? (vague ? ([vague.start, vague.end] as Span) : null);
  if (promiseSpan) return bare('promise', promiseSpan);
  const acknowledge = signals.acknowledge;
  if (acknowledge) return bare('acknowledge', acknowledge);
  return bare('other', null);
}

function resolveAll(mentions: DateMention[], ctx: DateContext, past: boolean): Dated[] {
  const out: Dated[] = [];
  for (const mention of mentions) {
    const day = mention.resolve(ctx, past);
    if (day) out.push({ mention, day });
  }
  return out;
}

/** A correction wins over what it corrects; otherwise the earliest committed date (instalments). */
function choosePromised(text: string, dated: Dated[]): Dated {
  const point = correctionPoint(
    text,
    dated.map((d) => d.mention),
  );
  if (point >= 0) {
    const corrected = dated.find((d) => d.mention.start >= point);
    if (corrected) return corrected;
  }
  return dated.reduce((a, b) => (b.day < a.day ? b : a));
}

const NOT_A_PAYMENT_DATE = new GateList([...DISPUTE.gates, CHECKING, ...INFO_NOUN.gates]);

function clauseHas(text: string, clauses: Clauses, pos: number, patterns: GateList): boolean {
  const on = triggersOf(text);
  if (!anyMayMatch(on, patterns)) return false; // nothing to look for: no clause to cut out
  const k = clauseOf(clauses, pos);
  const clause = text.slice(clauseStart(clauses, k), clauses.starts[k + 1] ?? text.length);
  return patterns.gates.some((g) => mayMatch(on, g) && g.re.test(clause));
}

function withDate(intent: Intent, span: Span | null, pick: Dated | undefined): Decision {
  return {
    intent,
    intentSpan: span ?? (pick ? [pick.mention.start, pick.mention.end] : null),
    date: pick ? isoDate(pick.day) : null,
    dateSpan: pick ? [pick.mention.start, pick.mention.end] : null,
  };
}

function bare(intent: Intent, span: Span | null): Decision {
  return { intent, intentSpan: span, date: null, dateSpan: null };
}
