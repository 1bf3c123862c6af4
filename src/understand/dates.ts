import { scan } from './scan.js';
import { GateList, gate, lastPossibleStart, nextMayMatch, triggersOf, type Triggers } from './triggers.js';
import type { DateContext, DateMention, DateRule, Tense } from './date-rule.js';
import { zhDateRules } from './date-rules-zh.js';
import { HAN_OR_DIGIT, LATIN, scriptsOf } from './scripts.js';
import { enDateRules } from './date-rules-en.js';

const zhGates = new GateList(zhDateRules.map((rule) => gate(rule.re)));
const enGates = new GateList(enDateRules.map((rule) => gate(rule.re)));

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
/** `scripts`: the text's script bits (scripts.ts), when the caller already knows them. */
export function findDates(text: string, scripts = scriptsOf(text)): DateMention[] {
  const found: DateMention[] = [];
  const on = triggersOf(text);
  if (scripts & HAN_OR_DIGIT) collect(text, on, zhDateRules, zhGates, found);
  if (scripts & LATIN) collect(text, on, enDateRules, enGates, found);
  return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}

function overlapsFound(found: DateMention[], start: number, end: number): boolean {
  for (let i = 0; i < found.length; i++) if (start < found[i]!.end && found[i]!.start < end) return true;
  return false;
}

function collect(text: string, on: Triggers, rules: DateRule[], gates: GateList, found: DateMention[]): void {
  // Rules in order (an earlier rule wins an overlap), only those whose trigger words are in the text.
  for (let r = nextMayMatch(on, gates, 0); r >= 0; r = nextMayMatch(on, gates, r + 1)) {
    const rule = rules[r]!;
    for (const m of scan(rule.re, text, lastPossibleStart(gates.gates[r]!))) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsFound(found, start, end)) continue;
      found.push(new Mention(start, end, typeof rule.tense === 'function' ? rule.tense(m) : rule.tense, rule.vague === true, m, rule));
    }
  }
}
