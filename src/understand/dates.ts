import { scan } from './scan.js';
import { GateList, firstPossibleStart, gate, lastPossibleStart, nextMayMatch, triggersOf, type Triggers } from './triggers.js';
import type { CivilDate } from './civil-date.js';
import type { DateContext, DateMention, DateRule, Tense } from './date-rule.js';
import { zhDateRules } from './date-rules-zh.js';
import { HAN_OR_DIGIT, LATIN, scriptsOf } from './scripts.js';
import { enDateRules } from './date-rules-en.js';

/**
 * A rule in one fixed shape: the rule tables mix fixed and computed tenses, with and without a resolver,
 * and reading those fields from differently shaped objects made each look-up a generic one.
 */
class Rule {
  readonly fixedTense: Tense | null;
  readonly tenseOf: ((m: RegExpExecArray) => Tense) | null;
  readonly vague: boolean;
  readonly resolve: ((m: RegExpExecArray, ctx: DateContext, past: boolean) => CivilDate | null) | null;

  constructor(rule: DateRule) {
    this.fixedTense = typeof rule.tense === 'function' ? null : rule.tense;
    this.tenseOf = typeof rule.tense === 'function' ? rule.tense : null;
    this.vague = rule.vague === true;
    this.resolve = rule.resolve ?? null;
  }
}

const zhRules = zhDateRules.map((rule) => new Rule(rule));
const enRules = enDateRules.map((rule) => new Rule(rule));
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
    private readonly rule: Rule,
  ) {}

  resolve(ctx: DateContext, past: boolean) {
    return this.rule.resolve !== null ? this.rule.resolve(this.match, ctx, past) : null;
  }
}

/**
 * Every date expression in the normalised text, in reading order; overlaps go to the more specific rule.
 * `scripts`: the text's script bits (scripts.ts), when the caller already knows them.
 */
export function findDates(text: string, scripts = scriptsOf(text), on: Triggers = triggersOf(text)): DateMention[] {
  const found: DateMention[] = [];
  if (scripts & HAN_OR_DIGIT) collect(text, on, zhRules, zhGates, found);
  if (scripts & LATIN) collect(text, on, enRules, enGates, found);
  return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}

/** Do positions first … last all fall inside one found mention? */
function withinOneFound(found: DateMention[], first: number, last: number): boolean {
  for (let i = 0; i < found.length; i++) if (found[i]!.start <= first && last < found[i]!.end) return true;
  return false;
}

function overlapsFound(found: DateMention[], start: number, end: number): boolean {
  for (let i = 0; i < found.length; i++) if (start < found[i]!.end && found[i]!.start < end) return true;
  return false;
}

function collect(text: string, on: Triggers, rules: Rule[], gates: GateList, found: DateMention[]): void {
  // Rules in order (an earlier rule wins an overlap), only those whose trigger words are in the text.
  for (let r = nextMayMatch(on, gates, 0); r >= 0; r = nextMayMatch(on, gates, r + 1)) {
    const rule = rules[r]!;
    const g = gates.gates[r]!;
    const first = firstPossibleStart(g);
    const last = lastPossibleStart(g);
    // 下周五 found, the week rule need not run on its 下周: every match it could find would start inside
    // a date already found, and so overlap it (a gated match is never empty).
    if (g.gated && withinOneFound(found, first, last)) continue;
    for (const m of scan(g.re, text, last, first)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsFound(found, start, end)) continue;
      found.push(new Mention(start, end, rule.tenseOf !== null ? rule.tenseOf(m) : rule.fixedTense!, rule.vague, m, rule));
    }
  }
}
