/** Chinese numerals → Arabic figures, so date and amount rules only need to know `\d`. */

/**
 * Digit and unit values by character code. Looked up by code, not by a one-character string as an object
 * key: each such string is a new two-byte string that V8 must intern before the look-up, about 50 ns a
 * character, which made 两万 the most expensive two characters of a reply.
 */
const DIGIT_VALUE = new Int8Array(0x10000).fill(-1);
for (const [ch, value] of Object.entries({ 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 })) {
  DIGIT_VALUE[ch.charCodeAt(0)] = value;
}
const UNIT_VALUE = new Uint16Array(0x10000);
for (const [ch, value] of Object.entries({ 十: 10, 百: 100, 千: 1000, 万: 10000 })) UNIT_VALUE[ch.charCodeAt(0)] = value;

/**
 * Value of a run such as 二十四, 一万五, 三千五, 一百零五, 二〇二七.
 * A lone digit after a unit is colloquial for the next unit down (一万五 = 15000, 三千五 = 3500).
 */
export function parseChineseNumber(run: string): number {
  if (run.includes('廿') || run.includes('卅')) run = run.replace(/廿/g, '二十').replace(/卅/g, '三十');
  let hasUnit = false;
  for (let i = 0; i < run.length; i++) if (UNIT_VALUE[run.charCodeAt(i)]! > 0) hasUnit = true;
  if (!hasUnit) {
    let value = 0;
    for (let i = 0; i < run.length; i++) value = value * 10 + Math.max(DIGIT_VALUE[run.charCodeAt(i)]!, 0);
    return value;
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  let lastUnit = 0;
  let afterZero = false;
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    const d = DIGIT_VALUE[code]!;
    if (d >= 0) {
      if (d === 0) afterZero = true;
      digit = d;
      continue;
    }
    const unit = UNIT_VALUE[code]! || 1;
    const n = digit < 0 ? 1 : digit;
    if (unit === 10000) {
      total += (section + Math.max(digit, 0)) * 10000;
      section = 0;
    } else {
      section += n * unit;
    }
    digit = -1;
    lastUnit = unit;
    afterZero = false;
  }
  if (digit > 0) section += !afterZero && lastUnit >= 100 ? digit * (lastUnit / 10) : digit;
  return total + section;
}
