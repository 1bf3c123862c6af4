import {
  addBusinessDays, addDays, addMonths, dayOfMonthAround, lastDayOfMonth, monthDayAround, monthsFrom, weekdayOfWeek,
  nextWeekday, previousWeekday, civil, dayInMonth, weekday, ymd, type CivilDate,
} from './civil-date.js';
import { comingNewYearsEve } from './lunar.js';

/** What a date expression needs to become a day: today in the customer's zone, and the invoice's due date. */
export interface DateContext {
  today: CivilDate;
  dueDate: CivilDate | null;
}

/**
 * Which way a word can point. `forward` words (明天, next Friday, 年前) cannot date a payment already made;
 * `backward` words (昨天, last Friday) cannot date a promise; `either` resolves by the intent.
 */
export type Tense = 'forward' | 'backward' | 'either';

/** A date expression found in the text; `past` asks for the backward reading (for `paid`). */
export interface DateMention {
  start: number;
  end: number;
  tense: Tense;
  /** "尽快", "soon": a time was said but no day. */
  vague: boolean;
  resolve(ctx: DateContext, past: boolean): CivilDate | null;
}

export interface DateRule {
  re: RegExp;
  /** Fixed, or read from the words (下周五 forward, 上周五 backward). */
  tense: Tense | ((m: RegExpExecArray) => Tense);
  vague?: boolean;
  /** `m` is the match; null means "not a date after all" (13月, 32号). */
  resolve?(m: RegExpExecArray, ctx: DateContext, past: boolean): CivilDate | null;
}

/** Resolvers shared by the Chinese and English rules. */
export const at = {
  offset: (days: number) => (ctx: DateContext) => addDays(ctx.today, days),
  businessDays: (n: number, ctx: DateContext) => addBusinessDays(ctx.today, n),
  /** Bare weekday: next on or after today; backward, most recent on or before. */
  weekday: (wd: number, ctx: DateContext, past: boolean) => (past ? previousWeekday(ctx.today, wd) : nextWeekday(ctx.today, wd)),
  weekdayOfWeek: (wd: number, weeks: number, ctx: DateContext) => weekdayOfWeek(ctx.today, wd, weeks),
  /** "这周/this week": its Friday; said at the weekend, the Friday of the coming week. */
  weekWindow: (weeks: number, ctx: DateContext) =>
    weekdayOfWeek(ctx.today, 5, weeks === 0 && weekday(ctx.today) >= 6 ? 1 : weeks),
  dayOfMonth: (day: number, ctx: DateContext, past: boolean) => (validDay(day) ? dayOfMonthAround(ctx.today, day, past) : null),
  monthDay: (month: number, day: number | 'last', ctx: DateContext, past: boolean) =>
    validMonth(month) && (day === 'last' || validDay(day)) ? monthDayAround(ctx.today, month, day, past) : null,
  /** a/b: month first (12/10), unless it cannot be, as in 15/12, which is day first. */
  slashDate: (a: number, b: number, ctx: DateContext, past: boolean) => {
    if (validMonth(a) && validDay(b)) return monthDayAround(ctx.today, a, b, past);
    return validMonth(b) && validDay(a) ? monthDayAround(ctx.today, b, a, past) : null;
  },
  /** A day in the month `months` away from this one (下个月20号, end of next month). */
  inMonth: (months: number, day: number | 'last', ctx: DateContext) => {
    const { year, month } = monthsFrom(ctx.today, months);
    if (day === 'last') return lastDayOfMonth(year, month);
    return validDay(day) ? dayInMonth(year, month, day) : null;
  },
  /** Bare 月初/月中/上旬/…: this month if that day is today or later, else next month. */
  windowDay: (day: number | 'last', ctx: DateContext, past: boolean) => dayOfMonthAround(ctx.today, day, past),
  yearEnd: (ctx: DateContext) => civil(ymd(ctx.today).year, 12, 31),
  /** The first business day after 1 January (元旦后第一个工作日): this year's until it has passed, else next year's. */
  firstBusinessDayOfYear: (ctx: DateContext) => {
    const year = ymd(ctx.today).year;
    const thisYears = addBusinessDays(civil(year, 1, 1), 1);
    return ctx.today <= thisYears ? thisYears : addBusinessDays(civil(year + 1, 1, 1), 1);
  },
  months: (n: number, ctx: DateContext) => addMonths(ctx.today, n),
  newYearsEve: (ctx: DateContext) => comingNewYearsEve(ctx.today),
  full: (year: number, month: number, day: number) =>
    validMonth(month) && validDay(day) && civil(year, month, day) <= lastDayOfMonth(year, month) ? civil(year, month, day) : null,
  due: (ctx: DateContext) => ctx.dueDate,
};

function validDay(day: number): boolean {
  return day >= 1 && day <= 31;
}

function validMonth(month: number): boolean {
  return month >= 1 && month <= 12;
}

/** 月初 → 5, 月中 → 15, 上旬 → 10, 中旬 → 20, 下旬/月底 → last day: the spec's window ends. */
export function windowEndDay(word: string): number | 'last' {
  // One pass over the character codes, and the English words looked for only in Latin text: this runs
  // on every window a reply names, and five includes() calls cost more than the rest of resolving it.
  let latin = false;
  let zhong = false;
  let shangXun = false;
  let zhongXun = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === CHU) return 5;
    if (c < 0x80) latin = true;
    else if (c === ZHONG) zhong = true;
    else if (c === XUN && i > 0) {
      const before = word.charCodeAt(i - 1);
      shangXun ||= before === SHANG;
      zhongXun ||= before === ZHONG;
    }
  }
  if (latin && (word.includes('early') || word.includes('beginning') || word.includes('start'))) return 5;
  if (shangXun) return 10;
  if (zhongXun) return 20;
  if (zhong || (latin && word.includes('mid'))) return 15; // "middle" has "mid"
  return 'last';
}

const CHU = '初'.charCodeAt(0);
const ZHONG = '中'.charCodeAt(0);
const SHANG = '上'.charCodeAt(0);
const XUN = '旬'.charCodeAt(0);

const EN_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, couple: 2,
};
export const EN_NUMBER = '(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty)';

export function count(word: string): number {
  return EN_NUMBERS[word] ?? Number(word);
}

/** 下/next → forward, 上/last → backward, anything else either way. */
export function tenseOf(word: string | undefined): Tense {
  if (!word) return 'either';
  if (FORWARD_WORDS.some((w) => word.startsWith(w))) return 'forward';
  if (word.startsWith('上') || word.startsWith('last')) return 'backward';
  return 'either';
}

const FORWARD_WORDS = ['下', 'next', 'nxt', 'the following', 'coming', 'after'];
