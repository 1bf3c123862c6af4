import { clauseOf, clauseStart, type Clauses } from './clauses.js';
import type { DateMention } from './date-rule.js';
import {
  ACK, CHECKING, DISPUTE, HARDSHIP, INFO_CUE, INFO_NOUN, NOT_YET, PAID_STRONG, PAID_WEAK, PAY_VERB, firstHit,
} from './lexicon.js';

export type Span = [number, number];

/** What the words of a reply say, before the spec's precedence picks one intent. */
export interface Signals {
  paid: Span | null;
  payVerb: Span | null;
  dispute: Span | null;
  hardship: Span | null;
  requestInfo: Span | null;
  acknowledge: Span | null;
}

const CONDITION = /等|如果|要是|只要|假如|\b(?:once|when|if|until|as soon as|after)\b/;

/** Text of the clause around `pos`, up to `pos`. */
function clauseBefore(text: string, clauses: Clauses, pos: number): string {
  return text.slice(clauseStart(clauses, clauseOf(clauses, pos)), pos);
}

export function readSignals(text: string, clauses: Clauses, dates: DateMention[]): Signals {
  return {
    paid: paidSignal(text, clauses, dates),
    payVerb: payVerb(text, clauses),
    dispute: firstHit(text, DISPUTE),
    hardship: firstHit(text, HARDSHIP),
    requestInfo: requestInfo(text),
    acknowledge: firstHit(text, ACK),
  };
}

function paidSignal(text: string, clauses: Clauses, dates: DateMention[]): Span | null {
  const strong = firstUnconditional(text, clauses, PAID_STRONG, CONDITION);
  if (strong) return strong;
  // A weak past ("转了", "回单") is overruled by anything pointing forward.
  if (dates.some((d) => d.tense === 'forward')) return null;
  return firstUnconditional(text, clauses, PAID_WEAK, NOT_YET);
}

/** First hit whose clause does not put a condition or future before it. */
function firstUnconditional(text: string, clauses: Clauses, patterns: RegExp[], guard: RegExp): Span | null {
  let from = 0;
  while (from < text.length) {
    const hit = firstHit(text, patterns, from);
    if (!hit) return null;
    if (!guard.test(clauseBefore(text, clauses, hit[0]))) return hit;
    from = hit[1];
  }
  return null;
}

/** A payment verb that is not part of checking ("我问下财务什么时候付" is acknowledgement). */
function payVerb(text: string, clauses: Clauses): Span | null {
  let from = 0;
  while (from < text.length) {
    const hit = firstHit(text, PAY_VERB, from);
    if (!hit) return null;
    if (!CHECKING.test(clauseBefore(text, clauses, hit[0]))) return hit;
    from = hit[1];
  }
  return null;
}

function requestInfo(text: string): Span | null {
  const noun = firstHit(text, INFO_NOUN);
  return noun && INFO_CUE.test(text) ? noun : null;
}
