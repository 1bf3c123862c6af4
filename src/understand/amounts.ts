import { scanGated } from './scan.js';
import { gate, mayMatch, type Triggers } from './triggers.js';
/**
 * Money figures: "先付5000", "2万", "5k", "¥12,000.50", "£3,000", "6800的那笔". Only a figure marked as
 * money (currency, 万/千/k, 元/块) or standing right after a payment verb counts; 50台 and INV-2231 do not.
 */
export interface AmountMention {
  start: number;
  end: number;
  value: number;
}

/** 12,000 and 12,000.50; Indian grouping 3,75,000 too. */
const NUMBER = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?|\\d{1,9}(?:\\.\\d+)?)';
const SCALE = '(万元|万|w(?![a-z])|千|k(?![a-z])|m(?![a-z])|lakhs?|lacs?|crores?|元|块钱|块(?!儿|付|转|打|结|给|算|还|去|来)|rmb|cny|usd|sgd|hkd|inr|aud|rupees?|dollars?|bucks|pounds?|euros?|美元|美金|英镑|欧元|港币|新币)';
/** Not money: a day, a count of days or things, a share. */
const NOT_MONEY = '(?![号日月天个%周年点次期台件批套位人半倍]|\\s*(?:%|days?\\b|weeks?\\b|months?\\b|st\\b|nd\\b|rd\\b|th\\b|business|working|pm\\b|am\\b))';

const CURRENCY_FIRST = gate(new RegExp(`(?:¥|￥|rmb|cny|usd|us\\$|hk\\$|s\\$|a\\$|sgd|\\b(?:aud|inr|rs\\.?|rm|myr|php)|₹|₱|\\$|£|€)\\s*${NUMBER}(?:\\s*(万|w(?![a-z])|k(?![a-z])|m(?![a-z])|lakhs?|lacs?|crores?))?`, 'g'));
const SCALED = gate(new RegExp(`(?<![\\d.a-z-]|\\d,)${NUMBER}\\s*${SCALE}(\\d(?!\\d))?`, 'g'));
const AFTER_VERB = gate(new RegExp(
  `(?:付|转|打|汇|结|还|支付|金额|共计|合计|总计|一共|总共|pay(?:ing)?|send(?:ing)?|transfer(?:ring)?|wir(?:e|ing)|paid|sent|transferred|wired)\\s*(?:了|过(?:去|来)?了?|出去了?|先|掉|款|是|为|:|给你们?|you|us|over)?\\s*(?<![\\d.])${NUMBER}(?!\\d|[.,]\\d)${NOT_MONEY}`,
  'g',
));
/**
 * 38000已经汇过去了: a bare figure right before 已经 and a payment verb. The match starts at 已 (the figure is
 * read by the lookbehind), so the pattern runs only in replies that say 已经 or 都 and a payment verb.
 */
const BEFORE_PAID = gate(new RegExp(`(?<=(?<![\\d.a-z-]|\\d,)${NUMBER}\\s*)(?:已经?|都)\\s*(?:汇|付|转|打|支付)`, 'g'));
const THAT_ONE = gate(new RegExp(`(?<![\\d.a-z-]|\\d,|(?:发票|单号|编号|票号|号码?|inv|#)\\s*)${NUMBER}\\s*(?:的那?笔|那笔)|(?:那|这)笔\\s*${NUMBER}(?![\\d.]|\\s*(?:万|千|k|w))`, 'g'));

function toNumber(figure: string): number {
  return Number(figure.includes(',') ? figure.replace(/,/g, '') : figure);
}

function scaleOf(unit: string | undefined): number {
  if (!unit) return 1;
  if (unit.startsWith('万') || unit === 'w') return 10000;
  if (unit === '千' || unit === 'k') return 1000;
  if (unit === 'm') return 1_000_000;
  if (unit.startsWith('la')) return 100_000;
  if (unit.startsWith('cr')) return 10_000_000;
  return 1;
}

/** Does [start, end) overlap any of `spans`? A loop, not a spread of both lists per figure. */
function overlaps(spans: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  for (let i = 0; i < spans.length; i++) if (start < spans[i]!.end && spans[i]!.start < end) return true;
  return false;
}

/** Money mentions in reading order, skipping any that overlap a date span. */
export function findAmounts(text: string, on: Triggers, taken: Array<{ start: number; end: number }>): AmountMention[] {
  const found: AmountMention[] = [];
  // add() is a module function taking the lists, not a closure: most replies name no money at all.
  for (const m of scanGated(CURRENCY_FIRST, text, on)) add(found, taken, m.index, m.index + m[0].length, toNumber(m[1]!) * scaleOf(m[2]));
  for (const m of scanGated(SCALED, text, on)) {
    const scale = scaleOf(m[2]);
    // 1万5 = 15000: a lone digit after 万 counts thousands.
    const tail = m[3] && scale === 10000 ? Number(m[3]) * 1000 : 0;
    const end = m.index + m[0].length - (m[3] && scale !== 10000 ? 1 : 0);
    add(found, taken, m.index, end, toNumber(m[1]!) * scale + tail);
  }
  for (const m of scanGated(BEFORE_PAID, text, on)) {
    const start = text.lastIndexOf(m[1]!, m.index - m[1]!.length);
    add(found, taken, start, start + m[1]!.length, toNumber(m[1]!));
  }
  for (const m of scanGated(THAT_ONE, text, on)) {
    // 6800的那笔 (the figure first) or 那笔6800 (the figure last)
    const figure = m[1] ?? m[2]!;
    const start = m[1] !== undefined ? m.index : m.index + m[0].length - figure.length;
    add(found, taken, start, start + figure.length, toNumber(figure));
  }
  for (const m of scanGated(AFTER_VERB, text, on)) {
    const figure = m[1]!;
    const start = m.index + m[0].lastIndexOf(figure);
    add(found, taken, start, start + figure.length, toNumber(figure));
  }
  return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}

/** Record a figure unless it is no amount or overlaps a date or a figure already found. */
function add(found: AmountMention[], taken: ReadonlyArray<{ start: number; end: number }>, start: number, end: number, value: number): void {
  if (!Number.isFinite(value) || value <= 0) return;
  if (overlaps(taken, start, end) || overlaps(found, start, end)) return;
  found.push({ start, end, value: Math.round(value * 100) / 100 });
}

/**
 * A bare figure of 100 or more that nothing marks as something else: "周五付，5000", "5000今天先过去",
 * "wire of 12800 goes out Friday". Asked only when a promise or paid reply has no marked amount.
 * Not: part of a word or code (INV-2231, PO 4500123, #88), a count (50台, 200 pcs), a day, a year, a
 * phone number, nor a figure after words that name numbers (单号, 发票号, 尾号, 账号, 第).
 */
const BARE_FIGURE = gate(new RegExp(
  `(?<![\\d.a-z#/:_+~–-]|\\d,|\\d\\s)(\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d{3,8}(?:\\.\\d{1,2})?)` +
    `(?![\\d.,]?\\d|[a-z%#/:_+~–-]|\\s\\d|\\s*(?:[号日月天个周年点次期台件批套位人半倍多余来箱包瓶张份单笔车吨斤米平]|小时|分钟|%|` +
    `(?:pcs|pieces?|units?|items?|hours?|hrs?|days?|weeks?|months?|years?|pallets?|boxes|cartons?|cases?|bottles?|kits?|sets?|kg|tons?|sqm|pax|people|staff|employees|users|seats|licen[cs]es?|accounts|customers|orders|invoices|products|parts|characters|words|lines|pages|copies|rows|records|messages|emails|meters|metres|feet|litres|liters|gallons|miles|km|rooms|nights|tickets)\\b))`,
  'g',
));
/** Words just before a figure that make it a number of something else. */
const NAMES_A_NUMBER = /(?:号|码|编号|单号|票号|尾号|账号|卡号|订单|合同|电话|手机|第|po|inv|no\.?|ref|reference|refrence|ending(?: in| with)?|ends with|referance|ref\.|txn|transaction|utr|receipt|tel|phone|invoice|order|account|a\/c|#)\s*(?:是|为|is)?\s*[:：]?\s*$/;

const NO_FIGURES: AmountMention[] = [];

export function bareFigures(text: string, on: Triggers, taken: ReadonlyArray<{ start: number; end: number }>): AmountMention[] {
  // Most replies have no three digits in a row, which every such figure needs: the trigger pass saw that already.
  if (!mayMatch(on, BARE_FIGURE)) return NO_FIGURES;
  const found: AmountMention[] = [];
  const re = BARE_FIGURE.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = toNumber(m[1]!);
    const start = m.index;
    const end = start + m[1]!.length;
    if (value < 100 || (!m[1]!.includes(',') && /^(?:19|20|21)\d\d$/.test(m[1]!)) || overlaps(taken, start, end)) continue; // 2027: a year
    if (NAMES_A_NUMBER.test(text.slice(Math.max(0, start - 10), start))) continue;
    found.push({ start, end, value });
  }
  return found;
}

/** Money taken off rather than paid: "deducting the $450 credit", "退回去的那批货价值3,200…扣掉". */
const DEDUCTION = /扣|抵|退|押金|折扣|返点|credit|deduct|refund|discount|rebate/;

/** Is the figure at [start, end) money taken off (words of deduction just before or after it)? */
export function isDeduction(text: string, a: AmountMention): boolean {
  return DEDUCTION.test(text.slice(Math.max(0, a.start - 12), Math.min(text.length, a.end + 10)));
}
