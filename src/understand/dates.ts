import { scan } from './scan.js';
import { gate, mayMatch, triggersOf, type Gate, type Triggers } from './triggers.js';
import type { DateContext, DateMention, DateRule, Tense } from './date-rule.js';
import { zhDateRules } from './date-rules-zh.js';
import { enDateRules } from './date-rules-en.js';

const HAS_CJK_OR_DIGIT = /[\u3400-\u9fff\d]/;
const HAS_LATIN = /[a-z]/;

const zhGates = zhDateRules.map((rule) => gate(rule.re));
const enGates = enDateRules.map((rule) => gate(rule.re));

/** A found expression; it keeps its match and rule, so resolving needs no closure per mention. */
class Mention implements DateMention {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly tense: Tense,
    readonly vague: boolean,
    private readonly match: RegExpExecArray,
    private readonly rule: DateRule,
  ) {}

  resolve(ctx: DateContext, past: boolean) {
    return this.rule.resolve ? this.rule.resolve(this.match, ctx, past) : null;
  }
}

/** Every date expression in the normalised text, in reading order; overlaps go to the more specific rule. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  const on = triggersOf(text);
  if (HAS_CJK_OR_DIGIT.test(text)) collect(text, on, zhDateRules, zhGates, found);
  if (HAS_LATIN.test(text)) collect(text, on, enDateRules, enGates, found);
  return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}

function overlapsFound(found: DateMention[], start: number, end: number): boolean {
  for (let i = 0; i < found.length; i++) if (start < found[i]!.end && found[i]!.start < end) return true;
  return false;
}

function collect(text: string, on: Triggers, rules: DateRule[], gates: Gate[], found: DateMention[]): void {
  for (let r = 0; r < rules.length; r++) {
    if (!mayMatch(on, gates[r]!)) continue;
    const rule = rules[r]!;
    for (const m of scan(rule.re, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsFound(found, start, end)) continue;
      found.push(new Mention(start, end, typeof rule.tense === 'function' ? rule.tense(m) : rule.tense, rule.vague === true, m, rule));
    }
  }
}
