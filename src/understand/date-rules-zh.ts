import type { CivilDate } from './civil-date.js';
import { at, tenseOf, windowEndDay, type DateContext, type DateRule } from './date-rule.js';
import { weekdayNumber as englishWeekday } from './date-rules-en.js';

/** Chinese date expressions, most specific first (an earlier match wins an overlap). Text is normalised: 周5, 12月5号. */

const WEEK = '(?:周|星期|礼拜)';
const WEEKDAY = `${WEEK}\\s*([1-7日天])`;
/** 下下个 / 下个 / 这个 / 本 / 上个 … → weeks from this one. */
function weeksFrom(prefix: string | undefined): number {
  if (!prefix) return 0;
  if (prefix.startsWith('下下')) return 2;
  if (prefix.startsWith('下')) return 1;
  if (prefix.startsWith('上上')) return -2;
  if (prefix.startsWith('上')) return -1;
  return 0;
}
function monthsFromWord(word: string): number {
  if (word.startsWith('下下')) return 2;
  if (word.startsWith('下')) return 1;
  if (word.startsWith('上')) return -1;
  return 0;
}
function weekdayNumber(ch: string): number {
  return ch === '日' || ch === '天' ? 7 : Number(ch);
}

/** Weekday `wd` of the week a prefix names (下周五), or, with none, the bare weekday's next (or, paid, last) one. */
function weekdayAfter(prefix: string | undefined, wd: number, ctx: DateContext, past: boolean): CivilDate {
  return prefix ? at.weekdayOfWeek(wd, weeksFrom(prefix), ctx) : at.weekday(wd, ctx, past);
}

/** Days from today of the relative days that can stand before a weekday (今天周五). */
const RELATIVE_DAY: Record<string, number> = { 今天: 0, 今日: 0, 明天: 1, 后天: 2 };
/** 剩下月底 is "the rest at month end", not next month. */
const NOT_AFTER = '(?<![剩以如底一上])';
const MONTH_WORD = `${NOT_AFTER}(下下个?月|下个?月|本月|这个?月|当月|上个?月)`;
const WINDOW = '(月初|月中|月底|月末|月尾|上旬|中旬|下旬|初|中(?!旬)|底|末|尾|\\s*mid\\b)';

export const zhDateRules: DateRule[] = [
  // 2027-01-15, 2027年1月15日, 2027/1/15
  {
    re: /(20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/g,
    tense: 'either',
    resolve: (m) => at.full(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  // 今天周五, 明天星期天: a relative day and the weekday it falls on name one day, read as the relative day
  // (before the weekday rule, which would take the 周五 alone)
  { re: /(今天|今日|明天|后天)是?\s*(?:周|星期|礼拜)\s*[1-7日天]/g, tense: 'either', resolve: (m, ctx) => at.offset(RELATIVE_DAY[m[1]!]!)(ctx) },
  // 12月5号, 12月5日, 1月29号
  {
    re: /(?<![\d.])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?![\d万千元块个天])/g,
    tense: 'either',
    resolve: (m, ctx, past) => at.monthDay(Number(m[1]), Number(m[2]), ctx, past),
  },
  // 12.21打款, 12.28已付: a month.day with no 号 is a date only right before a payment word (12.5元 is money)
  {
    re: /(?<![\d.,$¥£€])(1[0-2]|0?[1-9])\.([12]\d|3[01]|0?[1-9])(?=\s*(?:那天|当天|前|之前|以前|打|付|转|汇|结|已|到账|安排|还款|出款))/g,
    tense: 'either',
    resolve: (m, ctx, past) => at.monthDay(Number(m[1]), Number(m[2]), ctx, past),
  },
  // 1.6号, 12/5号
  {
    re: /(?<![\d.])(\d{1,2})[./](\d{1,2})\s*[日号]/g,
    tense: 'either',
    resolve: (m, ctx, past) => at.monthDay(Number(m[1]), Number(m[2]), ctx, past),
  },
  // 12/30付: a slash date without 号 (but 付1/3 is a share, and 1/3的 a fraction); 15/12 is day first
  {
    re: /(?<![\d.,/付转打汇还结])(\d{1,2})\/(\d{1,2})(?![\d/%的万千元块"'″]|\s*(?:inch|寸|mm|cm|毫米|厘米))/g,
    tense: 'either',
    resolve: (m, ctx, past) => at.slashDate(Number(m[1]), Number(m[2]), ctx, past),
  },
  // 下个月20号, 本月25号
  {
    re: new RegExp(`${MONTH_WORD}\\s*的?\\s*(\\d{1,2})\\s*[日号]`, 'g'),
    tense: (m) => tenseOf(m[1]),
    resolve: (m, ctx) => at.inMonth(monthsFromWord(m[1]!), Number(m[2]), ctx),
  },
  // 下个月底, 下月中, 下个月月初, 这个月底
  {
    re: new RegExp(`${MONTH_WORD}\\s*份?\\s*的?\\s*${WINDOW}`, 'g'),
    tense: (m) => tenseOf(m[1]),
    resolve: (m, ctx) => at.inMonth(monthsFromWord(m[1]!), windowEndDay(m[2]!), ctx),
  },
  // 2月上旬, 6月底, 12月中
  {
    re: new RegExp(`(?<![\\d.])(\\d{1,2})\\s*月份?\\s*的?\\s*${WINDOW}`, 'g'),
    tense: 'either',
    resolve: (m, ctx, past) => at.monthDay(Number(m[1]), windowEndDay(m[2]!), ctx, past),
  },
  // 12月前: before a named month, the last day of the one before
  {
    re: /(?<![\d.])(\d{1,2})\s*月份?(?:之|以)?前/g,
    tense: 'forward',
    resolve: (m, ctx, past) => {
      const first = at.monthDay(Number(m[1]), 1, ctx, past);
      return first === null ? null : first - 1;
    },
  },
  // 1月份, 3月付: a named month alone is a window, read to its end (after the rules for a day in it); a
  // month names no day a payment was made on, so it reads forward only. 12月对账单, 12月货款: a period the
  // document or the goods are for, not a date.
  {
    re: /(?<![\d.])(\d{1,2})\s*月份?(?!\s*(?:[\d的]|对账单|账单|发票|明细|报表|流水|工资|货款|订单|合同|数据|结算单|那张|那笔|那批|那单|[和、跟及与]\s*\d{1,2}\s*月))/g,
    tense: 'forward',
    resolve: (m, ctx, past) => at.monthDay(Number(m[1]), 'last', ctx, past),
  },
  // 元旦后第1个工作日, 元旦后上班第一天
  { re: /(?:元旦|新年)(?:之|以)?后(?:的)?(?:第1个工作日|上班(?:第1天)?)/g, tense: 'forward', resolve: (_m, ctx) => at.firstBusinessDayOfYear(ctx) },
  // N个工作日(内)
  {
    re: /(\d{1,3})\s*个?\s*工作日/g,
    tense: 'forward',
    resolve: (m, ctx) => at.businessDays(Number(m[1]), ctx),
  },
  // N天前: backward
  {
    re: /(\d{1,3})\s*天\s*(?:之|以)?前/g,
    tense: 'backward',
    resolve: (m, ctx) => at.offset(-Number(m[1]))(ctx),
  },
  // N天后, N天内, N天时间, 宽限N天
  {
    re: /(\d{1,3})\s*(?:个)?\s*(?:天|日)\s*(?:之后|以后|后|之内|以内|内|时间|左右)|(?:再等|宽限|再给|缓|等)\s*(\d{1,3})\s*天/g,
    tense: 'forward',
    resolve: (m, ctx) => at.offset(Number(m[1] ?? m[2]))(ctx),
  },
  // N周后, 两个礼拜内
  {
    re: new RegExp(`(\\d{1,2})\\s*个?\\s*${WEEK}\\s*(?:之后|以后|后|之内|以内|内)`, 'g'),
    tense: 'forward',
    resolve: (m, ctx) => at.offset(7 * Number(m[1]))(ctx),
  },
  // 半个月内, N个月后
  {
    re: /半个?月\s*(?:之后|以后|后|之内|以内|内)/g,
    tense: 'forward',
    resolve: (_m, ctx) => at.offset(15)(ctx),
  },
  {
    re: /(\d{1,2})\s*个\s*月\s*(?:之后|以后|后|之内|以内|内)/g,
    tense: 'forward',
    resolve: (m, ctx) => at.months(Number(m[1]), ctx),
  },
  // 下周一二, 周五六: two weekdays said together (a rough range, left unconverted); the first is the earlier
  {
    re: new RegExp(`${NOT_AFTER}(?:(下下个?|下个?|这个?|本|上上个?|上个?)\\s*)?${WEEK}\\s*([一二三四五六])[二三四五六日天](?![一二三四五六七八九十])`, 'g'),
    tense: (m) => tenseOf(m[1]),
    resolve: (m, ctx, past) => weekdayAfter(m[1], '一二三四五六'.indexOf(m[2]!) + 1, ctx, past),
  },
  // 下下个 monday, 下周 friday, 上个礼拜 thursday: a Chinese week word before an English weekday (mixed chat)
  {
    re: /(下下个?|下个?|这个?|本|上上个?|上个?)\s*(?:周|星期|礼拜|week)?\s*(mon|tue|wed|thu|fri|sat|sun)(?:day|s?day|nesday|rsday|urday)?\b/g,
    tense: (m) => tenseOf(m[1]),
    resolve: (m, ctx) => at.weekdayOfWeek(englishWeekday(m[2]!), weeksFrom(m[1]), ctx),
  },
  // 下周五, 这周四, 上个礼拜五, 下下个礼拜一, 周五; 下周三或者周四, 下周二到周三: the second weekday is of the
  // same week, and the earlier of the two is the date
  {
    re: new RegExp(`${NOT_AFTER}(?:(下下个?|下个?|这个?|今个|本|上上个?|上个?)\\s*)?${WEEKDAY}(?:\\s*(?:或者?|或是|还是|和|跟|到|至|、|/|~)\\s*${WEEKDAY})?`, 'g'),
    tense: (m) => tenseOf(m[1]),
    resolve: (m, ctx, past) => {
      const first = weekdayAfter(m[1], weekdayNumber(m[2]!), ctx, past);
      return m[3] === undefined ? first : Math.min(first, weekdayAfter(m[1], weekdayNumber(m[3]), ctx, past));
    },
  },
  // 这周 / 本周内 / 下周 / 下个礼拜 / 下下周: the week's Friday
  {
    re: new RegExp(`${NOT_AFTER}(下下个?|下个?|这个?|本)\\s*${WEEK}(?!\\s*[1-7日天末])`, 'g'),
    tense: (m) => tenseOf(m[1]),
    resolve: (m, ctx) => at.weekWindow(weeksFrom(m[1]), ctx),
  },
  // 上周, 上个月: past, but no day (they mark a reply as about the past)
  { re: new RegExp(`上上?个?(?:${WEEK}(?!\\s*[1-7日天])|月)`, 'g'), tense: 'backward' },
  // 月初, 月中, 月底, 上旬, 中旬, 下旬 (this month or next)
  {
    re: /月初|月中|月底|月末|月尾|上旬|中旬|下旬/g,
    tense: 'either',
    resolve: (m, ctx, past) => at.windowDay(windowEndDay(m[0]), ctx, past),
  },
  // 下个月, 下下个月, 这个月(内): the month's last day
  {
    re: new RegExp(`${NOT_AFTER}(下下个?月|下个?月|本月|这个?月)(?!的(?:款|钱|货款|账|费用|一起|也))`, 'g'),
    tense: (m) => tenseOf(m[1]),
    resolve: (m, ctx) => at.inMonth(monthsFromWord(m[1]!), 'last', ctx),
  },
  // 年底, 年末, 元旦前
  { re: /(?:(?<!去年|前年|上年)年底|(?<!去年|前年|上年)年末)(?!\s*(?:审计|盘点|结账|对账|决算|汇算))|元旦(?:放假)?(?:之|以)?前|今年(?:的)?最后1天/g, tense: 'forward', resolve: (_m, ctx) => at.yearEnd(ctx) },
  // 年前, 春节前, 过年前, 除夕: the coming 除夕
  {
    re: /(?:春节|过年|除夕|大年夜|农历新年|新春|大年30|cny)\s*(?:放假)?(?:之|以)?前|(?<![\d末底])年(?:之|以)?前|除夕|大年30/g,
    tense: 'forward',
    resolve: (_m, ctx) => at.newYearsEve(ctx),
  },
  // 圣诞(节)前, 平安夜前, 圣诞节当天: 25 or 24 December, the next one (for paid, the last one). Only with
  // 前/当天: 圣诞快乐 is a greeting.
  {
    re: /(圣诞(?:节)?|平安夜)(?:(?:之|以)?前|当天|那天)/g,
    tense: 'either',
    resolve: (m, ctx, past) => at.monthDay(12, m[1] === '平安夜' ? 24 : 25, ctx, past),
  },
  // 到期日 / 到期前: the invoice's due date, when known
  { re: /(?<![没未]|服务|合同|租约|租期|会员|订阅)到期(?:日|那天|当天)?(?:之|以)?前?/g, tense: 'either', resolve: (_m, ctx) => at.due(ctx) },
  // 大后天, 后天, 明天, 今天, 昨天, 前天, 大前天
  // 明后天: tomorrow or the day after, the earlier committed
  { re: /明后(?:两)?天/g, tense: 'forward', resolve: (_m, ctx) => at.offset(1)(ctx) },
  { re: /大后天/g, tense: 'forward', resolve: (_m, ctx) => at.offset(3)(ctx) },
  { re: /后天|(?<![以之然])后日/g, tense: 'forward', resolve: (_m, ctx) => at.offset(2)(ctx) },
  { re: /明天|明日|明儿(?:个)?|明早|明晚|听日|聽日/g, tense: 'forward', resolve: (_m, ctx) => at.offset(1)(ctx) },
  { re: /今天|今日|今儿(?:个)?|今早|今晚|今朝|今个(?!\s*(?:周|星期|礼拜|月))/g, tense: 'either', resolve: (_m, ctx) => at.offset(0)(ctx) },
  // 下午就转, 上午付了: a part of the day alone is today (明天下午, 周5下午 are read by their day)
  { re: /(?<![\d天日号早晚个儿])(?:早上|早晨|上午|中午|下午|傍晚|晚上)(?!好|茶)/g, tense: 'either', resolve: (_m, ctx) => at.offset(0)(ctx) },
  { re: /大前天/g, tense: 'backward', resolve: (_m, ctx) => at.offset(-3)(ctx) },
  { re: /前天|(?<![以之从])前日/g, tense: 'backward', resolve: (_m, ctx) => at.offset(-2)(ctx) },
  { re: /昨天|昨日|昨晚|昨儿(?:个)?|昨夜|琴日|寻日|尋日/g, tense: 'backward', resolve: (_m, ctx) => at.offset(-1)(ctx) },
  // 刚刚转了: just now, so today (a past word: it names no day for a promise)
  { re: /刚刚|刚才/g, tense: 'backward', resolve: (_m, ctx) => at.offset(0)(ctx) },
  // 15号, 1号, 30日
  {
    re: /(?<![\d./-])(?<!(?<!每|每个)月)(\d{1,2})\s*[号日]/g,
    tense: 'either',
    resolve: (m, ctx, past) => at.dayOfMonth(Number(m[1]), ctx, past),
  },
  // 前几天就付了: some days ago, no day
  { re: /前(?:几|两|些)天|前阵子|前段时间/g, tense: 'backward', vague: true },
  // A time was said but no day.
  {
    re: /(?:过几天|过两天|这两天|过2天|这2天|这几天|近几天|最近几天|过段时间|过一阵|过阵子|尽快|赶紧|马上|立刻|立即|稍后|晚点|晚些|回头|改天|节后|年后|元旦(?:之|以)?后(?!第)|过完年|明年初|年初|开年|开春|放完假|(?:这|本|下)?个?周末(?:之|以)?[前后]|忙完|[一两二三四五六七八九]{2}天|几天|近期|不久|很快|早点|抓紧)(?!\s*(?:(?:再|就)?(?:回复|答复|回你|联系|聊|告诉|通知)|说|我?(?:问|查|看|核|确认)|我(?:跟|和)|(?:反馈|转达|转告|汇报|沟通|商量)))/g,
    tense: 'forward',
    vague: true,
  },
];
