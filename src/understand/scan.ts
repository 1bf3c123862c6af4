import { firstPossibleStart, lastPossibleStart, mayMatch, triggersOf, type Gate, type Triggers } from './triggers.js';

/**
 * Every match of a global regex. Unlike String#matchAll it does not clone the regex per call,
 * which at a few microseconds per reply is most of the budget. `lastStart`: no match starts after it
 * (from the trigger table), so once past it there is no need to run the regex again to find nothing.
 */
export function scan(re: RegExp, text: string, lastStart = Infinity, firstStart = 0): readonly RegExpExecArray[] {
  let out: RegExpExecArray[] | null = null; // most gated regexes that run find nothing: no array for them
  re.lastIndex = firstStart; // no match starts before it (the trigger table); lookbehinds still see the text there
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (out === null) out = [m]; // an array of one: most scans find one match, and [] grows on its first push
    else out.push(m);
    if (m[0].length === 0) re.lastIndex++;
    if (re.lastIndex > lastStart) break;
  }
  return out ?? NONE;
}

const NONE: readonly RegExpExecArray[] = [];

/** scan() of a gated regex over the whole `text`: nothing, without running it, when its trigger words are absent. */
export function scanGated(g: Gate, text: string, on: Triggers = triggersOf(text)): readonly RegExpExecArray[] {
  return mayMatch(on, g) ? scan(g.re, text, lastPossibleStart(g), firstPossibleStart(g)) : NONE;
}
