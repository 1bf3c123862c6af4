import { parseChineseNumber } from './chinese-numerals.js';
import { scriptOf } from './scripts.js';

/**
 * The text the rules read: half-width, lower-case ASCII, straight quotes, simplified forms of the
 * traditional characters customers use, control characters as spaces, Chinese numerals as figures.
 * Every change but a numeral keeps the length, so only numerals need mapping back for evidence spans.
 */
export interface NormalisedText {
  text: string;
  /**
   * Numeral runs rewritten as figures of another length, in order; empty when offsets are those of the
   * original. A lone digit (周五 → 周5) keeps the length and needs no entry.
   */
  replacements: Replacement[];
  /** The scripts of `text` (scripts.ts), found while reading the original. */
  scripts: number;
}

/** text[at, at + length) was original[from, to). */
interface Replacement {
  at: number;
  length: number;
  from: number;
  to: number;
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
  於: '于', 項: '项', 銀: '银', 碼: '码', 據: '据', 誤: '误', 損: '损', 濟: '济', 計: '计', 蓋: '盖',
  話: '话', 繫: '系', 絡: '络', 覆: '复', 郵: '邮', 傳: '传', 檔: '档', 圖: '图', 訊: '讯', 為: '为',
  爲: '为', 無: '无', 現: '现', 錄: '录', 條: '条', 總: '总', 遲: '迟', 補: '补', 寬: '宽', 續: '续',
  幣: '币', 靈: '灵', 塊: '块', 員: '员', 負: '负', 責: '责', 帐: '账', 籠: '笼', 調: '调', 試: '试', 專: '专', 閱: '阅', 報: '报', 細: '细', 維: '维', 費: '费',
  // The numerals of cheques and receipts (壹萬貳仟元整): read as everyday ones. 陆/陸 stay, since 陆续 is a word.
  壹: '一', 贰: '二', 貳: '二', 叁: '三', 參: '三', 肆: '四', 伍: '五', 柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百', 仟: '千',
  // Hong Kong customers write Cantonese particles: 咗 is 了, 俾 is 给, 哋 is 们 (我哋 → 我们).
  咗: '了', 俾: '给', 哋: '们',
  // 冇 没, 嘅 的, 啲 些, 唔 不, 佢 他, 畀 给, 掂 定 (搞掂), 喺 在, 睇 看; Shanghainese 侬 你; and 當 当, 夠 够.
  冇: '没', 嘅: '的', 啲: '些', 唔: '不', 佢: '他', 畀: '给', 掂: '定', 喺: '在', 睇: '看', 侬: '你', 當: '当', 夠: '够',
};

/**
 * Phones and mail clients type can’t and “ok” with typographic quotes: read as can't and "ok", so the
 * rules need to know only one apostrophe.
 */
const TYPOGRAPHIC_QUOTE: Record<number, string> = { 0x2018: "'", 0x2019: "'", 0x02bc: "'", 0x201c: '"', 0x201d: '"' };

// A lone 一/五 is often not a number (一定, 一下, 一半); it is one next to a date or money word.
const NUMERAL_AFTER = '月号日天个周年星礼工期万千元块点w';
const NUMERAL_BEFORE = '周期拜初第月';

/** Rank of each digit in 一两二三四五六七八九 (+1; 0 for none), for isRoughRange. */
const RANGE_RANK = new Uint8Array(0x10000);
[...'一两二三四五六七八九'].forEach((ch, i) => (RANGE_RANK[ch.charCodeAt(0)] = i + 1));

/** 一两天, 三五天: a rough range, not the number 12 or 35. */
function isRoughRange(codes: Uint16Array, i: number, j: number): boolean {
  if (j - i !== 2) return false;
  const a = RANGE_RANK[codes[i]!]!;
  const b = RANGE_RANK[codes[i + 1]!]!;
  return a > 0 && b > a && b - a <= 2;
}

// What each UTF-16 unit needs, looked up once per character: the common reply needs nothing.
const MAP = 1;
const DIGIT = 2;
const UNIT = 4;
/** A character a numeral run can start with (a digit or 十): without one there is nothing to convert. */
const RUN_START = 8;
const KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if ((c >= 65 && c <= 90) || (c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || c < 32 || (c >= 0x7f && c <= 0x9f)) KIND[c] = MAP;
  if ((c >= 0x200b && c <= 0x200f) || c === 0x2028 || c === 0x2029 || c === 0xfeff) KIND[c] = MAP;
  if (TYPOGRAPHIC_QUOTE[c] !== undefined) KIND[c] = MAP;
}
for (const ch of '零〇一二两三四五六七八九') KIND[ch.charCodeAt(0)] = DIGIT | RUN_START;
for (const ch of '十百千万') KIND[ch.charCodeAt(0)] = UNIT;
KIND['十'.charCodeAt(0)] = UNIT | RUN_START;
// 廿 and 卅 (twenty, thirty) as Hong Kong and older writers date: 廿号 is the 20th.
for (const ch of '廿卅') KIND[ch.charCodeAt(0)] = UNIT | RUN_START;
// 兩 becomes 两 before numerals are read: it starts a run as much as 两 does.
for (const [ch, to] of Object.entries(TRADITIONAL)) KIND[ch.charCodeAt(0)] = MAP | (KIND[to.charCodeAt(0)]! & RUN_START);
/** Neighbours that make a lone numeral a number (NUMERAL_AFTER, NUMERAL_BEFORE), as bits of the same table. */
const NUMBER_AFTER = 16;
const NUMBER_BEFORE = 32;
for (const ch of NUMERAL_AFTER) KIND[ch.charCodeAt(0)] = KIND[ch.charCodeAt(0)]! | NUMBER_AFTER;
for (const ch of NUMERAL_BEFORE) KIND[ch.charCodeAt(0)] = KIND[ch.charCodeAt(0)]! | NUMBER_BEFORE;
/** scriptOf each character as it reads after mapping (Ａ is Latin, 兩 Han), as the two top bits. */
const SCRIPT_SHIFT = 6;
for (let c = 0; c < 0x10000; c++) {
  const mapped = KIND[c]! & MAP ? mapChar(c, String.fromCharCode(c)).charCodeAt(0) : c;
  KIND[c] = KIND[c]! | (scriptOf(mapped) << SCRIPT_SHIFT);
}
/** The figure of each lone Chinese digit. */
const FIGURE: string[] = [];
for (const [ch, figure] of Object.entries({ 零: '0', 〇: '0', 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' })) {
  FIGURE[ch.charCodeAt(0)] = figure;
}

function mapChar(code: number, ch: string): string {
  if (TYPOGRAPHIC_QUOTE[code] !== undefined) return TYPOGRAPHIC_QUOTE[code]!;
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0; // full-width ASCII
  else if (code === 0x3000) return ' ';
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  if (code < 32 || (code >= 0x7f && code <= 0x9f) || (code >= 0x200b && code <= 0x200f) || code === 0x2028 || code === 0x2029 || code === 0xfeff) return ' ';
  if (code < 0x80) return String.fromCharCode(code);
  return TRADITIONAL[ch] ?? ch;
}

const NONE: Replacement[] = [];

/** What each character becomes (itself when it needs no mapping): one table read per character. */
const MAPPED = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) MAPPED[c] = KIND[c]! & MAP ? mapChar(c, String.fromCharCode(c)).charCodeAt(0) : c;
/** FIGURE as character codes. */
const FIGURE_CODE = new Uint16Array(0x10000);
FIGURE.forEach((figure, code) => (FIGURE_CODE[code] = figure.charCodeAt(0)));

/*
 * Rewritten text is written as character codes into reused buffers and made a string at the end, in one
 * call per few thousand characters. That gives a flat string at a fraction of the cost of joining pieces;
 * += would give a tree of pieces that every later character loop and regex has to look through (the
 * character loops ran 3× slower, and a reply 16%).
 */
let mappedCodes = new Uint16Array(1024);
/** Twice the room of mappedCodes: figures are rarely longer than their numerals; convertNumerals grows it when one is. */
let convertedCodes = new Uint16Array(2048);

export function normalise(original: string): NormalisedText {
  let kinds = 0;
  let ascii = true;
  let onlyUpper = true;
  const n = original.length;
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    const kind = KIND[code]!;
    kinds |= kind;
    if (code >= 0x80) ascii = false;
    if (kind & MAP && (code < 65 || code > 90)) onlyUpper = false;
  }
  const scripts = kinds >> SCRIPT_SHIFT; // numerals only turn Han into digits: the same script bit
  if (!(kinds & (MAP | RUN_START))) return { text: original, replacements: NONE, scripts };
  // ASCII with capitals is most English replies; toLowerCase is exactly the mapping there.
  if (!(kinds & RUN_START) && ascii && onlyUpper) return { text: original.toLowerCase(), replacements: NONE, scripts };
  if (mappedCodes.length < n) {
    mappedCodes = new Uint16Array(2 * n);
    convertedCodes = new Uint16Array(4 * n);
  }
  const codes = mappedCodes;
  for (let i = 0; i < n; i++) {
    // MAPPED only for characters that change: an ideograph's line of KIND was just read, its line of MAPPED was not.
    const code = original.charCodeAt(i);
    codes[i] = KIND[code]! & MAP ? MAPPED[code]! : code;
  }
  if (kinds & RUN_START) {
    const converted = convertNumerals(codes, n);
    if (converted !== null) return { text: stringOf(convertedCodes, converted.length), replacements: converted.replacements, scripts };
  }
  return { text: kinds & MAP ? stringOf(codes, n) : original, replacements: NONE, scripts };
}

/** Arguments per String.fromCharCode call: well inside any engine's limit on arguments. */
const CHUNK = 4096;

/** Texts up to this length are made from a reused plain array of their exact length. */
const SHORT = 256;
/**
 * One packed array of small integers per length, reused: apply() copies such an array's elements in one
 * step, but reads a typed array element by element through the runtime, and a subarray view is itself
 * an allocation (measured: half the time for a reply-sized text).
 */
const plainOfLength: number[][] = [];

function stringOf(codes: Uint16Array, n: number): string {
  if (n <= SHORT) {
    let plain = plainOfLength[n];
    if (plain === undefined) plain = plainOfLength[n] = Array.from({ length: n }, () => 0);
    for (let i = 0; i < n; i++) plain[i] = codes[i]!;
    return String.fromCharCode.apply(null, plain);
  }
  if (n <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  const parts: string[] = [];
  for (let at = 0; at < n; at += CHUNK) parts.push(String.fromCharCode.apply(null, codes.subarray(at, Math.min(n, at + CHUNK)) as unknown as number[]));
  return parts.join('');
}

/**
 * Numeral runs of the mapped `codes[0, n)` rewritten as figures into convertedCodes; null when none is a
 * number (一定, 一下), so the text stays as mapped.
 */
function convertNumerals(codes: Uint16Array, n: number): { length: number; replacements: Replacement[] } | null {
  let out = convertedCodes;
  let length = 0; // characters written to `out`
  let last = 0; // codes[last, i) are still to be copied
  let replacements = NONE;
  let converted = false;
  let i = 0;
  while (i < n) {
    if (!(KIND[codes[i]!]! & RUN_START)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && KIND[codes[j]!]! & (DIGIT | UNIT)) j++;
    // A lone digit (周五, 五号) is the common case: no substring, no parse.
    const lone = j === i + 1 && KIND[codes[i]!]! & DIGIT;
    if (lone ? loneDigitIsNumber(codes, n, i) : shouldConvert(codes, n, i, j)) {
      while (last < i) out[length++] = codes[last++]!;
      converted = true;
      if (lone) {
        // One character for one: offsets stay as they were, so there is nothing to map back.
        out[length++] = FIGURE_CODE[codes[i]!]!;
      } else {
        if (replacements === NONE) replacements = [];
        const figure = figureOf(stringOf(codes.subarray(i, j), j - i));
        // 十千 reads as 1.01千: a figure can outgrow its numerals more than twice over.
        if (length + figure.length + (n - j) > out.length) {
          const larger = new Uint16Array(2 * (length + figure.length + (n - j)));
          larger.set(out.subarray(0, length));
          out = convertedCodes = larger;
        }
        replacements.push({ at: length, length: figure.length, from: i, to: j });
        for (let k = 0; k < figure.length; k++) out[length++] = figure.charCodeAt(k);
      }
      last = j;
    }
    i = j;
  }
  if (!converted) return null;
  while (last < n) out[length++] = codes[last++]!;
  return { length, replacements };
}

/** 两万 → 2万, 一万五 → 1.5万, 三千五 → 3.5千: the scale word stays, so "一万五" still reads as money. */
function figureOf(run: string): string {
  const value = parseChineseNumber(run);
  if (run.includes('万')) return `${value / 10000}万`;
  if (run.includes('千')) return `${value / 1000}千`;
  return String(value);
}

/** shouldConvert for a run of one digit: a number only next to a date or money word. */
function loneDigitIsNumber(codes: Uint16Array, n: number, i: number): boolean {
  if (codes[i] === YI && i + 1 < n && codes[i + 1] === DING) return false; // 下周一定安排: 一定 is "surely", not Monday
  return (i + 1 < n && (KIND[codes[i + 1]!]! & NUMBER_AFTER) !== 0) || (i > 0 && (KIND[codes[i - 1]!]! & NUMBER_BEFORE) !== 0);
}

const YI = '一'.charCodeAt(0);
const DING = '定'.charCodeAt(0);

function shouldConvert(codes: Uint16Array, n: number, i: number, j: number): boolean {
  if (isRoughRange(codes, i, j)) return false;
  if (j - i > 1 || KIND[codes[i]!]! & UNIT) return true;
  return loneDigitIsNumber(codes, n, i);
}

/** The original [start, end) of a normalised span. */
export function originalSpan(n: NormalisedText, start: number, end: number): [number, number] {
  if (n.replacements.length === 0) return [start, end];
  const from = startOf(n.replacements, start);
  return [from, end > start ? endOf(n.replacements, end - 1) : from];
}

/** Original index where the normalised character at `p` starts. */
function startOf(replacements: Replacement[], p: number): number {
  let shift = 0;
  for (const r of replacements) {
    if (p < r.at) break;
    if (p < r.at + r.length) return r.from;
    shift += r.to - r.from - r.length;
  }
  return p + shift;
}

/** Original index where the normalised character at `p` ends. */
function endOf(replacements: Replacement[], p: number): number {
  for (const r of replacements) if (p >= r.at && p < r.at + r.length) return r.to;
  return startOf(replacements, p) + 1;
}
