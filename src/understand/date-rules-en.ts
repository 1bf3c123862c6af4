import { at, count, EN_NUMBER, tenseOf, windowEndDay, type DateRule } from './date-rule.js';

/** English date expressions, most specific first. Text is lower-cased; common typos are accepted. */

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_INDEX = ['ja', 'fe', 'mar', 'ap', 'may', 'jun', 'jul', 'au', 'se', 'oc', 'no', 'de'];
function monthNumber(word: string): number {
  return MONTH_INDEX.findIndex((p) => word.startsWith(p)) + 1;
}

const WEEKDAYS =
  'mon(?:day)?|munday|mondy|tue(?:s(?:day)?)?|tuseday|teusday|tusday|tuesdy|wed(?:nesday|s)?|wendesday|wednsday|wensday|wednesdy|thu(?:r(?:s(?:day)?)?)?|thrusday|thurday|thursdy|thurdsay|fri(?:day)?|firday|fridy|frday|saturday|saterday|satuday|sunday|sundy';
/** 1 (Monday) … 7 (Sunday) for an English weekday word or its abbreviation, typos included. */
export function weekdayNumber(word: string): number {
  if (word.startsWith('mo') || word.startsWith('mu')) return 1;
  if (word.startsWith('tu') || word.startsWith('te')) return 2;
  if (word.startsWith('we')) return 3;
  if (word.startsWith('th')) return 4;
  if (word.startsWith('fr') || word.startsWith('fi')) return 5;
  return word.startsWith('sa') ? 6 : 7;
}

const ORD = '(?:st|nd|rd|th)';
const WINDOW_WORD = '(early|beginning of|start of|mid|middle of|late|end of|the end of|end)';

export const enDateRules: DateRule[] = [
  // 31 dec, 5th of january, 22-dec, 28 december 2026
  {
    re: new RegExp(`\\b(\\d{1,2})${ORD}?(?:\\s+|-)(?:of\\s+)?(${MONTHS})\\b\\.?(?:,?\\s+(20\\d{2})\\b)?`, 'g'),
    tense: 'either',
    resolve: (m, ctx, past) => (m[3] ? at.full(Number(m[3]), monthNumber(m[2]!), Number(m[1])) : at.monthDay(monthNumber(m[2]!), Number(m[1]), ctx, past)),
  },
  // december 10, dec 10th, jan. 5; december 28, 2026
  {
    re: new RegExp(`\\b(${MONTHS})\\.?\\s+(?:the\\s+)?(\\d{1,2})${ORD}?\\b(?:,?\\s+(20\\d{2})\\b)?(?![,.]?\\d|\\s*(?:k|%))`, 'g'),
    tense: 'either',
    resolve: (m, ctx, past) => (m[3] ? at.full(Number(m[3]), monthNumber(m[1]!), Number(m[2])) : at.monthDay(monthNumber(m[1]!), Number(m[2]), ctx, past)),
  },
  // 12/10 (month first, as the corpus writes it); 15/12, which cannot be month first, is day first
  {
    re: /(?<![\d./$£€¥]|\d,)(\d{1,2})\/(\d{1,2})(?![\d/%"'″]|\s*(?:inch|in\b|mm|cm))/g,
    tense: 'either',
    resolve: (m, ctx, past) => at.slashDate(Number(m[1]), Number(m[2]), ctx, past),
  },
  // the 25th of next month, the 5th of this month
  {
    re: new RegExp(`\\b(?:the\\s+)?(\\d{1,2})${ORD}?\\s+(?:of\\s+)?(next|nxt|this|the following)\\s+(?:month|mth|mnth)\\b`, 'g'),
    tense: (m) => tenseOf(m[2]),
    resolve: (m, ctx) => at.inMonth(m[2] === 'this' ? 0 : 1, Number(m[1]), ctx),
  },
  // end of next month, early next month, mid-next month
  {
    re: new RegExp(`\\b${WINDOW_WORD}[\\s-]+(?:the\\s+)?(next|this|the following)\\s+(?:month|mth|mnth)\\b`, 'g'),
    tense: (m) => tenseOf(m[2]),
    resolve: (m, ctx) => at.inMonth(m[2] === 'this' ? 0 : 1, windowEndDay(m[1]!), ctx),
  },
  // early june, mid-december, end of june
  {
    re: new RegExp(`\\b${WINDOW_WORD}[\\s-]+(${MONTHS})\\b`, 'g'),
    tense: 'either',
    resolve: (m, ctx, past) => at.monthDay(monthNumber(m[2]!), windowEndDay(m[1]!), ctx, past),
  },
  // end of the month, month-end, mid-month, early in the month
  {
    re: /\b(?:(end|middle|beginning|start)[\s-]of[\s-](?:the |this )?(?:month|mth|mnth)|(mid|early|late|end)[\s-]+(?:in\s+)?(?:the\s+|this\s+)?(?:month|mth)|month[\s-]?end(?![\s-]+(?:close|closing|process|reporting|books))|eom)\b/g,
    tense: 'either',
    resolve: (m, ctx, past) => at.windowDay(windowEndDay(m[1] ?? m[2] ?? 'end'), ctx, past),
  },
  // next month, this month, the month after next
  {
    re: /\b(?:(?:the\s+)?month after next|(next|this|the following)\s+(?:month|mth|mnth))\b(?!'s)/g,
    tense: (m) => (m[1] === undefined ? 'forward' : tenseOf(m[1])),
    resolve: (m, ctx) => at.inMonth(m[1] === undefined ? 2 : m[1] === 'this' ? 0 : 1, 'last', ctx),
  },
  // end of the year, year-end, before new year
  {
    re: /\b(?:year (?:ends|is out|is over)(?<=\b(?:before|by) the (?:end of the )?year (?:ends|is out|is over))|end of (?:the |this )?year|year[\s-]?end(?![\s-]+(?:clos(?:e|ing)|audit|accounts|reporting|books|stocktake|inventory|bonus(?:es)?|statements?|party|review|reports?|results|figures|count|shutdown|holidays?|break))|eoy|(?:before|by) (?:the )?new year(?:'s)?(?! eve)(?! day))\b/g,
    tense: 'forward',
    resolve: (_m, ctx) => at.yearEnd(ctx),
  },
  // before / by / on Christmas (Eve): a fixed day, the next one (for paid, the last one). Only after a
  // time word: "Merry Christmas" is a greeting, "after Christmas" names no day.
  {
    re: /\b(?:before|b4|by|on|at|for|until|till|ahead of|prior to)\s+(?:the\s+)?(?:christmas|xmas|x-mas)(?:\s+(eve))?\b/g,
    tense: 'either',
    resolve: (m, ctx, past) => at.monthDay(12, m[1] ? 24 : 25, ctx, past),
  },
  // before CNY / Chinese New Year / Spring Festival; also "Chinese New Year is coming, we'll pay before then"
  {
    re: /\b(?:before|by|ahead of|prior to)\s+(?:the\s+)?(?:cny|chinese new year|lunar new year|spring festival)\b|\bchinese new year'?s eve\b|\b(?:cny|chinese new year|lunar new year|spring festival)\b(?=[^.!?]{0,60}\bbefore (?:then|that|it)\b)/g,
    tense: 'forward',
    resolve: (_m, ctx) => at.newYearsEve(ctx),
  },
  // within N business days
  {
    re: new RegExp(`\\b${EN_NUMBER}(?:\\s+|\\s*个\\s*)(?:business|working|bank|biz)\\s+days?\\b(?:\\s+from\\s+(?:now|today))?`, 'g'),
    tense: 'forward',
    resolve: (m, ctx) => at.businessDays(count(m[1]!), ctx),
  },
  // N days ago: backward
  {
    re: new RegExp(`\\b${EN_NUMBER}\\s+days?\\s+ago\\b`, 'g'),
    tense: 'backward',
    resolve: (m, ctx) => at.offset(-count(m[1]!))(ctx),
  },
  // in N days, within N days, N days from now
  {
    re: new RegExp(`\\b(?:in|within)\\s+(?:the\\s+next\\s+)?${EN_NUMBER}\\s+days?\\b|\\b${EN_NUMBER}\\s+days?\\s+from\\s+(?:now|today)\\b`, 'g'),
    tense: 'forward',
    resolve: (m, ctx) => at.offset(count(m[1] ?? m[2]!))(ctx),
  },
  // in N weeks, within a week
  {
    re: new RegExp(`\\b(?:in|within)\\s+(?:the\\s+next\\s+)?${EN_NUMBER}\\s+weeks?\\b`, 'g'),
    tense: 'forward',
    resolve: (m, ctx) => at.offset(7 * count(m[1]!))(ctx),
  },
  // next friday, this friday, last friday, friday; friday next week, thursday of last week; not monday 4 january
  // (the weekday of a date the rules above read)
  {
    re: new RegExp(`\\b(?:(next|nxt|this|last|coming|the following)\\s+)?(?<!\\b(?:every\\s+(?:other\\s+)?|happy\\s+|an?\\s+))(${WEEKDAYS})\\b(?!'s\\s+(?:order|delivery|shipment|meeting|call|invoice|batch|class|event|game|menu)\\b)(?!\\.?,?\\s+(?:the\\s+)?(?:\\d{1,2}${ORD}?(?:\\s+|-)(?:of\\s+)?(?:${MONTHS})\\b|(?:${MONTHS})\\.?\\s+\\d))(?:\\s+(?:of\\s+)?(next|this|last|the following)\\s+week\\b)?\\.?`, 'g'),
    tense: (m) => tenseOf(m[1] ?? m[3]),
    resolve: (m, ctx, past) => {
      const wd = weekdayNumber(m[2]!);
      const which = m[1] ?? m[3];
      if (which === 'next' || which === 'nxt' || which === 'the following') return at.weekdayOfWeek(wd, 1, ctx);
      if (which === 'this') return at.weekdayOfWeek(wd, 0, ctx);
      if (which === 'last') return at.weekdayOfWeek(wd, -1, ctx);
      return at.weekday(wd, ctx, past);
    },
  },
  // the week after next, next week, this week, end of the week
  {
    re: /\b(?:the\s+)?week after next\b|\b(?:(?:the\s+)?end of\s+)?(?:the\s+)?(this|next|nxt|the following|coming)\s+(?:week|wk)\b|\b(?:the\s+)?end of (?:the\s+)?(?:week|wk)\b|\beow\b|\blater this week\b|\b(?:the|this) week is (?:out|over)\b/g,
    tense: (m) => (m[0].includes('after next') ? 'forward' : tenseOf(m[1])),
    resolve: (m, ctx) => at.weekWindow(m[0].includes('after next') ? 2 : m[1] === 'next' || m[1] === 'nxt' || m[1] === 'the following' || m[1] === 'coming' ? 1 : 0, ctx),
  },
  // last week, last month: past, but no day
  { re: /\blast (?:week|month)\b/g, tense: 'backward' },
  // on the due date
  { re: /\b(?:on|by|before)\s+(?:the\s+)?due\s+date\b/g, tense: 'either', resolve: (_m, ctx) => at.due(ctx) },
  // the day after tomorrow, tomorrow, today, yesterday
  { re: /\b(?:the\s+)?day after (?:tomorrow|tmr|tmrw)\b/g, tense: 'forward', resolve: (_m, ctx) => at.offset(2)(ctx) },
  { re: /yesterday(?<=\bday before yesterday)\b/g, tense: 'backward', resolve: (_m, ctx) => at.offset(-2)(ctx) },
  { re: /\b(?:tomorrow|tomorow|tommorow|tommorrow|tmrw?|2morrow|2moro)\b/g, tense: 'forward', resolve: (_m, ctx) => at.offset(1)(ctx) },
  {
    re: /\b(?:today(?<!\btimes? today)(?!'s)|tonight|this (?:morning|afternoon|evening|arvo)|(?:eod|cob|(?:the )?end of (?:the )?day|close of business)(?!\s+(?:tomorrow|tmrw?|on|next|this|mon|tue|wed|thu|fri|sat|sun)))\b/g,
    tense: 'either',
    resolve: (_m, ctx) => at.offset(0)(ctx),
  },
  // this am (phone shorthand for this morning): a rule of its own, since the ending ' am' would open the one above for every 'amount'
  { re: /\bthis am\b/g, tense: 'either', resolve: (_m, ctx) => at.offset(0)(ctx) },
  { re: /\b(?:yesterday|yday|yest|last night)\b/g, tense: 'backward', resolve: (_m, ctx) => at.offset(-1)(ctx) },
  // on the 5th, the 30th, 20th
  {
    re: new RegExp(`\\b(?:the\\s+)?(\\d{1,2})${ORD}\\b(?!\\s+(?:shipments?|deliver(?:y|ies)|batch|invoices?|orders?|instal{1,2}ments?|payments?|half|time|floor|quarter|tranche|reminders?|notices?|one|lot|containers?|loads?|phase|stage|round|try|attempt|visit|call|email|letter))|\\bon the (\\d{1,2})\\b(?!\\s*(?:days?|%|k|invoices?))`, 'g'),
    tense: 'either',
    resolve: (m, ctx, past) => at.dayOfMonth(Number(m[1] ?? m[2]), ctx, past),
  },
  // A time was said but no day.
  {
    re: /\b(?:asap|as soon as (?:possible|we can|i can)|(?:soon|shortly|later)(?<!\b(?:get back to (?:you|u)|reply|respond|revert|update you|let you know|follow up|come back to you)\s+(?:soon|shortly|later))|(?:in|within) (?:the next )?(?:a few|a couple of|couple of|few) (?:days|weeks)|a few days|after the holidays?|(?:after|until) (?:the )?(?:cny|chinese new year|new year)|in due course|at some point|eventually|right away|promptly|next few days)\b/g,
    tense: 'forward',
    vague: true,
  },
];
