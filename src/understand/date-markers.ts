import { scanGated } from './scan.js';
import { gate, matchesIn } from './triggers.js';
import { clauseOf, clauseStart, type Clauses } from './clauses.js';
import type { DateMention } from './date-rule.js';

/**
 * Words that take a date out of the running. Three kinds, because they bind differently:
 * - a prefix ("不是周五", "not Friday") negates the next date in its clause;
 * - a Chinese predicate ("周五不行", "这周财务没空", "这个月底要发年终奖") negates the date before it;
 * - an English predicate ("can't do Friday", "our controller is out Wednesday") the date after it, else before.
 */
const PREFIX = gate(/(?<!是)不是|\bnot\b(?!\s+(?:later|after|before|until|till|yet))|rather than|instead of/g);
const ZH_PREDICATE = gate(
  /付不了|付不出|付不起|(?<!能)不能|(?<!行)不行|(?<!可)不可以|没空|没时间|没法|没办法|来不及|不方便|满了|排满|压力|要发|发工资|年终奖|放假|不上班|不在|紧张|很紧|太紧|赶不上|不够|不太行|没钱|搞不定|不一定/g);
const EN_PREDICATE = gate(
  /\b(?:can'?t|cannot|can not|unable to|won'?t work|doesn'?t work|does not work|not possible|impossible|is out|are out|out of (?:the )?office|ooo|busy|unavailable|closed|day off|off work|on leave|on holiday|on vacation|tight|too (?:soon|early))\b/g);
/** "can't pay until Friday" still promises Friday. */
const UNTIL = gate(/\b(?:until|till|til|before|by|after)\b|才|之后|以后/);
/** "周四付，哦说错了，是下周四": the date after a correction wins. */
const CORRECTION = gate(
  /说错了|记错了|搞错了|写错了|打错了|看错了|口误|更正|改成|改为|改到|应该是|不对(?=[,，\s]*[是应改下这本周礼星0-9])|\bactually\b|\bmake (?:that|it)\b|\bi mean\b|\bcorrection\b|\bscratch that\b|\bno wait\b|\bmy (?:bad|mistake)\b|\bsorry,? (?:i meant|wrong)\b/g);

const NOTHING_NEGATED: ReadonlySet<DateMention> = new Set();

export function negatedMentions(text: string, clauses: Clauses, mentions: DateMention[]): ReadonlySet<DateMention> {
  if (mentions.length === 0) return NOTHING_NEGATED; // nothing to negate: skip the marker scans and the Set
  const negated = new Set<DateMention>();
  const inClause = (m: DateMention, k: number) => clauseOf(clauses, m.start) === k;
  for (const hit of scanGated(PREFIX, text)) {
    const k = clauseOf(clauses, hit.index);
    const next = mentions.find((m) => m.start >= hit.index + hit[0].length && inClause(m, k));
    if (next) negated.add(next);
  }
  for (const hit of scanGated(ZH_PREDICATE, text)) {
    const k = clauseOf(clauses, hit.index);
    const before = mentions.filter((m) => m.end <= hit.index && inClause(m, k)).pop();
    if (before) negated.add(before);
  }
  for (const hit of scanGated(EN_PREDICATE, text)) {
    const k = clauseOf(clauses, hit.index);
    const after = mentions.find(
      (m) => m.start >= hit.index + hit[0].length && inClause(m, k) && !matchesIn(text, UNTIL, text.slice(hit.index + hit[0].length, m.start)),
    );
    const target = after ?? mentions.filter((m) => m.end <= hit.index && inClause(m, k)).pop();
    if (target) negated.add(target);
  }
  return negated;
}

/** End of the last correction marker that has a date after it, or -1. */
export function correctionPoint(text: string, mentions: DateMention[]): number {
  let point = -1;
  if (mentions.length === 0) return point;
  for (const hit of scanGated(CORRECTION, text)) {
    const end = hit.index + hit[0].length;
    if (mentions.some((m) => m.start >= end)) point = end;
  }
  return point;
}

/** "应该今天到账": arrival phrasing; for `paid` the day the money arrives is not the day it was sent. */
const ARRIVAL = gate(/到账|到帐|到你们?(?:的)?账|到你们?(?:那边|那儿)|\barriv|\bland|\bclears?\b|\bhits? (?:your|the) account|\breach(?:es)? you/);

export function inArrivalClause(text: string, clauses: Clauses, m: DateMention): boolean {
  const k = clauseOf(clauses, m.start);
  const end = clauses.starts[k + 1] ?? text.length;
  return matchesIn(text, ARRIVAL, text.slice(clauseStart(clauses, k), end));
}
