import { scan } from './scan.js';
import { gate, mayMatch, triggersOf, type Gate, type Triggers } from './triggers.js';
import type { DateMention, DateRule } from './date-rule.js';
import { zhDateRules } from './date-rules-zh.js';
import { enDateRules } from './date-rules-en.js';

const HAS_CJK_OR_DIGIT = /[\u3400-\u9fff\d]/;
const HAS_LATIN = /[a-z]/;

const zhGates = zhDateRules.map((rule) => gate(rule.re));
const enGates = enDateRules.map((rule) => gate(rule.re));

const NO_RESOLVE = () => null;

/** Every date expression in the normalised text, in reading order; overlaps go to the more specific rule. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  const on = triggersOf(text);
  if (HAS_CJK_OR_DIGIT.test(text)) collect(text, on, zhDateRules, zhGates, found);
  if (HAS_LATIN.test(text)) collect(text, on, enDateRules, enGates, found);
  return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}

function collect(text: string, on: Triggers, rules: DateRule[], gates: Gate[], found: DateMention[]): void {
  for (let r = 0; r < rules.length; r++) {
    if (!mayMatch(on, gates[r]!)) continue;
    const rule = rules[r]!;
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
        resolve: resolve ? (ctx, past) => resolve(m, ctx, past) : NO_RESOLVE,
      });
    }
  }
}
