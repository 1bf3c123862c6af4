import { mayMatch, triggersOf, type Gate } from './triggers.js';

/**
 * Every match of a global regex. Unlike String#matchAll it does not clone the regex per call,
 * which at a few microseconds per reply is most of the budget.
 */
export function scan(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const NONE: RegExpExecArray[] = [];

/** scan() of a gated regex over the whole `text`: nothing, without running it, when its trigger words are absent. */
export function scanGated(g: Gate, text: string): RegExpExecArray[] {
  return mayMatch(triggersOf(text), g) ? scan(g.re, text) : NONE;
}
