import { scanGated } from './scan.js';
import { gate, mayMatch, type Triggers } from './triggers.js';
import { clauseOf, clauseStart, type Clauses } from './clauses.js';
import type { DateMention } from './date-rule.js';

/**
 * Words that take a date out of the running. Three kinds, because they bind differently:
 * - a prefix ("不是周五", "not Friday") negates the next date in its clause;
 * - a Chinese predicate ("周五不行", "这周财务没空", "这个月底要发年终奖") negates the date before it;
 * - an English predicate ("can't do Friday", "our controller is out Wednesday") the date after it, else before.
 */
const PREFIX = gate(/(?<!是)不是|本来(?:说好|定好?|约好)?|原本(?:说好)?|原定|原来(?:说好?|定的?)|\bnot\b(?!\s+(?:later|after|before|until|till|yet))|rather than|instead of/g);
const ZH_PREDICATE = gate(
  /付不了|付不出|付不起|周转不(?:开|过来|灵)|转不开|(?<!能)不能|(?<!行)不行|(?<!可)不可以|没空|没时间|没法|没办法|来不及|排不上|排不进|排不过来|排不开|安排不了|亏(?:得|了|损|钱)|不方便|满了|排满|压力|要发(?!工资\s*(?:后|之后|以后))|发工资(?!\s*(?:后|之后|以后|了就|了再|[,，][^,，。]{0,3}(?:到时|当天)))|年终奖|借钱|太赶|停了|停掉了|困难|好紧|(?:莫|没)得办法|凑不(?:出|齐|够)|(?:签|订|买)的|(?:到|发|送)的(?<=(?:货|东西|设备)[^,，。]{0,10}(?:到|发|送)的)|宕机|故障|才[^,，。]{0,6}回来|(?:都是|全是)?(?:借|垫)(?:的|来的)|放假|请假|休假|不上班|不办(?:理)?|办不了|不在|紧张|很紧|太紧|赶不上|不够|不太行|没钱|搞不定|不一定|(?:回笼|回款|周转|资金)(?:比较|有点|太|很|特别|非常)?慢|没\s*(?:有\s*)?(?:cash|money|budget)|用完了|用光了|(?:交|给|发)不(?:起|了|出)|已经?过了(?!数)|错过了|都在(?:做|忙)|忙着|(?:事情|事儿|活)太多|太忙|很忙|忙不过来|排出去了|出差|回笼不了|pay\s*不(?:出|了|起)|(?:转|汇|打|付款|转账|支付)不(?:了|出去?)|维护|升级|(?:账上|账面|手头|钱|资金)(?:有点|比较|很|太|特别|非常|真的?|实在)?紧|回款(?!了?\s*(?:就|再|马上|之后|以后|后))(?<=(?:客户|甲方|下游|上游)[^,，。]{0,8}回款)|(?:资金|现金|现金流|cash\s?flow|周转)\s*(?:上)?(?:有|出了?)(?:点|些)?问题/g);
const EN_PREDICATE = gate(
  /\b(?:can'?t|cannot|can not|unable to|able to(?<=\b(?:won'?t|will not|not) be able to)|(?:manage|make it)(?<=\b(?:won'?t|can'?t|cannot) (?:manage|make it))|struggl(?:e|es|ing)|slow|underwater|ate (?:up )?everything|took everything|nothing'?s? (?:is )?coming in|off(?<=\b(?:is|are|'s|'re) off)|won'?t work|doesn'?t work|does not work|possible(?<=\bnot possible)|impossible|out(?<=\b(?:is|are) out)(?<!\bweek is out)|out of (?:the )?office|ooo|busy|unavailable|closed|off(?<=\bday off)|off work|swamped|snowed under|slammed|flat out|miss(?:ing|ed)|(?:leave|holiday|vacation)(?<=\bon (?:leave|holiday|vacation))|tight|short|strapped|rough|tough|brutal|too (?:soon|early))\b/g);
/** "can't pay until Friday" still promises Friday. */
const UNTIL = gate(/\b(?:until|till|til|before|by|after|but|however|though|although)\b|才|之后|以后/);
/** "周四付，哦说错了，是下周四": the date after a correction wins. */
const CORRECTION = gate(
  /说错了|记错了|搞错了|写错了|打错了|看错了|口误|更正|改成|改为|改到|提前到|推迟到|推到|延后到|延到|延期到|缓到|宽限到|挪到|顺延到|那就(?=\s*[下这本周礼星0-9明后今大])|改(?=\s*(?:到|成|为)?\s*(?:下|这|本|周|礼|星|\d))|应该是|(?:不对|(?<=^|[,，。\s哦噢啊])不行)(?=[,，\s]*(?:[是应改下这本周礼星0-9明后今大实]|mon|tue|wed|thu|fri|sat|sun|next|this))|\bactually\b|\bmake (?:that|it)\b|\b(?:push(?:ed)?|move(?:d)?|postpone(?:d)?|reschedule(?:d)?) (?:it |this |that |the payment )?(?:to|until|till)\b|\bi mean\b|\bcorrection\b|\bscratch that\b|\bno wait\b|\b(?:it'?ll|it will|will) have to be\b|\bsorry,\s*(?=(?:the |mon|tue|wed|thu|fri|next|\d))|(?:^|[—–-]\s*|[,.;]\s*)no(?:,\s*|\s+)(?=(?:mon|tue|wed|thu|fri|sat|sun|next|this|the\b|\d))|(?:不|算了)[,，\s]*还是|算了(?=[,，\s.…。]*[是下这本周礼星0-9明后今大])|\bmy (?:bad|mistake)\b|\bsorry,? (?:i )?(?:meant|wrong)\b|\bsorry,? no\b|\bno,? sorry\b|\bso\b(?= (?:mon|tue|wed|thu|fri|sat|sun)[a-z]* it is\b)/g);

const NOTHING_NEGATED: readonly DateMention[] = [];

/** The mentions a negation takes out of the running (few: a list, tested with includes). */
export function negatedMentions(text: string, on: Triggers, clauses: Clauses, mentions: DateMention[]): readonly DateMention[] {
  if (mentions.length === 0) return NOTHING_NEGATED; // nothing to negate: skip the marker scans
  let negated: DateMention[] | null = null;
  for (const hit of scanGated(PREFIX, text, on)) {
    negated = including(negated, firstInClauseFrom(clauses, mentions, clauseOf(clauses, hit.index), hit.index + hit[0].length));
  }
  for (const hit of scanGated(ZH_PREDICATE, text, on)) {
    const k = clauseOf(clauses, hit.index);
    negated = including(negated, lastInClauseBefore(clauses, mentions, k, hit.index));
    // 这周跟下周都在出差: 都 shortly before the predicate takes every date before it in the clause
    if (text.lastIndexOf('都', hit.index) >= Math.max(clauseStart(clauses, k), hit.index - 8)) {
      for (const m of mentions) if (m.end <= hit.index && clauseOf(clauses, m.start) === k) negated = including(negated, m);
    }
  }
  for (const hit of scanGated(EN_PREDICATE, text, on)) {
    const k = clauseOf(clauses, hit.index);
    const end = hit.index + hit[0].length;
    const after = mentions.find(
      (m) => m.start >= end && clauseOf(clauses, m.start) === k && !(mayMatch(on, UNTIL) && UNTIL.re.test(text.slice(end, m.start))),
    );
    negated = including(negated, after ?? lastInClauseBefore(clauses, mentions, k, hit.index));
  }
  return negated ?? NOTHING_NEGATED;
}

/** `list` with `m` added once, made when the first comes (a function, not a closure per reply). */
function including(list: DateMention[] | null, m: DateMention | undefined): DateMention[] | null {
  if (!m) return list;
  if (list === null) return [m];
  if (!list.includes(m)) list.push(m);
  return list;
}

/** The first mention in clause `k` starting at or after `from`. */
function firstInClauseFrom(clauses: Clauses, mentions: DateMention[], k: number, from: number): DateMention | undefined {
  for (const m of mentions) if (m.start >= from && clauseOf(clauses, m.start) === k) return m;
  return undefined;
}

/** The last mention in clause `k` ending at or before `before`. */
function lastInClauseBefore(clauses: Clauses, mentions: DateMention[], k: number, before: number): DateMention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.end <= before && clauseOf(clauses, m.start) === k) return m;
  }
  return undefined;
}

/** End of the last correction marker with a date starting at or after it (`lastStart`: the last date's start), or -1. */
export function correctionPoint(text: string, on: Triggers, lastStart: number): number {
  let point = -1;
  if (lastStart < 0) return point;
  for (const hit of scanGated(CORRECTION, text, on)) {
    const end = hit.index + hit[0].length;
    if (lastStart >= end) point = end;
  }
  return point;
}

/** "应该今天到账": arrival phrasing; for `paid` the day the money arrives is not the day it was sent. */
const ARRIVAL = gate(/到账|到帐|到你们?(?:的)?账|到你们?(?:那边|那儿)|\barriv|\bland|\bclears?\b|\bhits? (?:your|the) account|\breach(?:es)? you/);

/**
 * 礼拜一说的是礼拜五, 昨天说过今天付: a date followed by saying is when it was said, not a payment day.
 * Characters, not a regex: this is asked of every date of every promise.
 */
export function isWhenSaid(text: string, m: DateMention): boolean {
  let i = m.end;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  if (SAID_ADVERB.has(text.charCodeAt(i))) i++;
  return SAID_VERB.has(text.charCodeAt(i)) && !(text.charCodeAt(i) === SHUO && text.charCodeAt(i + 1) === HAO);
}
const SAID_ADVERB = new Set([...'就也都已'].map((c) => c.charCodeAt(0)));
const SAID_VERB = new Set([...'说讲答告聊'].map((c) => c.charCodeAt(0)));
const SHUO = '说'.charCodeAt(0);
/** 周五说好了 is agreeing on Friday, not saying something on Friday. */
const HAO = '好'.charCodeAt(0);

export function inArrivalClause(text: string, on: Triggers, clauses: Clauses, m: DateMention): boolean {
  if (!mayMatch(on, ARRIVAL)) return false; // no arrival words: no clause to cut out
  const k = clauseOf(clauses, m.start);
  const end = clauses.starts[k + 1] ?? text.length;
  return ARRIVAL.re.test(text.slice(clauseStart(clauses, k), end));
}
