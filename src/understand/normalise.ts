import { isNumeralChar, isNumeralDigit, parseChineseNumber } from './chinese-numerals.js';

/**
 * The text the rules read: half-width, lower-case ASCII, simplified forms of the traditional
 * characters customers use, control characters as spaces, Chinese numerals as figures.
 * `start`/`end` map each normalised index back to the original text, for evidence spans.
 */
export interface NormalisedText {
  text: string;
  /** null when the normalised text has the same length as the original (offsets are equal). */
  start: Int32Array | null;
  end: Int32Array | null;
}

// Only characters that appear in payment replies; a full converter would be a data file for nothing.
const TRADITIONAL: Record<string, string> = {
  禮: '礼', 週: '周', 號: '号', 後: '后', 個: '个', 這: '这', 錢: '钱', 帳: '账', 賬: '账', 轉: '转',
  匯: '汇', 發: '发', 單: '单', 還: '还', 幾: '几', 們: '们', 給: '给', 會: '会', 時: '时', 間: '间',
  過: '过', 問: '问', 題: '题', 貨: '货', 開: '开', 點: '点', 內: '内', 結: '结', 兩: '两', 萬: '万',
  嗎: '吗', 說: '说', 錯: '错', 對: '对', 務: '务', 財: '财', 戶: '户', 實: '实', 約: '约', 資: '资',
  難: '难', 緊: '紧', 經: '经', 來: '来', 煩: '烦', 謝: '谢', 應: '应', 該: '该', 請: '请', 確: '确',
  認: '认', 額: '额', 價: '价', 稅: '税', 複: '复', 壞: '坏', 質: '质', 驗: '验', 準: '准', 辦: '办',
  處: '处', 達: '达', 東: '东', 讓: '让', 親: '亲', 領: '领', 導: '导', 審: '审', 簽: '签',
  數: '数', 寫: '写', 歲: '岁', 盡: '尽', 馬: '马', 層: '层', 闆: '板', 張: '张', 筆: '笔',
  餘: '余', 貸: '贷', 齊: '齐', 訂: '订', 貿: '贸', 帶: '带', 腦: '脑', 節: '节',
  歡: '欢', 樂: '乐', 氣: '气', 麼: '么', 沒: '没', 聯: '联', 係: '系', 與: '与',
};

// A lone 一/五 is often not a number (一定, 一下, 一半); it is one next to a date or money word.
const NUMERAL_AFTER = '月号日天个周年星礼工期万千元块点w';
const NUMERAL_BEFORE = '周期拜初第月';

function mapChar(code: number, ch: string): string {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0; // full-width ASCII
  else if (code === 0x3000) return ' ';
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  if (code < 32 || (code >= 0x7f && code <= 0x9f) || (code >= 0x200b && code <= 0x200f) || code === 0x2028 || code === 0x2029 || code === 0xfeff) return ' ';
  if (code < 0x80) return String.fromCharCode(code);
  return TRADITIONAL[ch] ?? ch;
}

/** 一两天, 三五天: a rough range, not the number 12 or 35. */
function isRoughRange(run: string): boolean {
  if (run.length !== 2) return false;
  const order = '一两二三四五六七八九';
  const a = order.indexOf(run[0]!);
  const b = order.indexOf(run[1]!);
  return a >= 0 && b > a && b - a <= 2;
}

/** Anything mapChar would change; most replies have none, and skip the per-character rebuild. */
const NEEDS_MAPPING = new RegExp(`[A-Z\\uff01-\\uff5e\\u3000\\x00-\\x1f\\x7f-\\x9f\\u200b-\\u200f\\u2028\\u2029\\ufeff${Object.keys(TRADITIONAL).join('')}]`);
const HAS_NUMERAL = /[零〇一二两三四五六七八九十]/;

export function normalise(original: string): NormalisedText {
  if (!NEEDS_MAPPING.test(original)) {
    return HAS_NUMERAL.test(original) ? convertNumerals(original) : { text: original, start: null, end: null };
  }
  let flat = '';
  let hasNumeral = false;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    const mapped = mapChar(original.charCodeAt(i), ch);
    flat += mapped;
    if (!hasNumeral && isNumeralChar(mapped)) hasNumeral = true;
  }
  if (!hasNumeral) return { text: flat, start: null, end: null };
  return convertNumerals(flat);
}

function convertNumerals(flat: string): NormalisedText {
  let out = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  while (i < flat.length) {
    const ch = flat[i]!;
    if (!isNumeralDigit(ch) && ch !== '十') {
      out += ch;
      start.push(i);
      end.push(i + 1);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < flat.length && isNumeralChar(flat[j]!)) j++;
    const run = flat.slice(i, j);
    if (shouldConvert(flat, i, j, run)) {
      const figure = figureOf(run);
      for (let k = 0; k < figure.length; k++) {
        start.push(i);
        end.push(j);
      }
      out += figure;
    } else {
      out += run;
      for (let k = i; k < j; k++) {
        start.push(k);
        end.push(k + 1);
      }
    }
    i = j;
  }
  start.push(flat.length);
  end.push(flat.length);
  return { text: out, start: Int32Array.from(start), end: Int32Array.from(end) };
}

/** 两万 → 2万, 一万五 → 1.5万, 三千五 → 3.5千: the scale word stays, so "一万五" still reads as money. */
function figureOf(run: string): string {
  const value = parseChineseNumber(run);
  if (run.includes('万')) return `${value / 10000}万`;
  if (run.includes('千')) return `${value / 1000}千`;
  return String(value);
}

function shouldConvert(flat: string, i: number, j: number, run: string): boolean {
  if (isRoughRange(run)) return false;
  if (/[十百千万]/.test(run) || run.length > 1) return true;
  const before = i > 0 ? flat[i - 1]! : '';
  const after = j < flat.length ? flat[j]! : '';
  return (after !== '' && NUMERAL_AFTER.includes(after)) || (before !== '' && NUMERAL_BEFORE.includes(before));
}

/** The original [start, end) of a normalised span. */
export function originalSpan(n: NormalisedText, start: number, end: number): [number, number] {
  if (!n.start || !n.end) return [start, end];
  return [n.start[start]!, end > start ? n.end[end - 1]! : n.start[start]!];
}
