import { clauseOf, clauseText, type Clauses } from './clauses.js';
import { isoDate, type CivilDate } from './civil-date.js';
import { correctionPoint, inArrivalClause, isWhenSaid, negatedMentions } from './date-markers.js';
import type { DateContext, DateMention } from './date-rule.js';
import { AUTO_REPLY, CHECKING, CHITCHAT, DISPUTE, INFO_CUE, INFO_NOUN, MISSENT, REMAINDER, SMALL_TALK, WHEN_QUESTION } from './lexicon.js';
import { clauseHas, committedOnly, contentWords } from './committed.js';
import { isHan } from './scripts.js';
import { GateList, mayMatch, type Triggers } from './triggers.js';
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
  const on = signals.on;
  if (mayMatch(on, AUTO_REPLY) && isAutoReply(text)) return bare('other', null);
  if (mayMatch(on, MISSENT) && MISSENT.re.test(text)) return bare('other', null);
  const negated = negatedMentions(text, on, clauses, mentions);

  const paid = signals.paid;
  if (paid) return withDate('paid', paid, dayPaid(text, on, clauses, mentions, negated, clauseOf(clauses, paid[0]), ctx));

  const promised = promisedDates(text, clauses, mentions, negated, signals, ctx);
  if (promised.length > 0) return withDate('promise', signals.payVerb, choosePromised(text, on, clauses, promised));

  // Each signal is read on first use (signals.ts): ask once, keep the answer.
  const dispute = signals.dispute;
  if (dispute) return bare('dispute', dispute);
  const hardship = signals.hardship;
  if (hardship) return bare('hardship', hardship);
  const requestInfo = signals.requestInfo;
  if (requestInfo) return bare('request_info', requestInfo);
  const vague = mentions.find((m) => m.vague && !negated.includes(m) && !clauseHas(text, on, clauses, m.start, NOT_A_VAGUE_PROMISE));
  const promiseSpan = signals.payVerb ?? signals.internalStep ?? (vague ? ([vague.start, vague.end] as Span) : null);
  if (promiseSpan) return bare('promise', promiseSpan);
  const acknowledge = signals.acknowledge;
  if (acknowledge) return bare('acknowledge', acknowledge);
  return bare('other', null);
}

/** An auto-responder's opening words, within the first few characters (after a bracket or a mark). */
function isAutoReply(text: string): boolean {
  const m = AUTO_REPLY.re.exec(text);
  return m !== null && m.index <= 3;
}

/**
 * The day the money was sent: no future words, no "应该今天到账". The first such date in the clause
 * that says it was paid, else the first anywhere.
 */
function dayPaid(
  text: string, on: Triggers, clauses: Clauses, mentions: DateMention[], negated: readonly DateMention[], paidClause: number, ctx: DateContext,
): Dated | undefined {
  let first: Dated | undefined;
  for (const m of mentions) {
    if (m.vague || m.tense === 'forward' || negated.includes(m) || inArrivalClause(text, on, clauses, m) || isWhenSaid(text, m)) continue;
    const own = clauseOf(clauses, m.start) === paidClause;
    // 已付5000，剩下的月底结: the rest's day is a promise, not the day it was paid.
    if (!own && clauseHas(text, on, clauses, m.start, REMAINDER_ONLY)) continue;
    const day = m.resolve(ctx, true);
    if (!day) continue;
    if (own) return { mention: m, day };
    first ??= { mention: m, day };
  }
  return first;
}

/** Dates a promise can name, in reading order. */
function promisedDates(
  text: string, clauses: Clauses, mentions: DateMention[], negated: readonly DateMention[], signals: Signals, ctx: DateContext,
): Dated[] {
  const out: Dated[] = [];
  for (const m of mentions) {
    if (m.vague || m.tense === 'backward' || negated.includes(m) || isWhenSaid(text, m)) continue;
    const day = m.resolve(ctx, false);
    if (!day) continue;
    if (signals.payVerb === null && !proposesPayment(text, clauses, mentions, m, signals)) continue;
    out.push({ mention: m, day });
  }
  return out;
}

/** Is the date written in Chinese? Its first letter decides: 7天 (七天 as figures) is, 7th is not. */
function saidInChinese(text: string, m: DateMention): boolean {
  for (let i = m.start; i < m.end; i++) {
    const c = text.charCodeAt(i);
    if (isHan(c)) return true;
    if (c >= 97 && c <= 122) return false;
  }
  return false;
}

/** Was the correction ending at `point` said in Chinese (不对, 那就) rather than English (actually, no,)? Its last letter decides. */
function correctedInChinese(text: string, point: number): boolean {
  for (let i = point - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (isHan(c)) return true;
    if (c >= 97 && c <= 122) return false;
  }
  return false;
}

/** Does the clause around `pos` end as a question (吗, 呢, a question mark)? */
function isQuestion(text: string, clauses: Clauses, pos: number): boolean {
  const k = clauseOf(clauses, pos);
  let i = (clauses.starts[k + 1] ?? text.length) - 1;
  while (i > pos && text.charCodeAt(i) === 32) i--;
  const c = text.charCodeAt(i);
  return c === MA || c === NE || c === 63 || c === FULL_QUESTION;
}
const MA = '吗'.charCodeAt(0);
const NE = '呢'.charCodeAt(0);
const FULL_QUESTION = '？'.charCodeAt(0);

/** 这个月, 本周, 年底, this month: a date that names the period the reply is written in. Characters, not a regex: asked of many dates. */
const PRESENT_FIRST = new Set([...'这本今当'].map((c) => c.charCodeAt(0)));
const PRESENT_WINDOWS = new Set(['年底', '年末', '月底', '月末']);
function isThePresent(text: string, m: DateMention): boolean {
  if (PRESENT_FIRST.has(text.charCodeAt(m.start))) return true;
  if (m.end - m.start === 2) return PRESENT_WINDOWS.has(text.slice(m.start, m.end));
  return text.startsWith('this ', m.start);
}

/** With no payment verb in the reply, is the date `m` still a day proposed for payment? */
function proposesPayment(text: string, clauses: Clauses, mentions: DateMention[], m: DateMention, signals: Signals): boolean {
  const on = signals.on;
  // A date inside a complaint, a request or a "let me check" is not a payment date unless they say they will pay.
  if (clauseHas(text, on, clauses, m.start, NOT_A_PAYMENT_DATE) || asksForDocument(text, on, clauses, m.start)) return false;
  // 下午约了去钓鱼，今天天气真不错: small talk anywhere, and no payment verb, names no payment day.
  if (mayMatch(on, CHITCHAT) && CHITCHAT.re.test(text)) return false;
  const words = contentWords(text, clauses, mentions, m); // counted once: it reads the whole clause
  // 这个月保洁总共就来了三次，凭什么收全月的钱: with a complaint, only a date said on its own proposes a day.
  if (words > 2 && signals.dispute !== null) return false;
  // 你们下个月还有去日本的团吗: a question about something else (周五可以吗 proposes Friday: it says little besides).
  if (words > 4 && isQuestion(text, clauses, m.start)) return false;
  // 这个月营业额只有平时三成，实在周转不开: with a hardship, the present period said with other words is when
  // things are hard, not a day proposed (给点 time 到 12月6号 still proposes one).
  return !(words > 2 && isThePresent(text, m) && signals.hardship !== null);
}

/** A correction wins over what it corrects; otherwise the earliest committed date (instalments). */
function choosePromised(text: string, on: Triggers, clauses: Clauses, all: Dated[]): Dated {
  let lastStart = -1;
  for (const d of all) lastStart = Math.max(lastStart, d.mention.start);
  const point = correctionPoint(text, on, lastStart);
  if (point >= 0) {
    // Of the committed dates after the correction, a Chinese correction decides with its last date said in Chinese
    // ("15号付，哦不对，15号是周六，那就17号吧"); an English one states the decision first and the reason after
    // ("Monday — no wait, Tuesday, I'm away Monday").
    const corrected = committedOnly(text, on, clauses, all.filter((d) => d.mention.start >= point));
    if (corrected.length > 0) {
      if (!correctedInChinese(text, point)) return corrected[0]!;
      for (let i = corrected.length - 1; i >= 0; i--) if (saidInChinese(text, corrected[i]!.mention)) return corrected[i]!;
      return corrected[0]!;
    }
  }
  const dated = all.length > 1 ? committedOnly(text, on, clauses, all) : all;
  let earliest = dated[0]!;
  for (const d of dated) if (d.day < earliest.day) earliest = d;
  return earliest;
}

/** 我问下财务什么时候付, 你们过年放几天假: a vague time in a check or a question promises nothing. */
const NOT_A_VAGUE_PROMISE = new GateList([CHECKING, WHEN_QUESTION]);
const NOT_A_PAYMENT_DATE = new GateList([...DISPUTE.gates, CHECKING, SMALL_TALK, WHEN_QUESTION]);
const INFO_CUES = new GateList([INFO_CUE]);

/**
 * 你们周一发的对账单, send the statement for the last 6 months: a date said with a document describes it or asks
 * for it. Not when the document is what the payment is for and nothing is asked: "End of the month for the invoice".
 */
function asksForDocument(text: string, on: Triggers, clauses: Clauses, pos: number): boolean {
  if (!clauseHas(text, on, clauses, pos, INFO_NOUN)) return false;
  const k = clauseOf(clauses, pos);
  return !PAYING_FOR.test(clauseText(text, clauses, k)) || clauseHas(text, on, clauses, pos, INFO_CUES);
}
const PAYING_FOR = /\bfor (?:the |our |your |that |this )?(?:[a-z]+ )?(?:invoice|bill)\b/;
const REMAINDER_ONLY = new GateList([REMAINDER]);


function withDate(intent: Intent, span: Span | null, pick: Dated | undefined): Decision {
  if (!pick) return { intent, intentSpan: span, date: null, dateSpan: null };
  const dateSpan: Span = [pick.mention.start, pick.mention.end];
  return { intent, intentSpan: span ?? dateSpan, date: isoDate(pick.day), dateSpan };
}

function bare(intent: Intent, span: Span | null): Decision {
  return { intent, intentSpan: span, date: null, dateSpan: null };
}
