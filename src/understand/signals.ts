import { clauseOf, clauseStart, clauseText, type Clauses } from './clauses.js';
import type { DateMention } from './date-rule.js';
import { GateList, mayMatch, type Gate, type Triggers } from './triggers.js';
import {
  ACK, CHECKING, CONDITION, SEND_CUE, DISPUTE, HARDSHIP, INFO_CUE, INFO_NOUN, INTERNAL_STEP, NOT_DONE, NOT_DONE_AFTER, NOT_DONE_BEFORE, NOT_YET, PAID_STRONG, PAID_WEAK,
  PAY_VERB, firstHit,
} from './lexicon.js';

export type Span = [number, number];

const INTERNAL_STEPS = new GateList([INTERNAL_STEP]); // firstHit takes a list; built once, not per reply

/**
 * What the words of a reply say, before the spec's precedence picks one intent. Each signal is read on
 * first use: decide() stops at the first intent that applies, so a paid reply never looks for a dispute
 * and most replies never look for an acknowledgement.
 */
export class Signals {
  private paidSpan: Span | null | undefined;
  private payVerbSpan: Span | null | undefined;
  private disputeSpan: Span | null | undefined;
  private hardshipSpan: Span | null | undefined;

  constructor(
    private readonly text: string,
    /** The text's triggers, read once for the whole reply. */
    readonly on: Triggers,
    private readonly clauses: Clauses,
    private readonly dates: DateMention[],
  ) {}

  get paid(): Span | null {
    if (this.paidSpan === undefined) this.paidSpan = paidSignal(this.text, this.on, this.clauses, this.dates);
    return this.paidSpan;
  }

  get payVerb(): Span | null {
    if (this.payVerbSpan === undefined) this.payVerbSpan = payVerb(this.text, this.on, this.clauses);
    return this.payVerbSpan;
  }

  /** Asked by a date's clause and again by the precedence: read once. */
  get dispute(): Span | null {
    if (this.disputeSpan === undefined) this.disputeSpan = firstHit(this.text, DISPUTE, 0, this.on);
    return this.disputeSpan;
  }

  get hardship(): Span | null {
    if (this.hardshipSpan === undefined) this.hardshipSpan = firstHit(this.text, HARDSHIP, 0, this.on);
    return this.hardshipSpan;
  }

  get requestInfo(): Span | null {
    return requestInfo(this.text, this.on, this.clauses);
  }

  /** Waiting on approval or a signature: a promise with no date yet. */
  get internalStep(): Span | null {
    return firstHit(this.text, INTERNAL_STEPS, 0, this.on);
  }

  get acknowledge(): Span | null {
    return firstHit(this.text, ACK, 0, this.on);
  }
}

export function readSignals(text: string, on: Triggers, clauses: Clauses, dates: DateMention[]): Signals {
  return new Signals(text, on, clauses, dates);
}

/** Text of the clause around `pos`, up to `pos`. */
function clauseBefore(text: string, clauses: Clauses, pos: number): string {
  return text.slice(clauseStart(clauses, clauseOf(clauses, pos)), pos);
}

function paidSignal(text: string, on: Triggers, clauses: Clauses, dates: DateMention[]): Span | null {
  const strong = firstUnconditional(text, on, clauses, PAID_STRONG, CONDITION);
  if (strong) return strong;
  const weak = firstUnconditional(text, on, clauses, PAID_WEAK, NOT_YET);
  if (!weak) return null;
  // A weak past ("转了", "回单") is overruled by a forward date: in its own clause (春节前给你们结了),
  // or anywhere when its own clause names no day (上周付了一半 stays paid).
  const k = clauseOf(clauses, weak[0]);
  let ownDates = false;
  let forwardElsewhere = false;
  for (const d of dates) {
    const own = clauseOf(clauses, d.start) === k;
    if (own && d.tense === 'forward') return null;
    ownDates ||= own;
    forwardElsewhere ||= d.tense === 'forward';
  }
  return !ownDates && forwardElsewhere ? null : weak;
}

/** First hit whose clause does not put a condition or future before it. */
function firstUnconditional(text: string, on: Triggers, clauses: Clauses, patterns: GateList, guard: Gate): Span | null {
  let from = 0;
  while (from < text.length) {
    const hit = firstHit(text, patterns, from, on);
    if (!hit) return null;
    if (!mayMatch(on, guard) || !guard.re.test(clauseBefore(text, clauses, hit[0]))) return hit;
    from = hit[1];
  }
  return null;
}

/**
 * A payment verb that is not part of checking ("我问下财务什么时候付" is acknowledgement) nor said not to
 * have happened ("还没安排付款", "payment hasn't gone out").
 */
function payVerb(text: string, on: Triggers, clauses: Clauses): Span | null {
  let from = 0;
  while (from < text.length) {
    const hit = firstHit(text, PAY_VERB, from, on);
    if (!hit) return null;
    const checking = mayMatch(on, CHECKING) && CHECKING.re.test(clauseBefore(text, clauses, hit[0]));
    if (!checking && !(mayMatch(on, NOT_DONE) && notDone(text, clauses, hit)) && !isTopic(text, hit[1])) return hit;
    from = hit[1];
  }
  return null;
}

/** Payment as a topic, not an act: 付款这块是总部管的, payment isn't really my area. */
const TOPIC = /^\s*(?:的事(?:情|儿)?|这块|这一块|方面|相关|不(?:归|由)我|不是我(?:管|负责))|^\s+(?:isn'?t|is not|'s not) (?:really )?(?:my|our)\b/;
/** The characters a TOPIC can start with after the verb: most verbs are followed by none of them. */
const TOPIC_FIRST = new Set([...'的这方相不 '].map((c) => c.charCodeAt(0)));

function isTopic(text: string, at: number): boolean {
  return TOPIC_FIRST.has(text.charCodeAt(at)) && TOPIC.test(text.slice(at, at + 24));
}

function notDone(text: string, clauses: Clauses, hit: Span): boolean {
  return NOT_DONE_BEFORE.test(clauseBefore(text, clauses, hit[0])) || NOT_DONE_AFTER.test(text.slice(hit[1], hit[1] + 40));
}

/**
 * A document or detail asked for: a request in the clause of one of its nouns, or a plea to send anywhere
 * (之前那张发票找不到了，能再发一份吗). A question elsewhere asks something else: 合同盖章回来就安排付款，能等几天吗.
 */
function requestInfo(text: string, on: Triggers, clauses: Clauses): Span | null {
  if (!mayMatch(on, INFO_CUE)) return null;
  const first = firstHit(text, INFO_NOUN, 0, on);
  for (let noun = first; noun !== null; noun = firstHit(text, INFO_NOUN, noun[1], on)) {
    const k = clauseOf(clauses, noun[0]);
    if (INFO_CUE.re.test(clauseText(text, clauses, k))) return noun;
  }
  return first !== null && mayMatch(on, SEND_CUE) && SEND_CUE.re.test(text) ? first : null;
}
