import { scanGated } from './scan.js';
import { gate, type Gate } from './triggers.js';
import type { DateMention, DateRule } from './date-rule.js';
import { zhDateRules } from './date-rules-zh.js';
import { enDateRules } from './date-rules-en.js';

const HAS_CJK_OR_DIGIT = /[\u3400-\u9fff\d]/;
const HAS_LATIN = /[a-z]/;

const zhRules = zhDateRules.map((rule) => ({ rule, gate: gate(rule.re) }));
const enRules = enDateRules.map((rule) => ({ rule, gate: gate(rule.re) }));

/** Every date expression in the normalised text, in reading order; overlaps go to the more specific rule. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  if (HAS_CJK_OR_DIGIT.test(text)) collect(text, zhRules, found);
  if (HAS_LATIN.test(text)) collect(text, enRules, found);
  return found.sort((a, b) => a.start - b.start);
}

function collect(text: string, rules: Array<{ rule: DateRule; gate: Gate }>, found: DateMention[]): void {
  for (const { rule, gate } of rules) {
    for (const m of scanGated(gate, text)) {
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
