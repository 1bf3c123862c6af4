import { clauseOf, clauseStart, type Clauses } from './clauses.js';
import { isoDate, type CivilDate } from './civil-date.js';
import { correctionPoint, inArrivalClause, negatedMentions } from './date-markers.js';
import type { DateContext, DateMention } from './date-rule.js';
import { AUTO_REPLY, CHECKING, CHITCHAT, DISPUTE, INFO_NOUN, MISSENT, OTHER_EVENT, PAY_VERB, REMAINDER, SMALL_TALK, WHEN_QUESTION } from './lexicon.js';
import { GateList, anyMayMatch, mayMatch, type Triggers } from './triggers.js';
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
  const vague = mentions.find((m) => m.vague && !negated.includes(m) && !clauseHas(text, on, clauses, m.start, CHECKING_ONLY));
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
    if (m.vague || m.tense === 'forward' || negated.includes(m) || inArrivalClause(text, on, clauses, m)) continue;
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
    if (m.vague || m.tense === 'backward' || negated.includes(m)) continue;
    const day = m.resolve(ctx, false);
    if (!day) continue;
    // A date inside a complaint, a request or a "let me check" is not a payment date unless they say they will pay.
    if (signals.payVerb === null && clauseHas(text, signals.on, clauses, m.start, NOT_A_PAYMENT_DATE)) continue;
    // 下午约了去钓鱼，今天天气真不错: small talk anywhere, and no payment verb, names no payment day.
    if (signals.payVerb === null && mayMatch(signals.on, CHITCHAT) && CHITCHAT.re.test(text)) continue;
    // 这个月保洁总共就来了三次，凭什么收全月的钱: with a complaint and no payment verb, only a date said on its own proposes a day.
    if (signals.payVerb === null && contentWords(text, clauses, mentions, m) > 2 && signals.dispute !== null) continue;
    out.push({ mention: m, day });
  }
  return out;
}

/**
 * "大后天转，今天U盾在会计手上", "下周吧，这周进货的钱都压着呢", "Our customer pays us on the 10th, so we can pay
 * you on the 12th": of several dates, one is said with a payment verb or on its own ("周六吧") and another
 * sits in a clause that tells something else (the reason, someone else's day). The other is no payment
 * date; when no date is committed so, all stay (instalments, corrections).
 */
function committedOnly(text: string, on: Triggers, clauses: Clauses, dated: Dated[]): Dated[] {
  if (dated.length < 2) return dated;
  const spans = dated.map((d) => d.mention);
  let committed = 0;
  const flags = dated.map((d) => {
    if (namesItsWeekday(text, spans, d.mention)) return false; // 后天是礼拜天, the 12th is a Sunday: a reason
    const words = contentWords(text, clauses, spans, d.mention);
    // A Chinese clause counts its words; an English one is committed unless it tells of another event.
    const yes = words >= 0 ? words <= 2 || clauseHas(text, on, clauses, d.mention.start, PAY_VERB) :
      !clauseHas(text, on, clauses, d.mention.start, OTHER_EVENTS) || clauseHas(text, on, clauses, d.mention.start, PAY_VERB);
    if (yes) committed++;
    return yes;
  });
  return committed > 0 && committed < dated.length ? dated.filter((_, i) => flags[i]) : dated;
}

/** "15号是周六", "the 12th is a Sunday": a date said to be another date explains, it does not commit. */
function namesItsWeekday(text: string, dates: readonly DateMention[], m: DateMention): boolean {
  if (/是\s*(?:周|星期|礼拜)/.test(text.slice(m.start, m.end))) return true; // 后天是礼拜天 read as one date
  const rest = text.slice(m.end, m.end + 8);
  const is = /^\s*(?:是|is an?|is)\s*/.exec(rest);
  return is !== null && mentionAt(dates, m.end + is[0].length) >= 0;
}

/** Particles that say nothing by themselves (周六吧, 下周一可以吗, 先打1.5万); numerals too. */
const PARTICLE = new Uint8Array(0x10000);
for (const ch of '吧啊呀呢哦噢嘛吗了的哈啦咯呗也就再还先') PARTICLE[ch.charCodeAt(0)] = 1;
// Numerals left as words (三分之一, 一半) count no more than figures do, nor make a clause Chinese.
for (const ch of '一二两三四五六七八九十百千万半零') PARTICLE[ch.charCodeAt(0)] = 2;
/** Two-character words that commit or hedge but tell nothing else: 肯定, 最晚, 之前, 可以. */
const HEDGE = new Set<number>();
for (const w of ['肯定', '一定', '保证', '尽量', '争取', '应该', '估计', '大概', '可以', '之前', '以前', '之内', '以内', '左右', '前后', '最晚', '最迟', '过去', '过来', '给你', '给您', '延到', '推到', '改到', '宽限', '没问', '问题', '分之', '那就', '上午', '下午', '早上', '晚上', '中午', '行不', '可不', '好不']) {
  HEDGE.add((w.charCodeAt(0) << 16) | w.charCodeAt(1));
}
/** What may follow a figure as its unit: 1.5万, 5k, 300元. */
const UNIT = new Uint8Array(0x10000);
for (const ch of '万千元块kw') UNIT[ch.charCodeAt(0)] = 1;

function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * Words the clause of `m` holds besides its dates, particles, hedges, figures and punctuation (a CJK
 * character or a Latin word counts one); -1 for a clause without Chinese, whose words are too many to
 * count this way.
 */
function contentWords(text: string, clauses: Clauses, dates: readonly DateMention[], m: DateMention): number {
  const k = clauseOf(clauses, m.start);
  const to = clauses.starts[k + 1] ?? text.length;
  let words = 0;
  let han = false;
  for (let i = clauseStart(clauses, k); i < to; i++) {
    const end = mentionAt(dates, i);
    if (end >= 0) {
      han ||= isHan(text.charCodeAt(i)); // 周4 on its own is a Chinese clause
      i = end - 1; // every date of the clause is cut out: 2026年12月10日(周四) is one date said twice
      continue;
    }
    const c = text.charCodeAt(i);
    const particle = PARTICLE[c]!;
    if (particle !== 2 && isHan(c)) han = true;
    if (particle !== 0) continue;
    if (c >= 48 && c <= 57) {
      while (i + 1 < to && isFigurePart(text.charCodeAt(i + 1))) i++; // a figure: digits and separators, then a unit
      if (i + 1 < to && UNIT[text.charCodeAt(i + 1)] === 1) i++;
      continue;
    }
    if (i + 1 < to && HEDGE.has((c << 16) | text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    if (isHan(c)) words++;
    else if (c >= 97 && c <= 122) {
      words++;
      while (i + 1 < to && isLatinLetter(text.charCodeAt(i + 1))) i++; // a Latin word
    }
  }
  return han ? words : -1;
}

/** End of the date of `dates` starting at `i`, or -1. */
function mentionAt(dates: readonly DateMention[], i: number): number {
  for (const d of dates) if (d.start === i) return d.end;
  return -1;
}

function isFigurePart(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 44 || c === 46;
}

function isLatinLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 39;
}

/** A correction wins over what it corrects; otherwise the earliest committed date (instalments). */
function choosePromised(text: string, on: Triggers, clauses: Clauses, all: Dated[]): Dated {
  let lastStart = -1;
  for (const d of all) lastStart = Math.max(lastStart, d.mention.start);
  const point = correctionPoint(text, on, lastStart);
  if (point >= 0) {
    // Of the committed dates after the correction, Chinese decides last ("15号付，哦不对，15号是周六，那就17号吧");
    // English states the decision first and the reason after ("Monday — no wait, Tuesday, I'm away Monday").
    const corrected = committedOnly(text, on, clauses, all.filter((d) => d.mention.start >= point));
    if (corrected.length > 0) {
      const last = corrected[corrected.length - 1]!;
      return isHan(text.charCodeAt(last.mention.start)) ? last : corrected[0]!;
    }
  }
  const dated = all.length > 1 ? committedOnly(text, on, clauses, all) : all;
  let earliest = dated[0]!;
  for (const d of dated) if (d.day < earliest.day) earliest = d;
  return earliest;
}

const CHECKING_ONLY = new GateList([CHECKING]);
const OTHER_EVENTS = new GateList([OTHER_EVENT]);
const NOT_A_PAYMENT_DATE = new GateList([...DISPUTE.gates, CHECKING, ...INFO_NOUN.gates, SMALL_TALK, WHEN_QUESTION]);
const REMAINDER_ONLY = new GateList([REMAINDER]);

function clauseHas(text: string, on: Triggers, clauses: Clauses, pos: number, patterns: GateList): boolean {
  if (!anyMayMatch(on, patterns)) return false; // nothing to look for: no clause to cut out
  const k = clauseOf(clauses, pos);
  const clause = text.slice(clauseStart(clauses, k), clauses.starts[k + 1] ?? text.length);
  return patterns.gates.some((g) => mayMatch(on, g) && g.re.test(clause));
}

function withDate(intent: Intent, span: Span | null, pick: Dated | undefined): Decision {
  if (!pick) return { intent, intentSpan: span, date: null, dateSpan: null };
  const dateSpan: Span = [pick.mention.start, pick.mention.end];
  return { intent, intentSpan: span ?? dateSpan, date: isoDate(pick.day), dateSpan };
}

function bare(intent: Intent, span: Span | null): Decision {
  return { intent, intentSpan: span, date: null, dateSpan: null };
}
