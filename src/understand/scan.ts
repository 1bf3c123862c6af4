import { mayMatch, triggersOf, type Gate } from './triggers.js';

/**
 * Every match of a global regex. Unlike String#matchAll it does not clone the regex per call,
 * which at a few microseconds per reply is most of the budget.
 */
export function scan(re: RegExp, text: string, nonEmpty = false): readonly RegExpExecArray[] {
  let out: RegExpExecArray[] | null = null; // most gated regexes that run find nothing: no array for them
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    (out ??= []).push(m);
    if (m[0].length === 0) re.lastIndex++;
    // A match that reaches the end leaves room only for an empty one: no second run for a regex that has none.
    else if (nonEmpty && re.lastIndex >= text.length) break;
  }
  return out ?? NONE;
}

const NONE: readonly RegExpExecArray[] = [];

/**
 * scan() of a gated regex over the whole `text`: nothing, without running it, when its trigger words are absent.
 * A gated regex has entry grams, so it cannot match the empty string.
 */
export function scanGated(g: Gate, text: string): readonly RegExpExecArray[] {
  return mayMatch(triggersOf(text), g) ? scan(g.re, text, g.gated) : NONE;
}
