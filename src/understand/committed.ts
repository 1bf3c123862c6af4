import { clauseOf, clauseStart, clauseText, type Clauses } from './clauses.js';
import type { DateMention } from './date-rule.js';
import { NOT_DONE, OTHER_EVENT, PAY_VERB } from './lexicon.js';
import { isHan } from './scripts.js';
import { GateList, anyMayMatch, mayMatch, type Triggers } from './triggers.js';

/**
 * Which of several dates a reply commits to. A date said with a payment verb, or on its own with only
 * particles and hedges around it, is committed; one in a clause that tells something else (a reason,
 * someone else's event, the weekday a date falls on) is not.
 */

const OTHER_EVENTS = new GateList([OTHER_EVENT]);
const NOT_DONE_LIST = new GateList([NOT_DONE]);

/** Does the clause around `pos` match one of `patterns` (only those whose trigger words the text has)? */
export function clauseHas(text: string, on: Triggers, clauses: Clauses, pos: number, patterns: GateList): boolean {
  if (!anyMayMatch(on, patterns)) return false; // nothing to look for: no clause to cut out
  const k = clauseOf(clauses, pos);
  const clause = clauseText(text, clauses, k);
  return patterns.gates.some((g) => mayMatch(on, g) && g.re.test(clause));
}

/**
 * "大后天转，今天U盾在会计手上", "下周吧，这周进货的钱都压着呢", "Our customer pays us on the 10th, so we can pay
 * you on the 12th": of several dates, one is said with a payment verb or on its own ("周六吧") and another
 * sits in a clause that tells something else (the reason, someone else's day). The other is no payment
 * date; when no date is committed so, all stay (instalments, corrections).
 */
export function committedOnly<D extends { mention: DateMention }>(text: string, on: Triggers, clauses: Clauses, dated: D[]): D[] {
  if (dated.length < 2) return dated;
  const spans = dated.map((d) => d.mention);
  let committed = 0;
  const flags = dated.map((d) => {
    if (namesItsWeekday(text, spans, d.mention)) return false; // 后天是礼拜天, the 12th is a Sunday: a reason
    const words = contentWords(text, clauses, spans, d.mention);
    // A Chinese clause counts its words; an English one is committed unless it tells of another event.
    const yes = words >= 0 ? words <= 2 || paysInClause(text, on, clauses, d.mention.start) :
      !clauseHas(text, on, clauses, d.mention.start, OTHER_EVENTS) || paysInClause(text, on, clauses, d.mention.start);
    if (yes) committed++;
    return yes;
  });
  return committed > 0 && committed < dated.length ? dated.filter((_, i) => flags[i]) : dated;
}

/** A payment verb in the clause, not said to be undone (这个月结算还没走完 is a reason, not a payment). */
function paysInClause(text: string, on: Triggers, clauses: Clauses, pos: number): boolean {
  return clauseHas(text, on, clauses, pos, PAY_VERB) && !clauseHas(text, on, clauses, pos, NOT_DONE_LIST);
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
for (const ch of '吧啊呀呢哦噢嘛吗了的哈啦咯呗也就再还先定') PARTICLE[ch.charCodeAt(0)] = 1;
// Numerals left as words (三分之一, 一半) count no more than figures do, nor make a clause Chinese.
for (const ch of '一二两三四五六七八九十百千万半零') PARTICLE[ch.charCodeAt(0)] = 2;
/** Two-character words that commit or hedge but tell nothing else: 肯定, 最晚, 之前, 可以. */
const HEDGE = new Set<number>();
for (const w of ['具体', '能不', '延期', '肯定', '一定', '保证', '尽量', '争取', '应该', '估计', '大概', '可以', '之前', '以前', '之内', '以内', '左右', '前后', '最晚', '最迟', '过去', '过来', '给你', '给您', '延到', '推到', '改到', '宽限', '没问', '问题', '分之', '那就', '上午', '下午', '早上', '晚上', '中午', '行不', '可不', '好不']) {
  HEDGE.add((w.charCodeAt(0) << 16) | w.charCodeAt(1));
}
/** What may follow a figure as its unit: 1.5万, 5k, 300元. */
const UNIT = new Uint8Array(0x10000);
for (const ch of '万千元块kw') UNIT[ch.charCodeAt(0)] = 1;

/**
 * Words the clause of `m` holds besides its dates, particles, hedges, figures and punctuation (a CJK
 * character or a Latin word counts one); -1 for a clause without Chinese, whose words are too many to
 * count this way.
 */
export function contentWords(text: string, clauses: Clauses, dates: readonly DateMention[], m: DateMention): number {
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
