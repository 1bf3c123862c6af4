import { scan } from './scan.js';
import type { DateMention, DateRule } from './date-rule.js';
import { zhDateRules } from './date-rules-zh.js';
import { enDateRules } from './date-rules-en.js';

const HAS_CJK_OR_DIGIT = /[\u3400-\u9fff\d]/;
const HAS_LATIN = /[a-z]/;

/** Every date expression in the normalised text, in reading order; overlaps go to the more specific rule. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  if (HAS_CJK_OR_DIGIT.test(text)) collect(text, zhDateRules, found);
  if (HAS_LATIN.test(text)) collect(text, enDateRules, found);
  return found.sort((a, b) => a.start - b.start);
}

function collect(text: string, rules: DateRule[], found: DateMention[]): void {
  for (const rule of rules) {
    for (const m of scan(rule.re, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      const resolve = rule.resolve;
      found.push({
        start,
        end,
        tense: typeof rule.tense === 'function' ? rule.tense(m) : rule.tense,
        vague: rule.vague === true,
        resolve: resolve ? (ctx, past) => resolve(m, ctx, past) : () => null,
      });
    }
  }
}
