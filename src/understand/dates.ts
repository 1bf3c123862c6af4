import { scan } from './scan.js';
import { GateList, gate, nextMayMatch, triggersOf, type Triggers } from './triggers.js';
import type { DateContext, DateMention, DateRule, Tense } from './date-rule.js';
import { zhDateRules } from './date-rules-zh.js';
import { enDateRules } from './date-rules-en.js';

/** Bit 1: a CJK character or a digit (the Chinese rules can apply); bit 2: a-z (the English ones can). */
const ZH = 1;
const EN = 2;
/** Which rule sets can apply, in one loop over character codes (two regex tests cost more on short replies). */
function scriptsOf(text: string): number {
  let seen = 0;
  for (let i = 0; i < text.length && seen !== (ZH | EN); i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 48 && c <= 57)) seen |= ZH;
    else if (c >= 97 && c <= 122) seen |= EN;
  }
  return seen;
}

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
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  const on = triggersOf(text);
  const scripts = scriptsOf(text);
  if (scripts & ZH) collect(text, on, zhDateRules, zhGates, found);
  if (scripts & EN) collect(text, on, enDateRules, enGates, found);
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
    for (const m of scan(rule.re, text, gates.gates[r]!.gated)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsFound(found, start, end)) continue;
      found.push(new Mention(start, end, typeof rule.tense === 'function' ? rule.tense(m) : rule.tense, rule.vague === true, m, rule));
    }
  }
}
