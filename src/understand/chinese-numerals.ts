/** Chinese numerals → Arabic figures, so date and amount rules only need to know `\d`. */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/**
 * Value of a run such as 二十四, 一万五, 三千五, 一百零五, 二〇二七.
 * A lone digit after a unit is colloquial for the next unit down (一万五 = 15000, 三千五 = 3500).
 */
export function parseChineseNumber(run: string): number {
  let hasUnit = false;
  for (const ch of run) if (ch in UNITS) hasUnit = true;
  if (!hasUnit) {
    let value = 0;
    for (const ch of run) value = value * 10 + (DIGITS[ch] ?? 0);
    return value;
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  let lastUnit = 0;
  let afterZero = false;
  for (const ch of run) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (d === 0) afterZero = true;
      digit = d;
      continue;
    }
    const unit = UNITS[ch] ?? 1;
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
