/**
 * Clauses: the stretches between punctuation. A negation or a reason ("这周财务没空") speaks about the
 * date in its own clause, not the whole reply. Chinese often runs clauses together with a space.
 */
export interface Clauses {
  /** Index where each clause starts, ascending; clause k spans [starts[k], starts[k+1]). */
  starts: number[];
}

/**
 * Clause breaks: CJK and ASCII stops; a comma or point unless between digits (12,000 and 3.5 are
 * numbers); a space between two CJK characters ("今天付不了 礼拜三吧"). A loop over character codes:
 * the same test as a regex with look-arounds, at a tenth of the cost.
 */
const STOP = new Uint8Array(0x10000);
for (const ch of '，。；;！!？?、\n—–…~') STOP[ch.charCodeAt(0)] = 1;
const COMMA = 44;
const POINT = 46;
const SPACE = 32;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isCjk = (c: number) => c >= 0x3400 && c <= 0x9fff;

export function splitClauses(text: string): Clauses {
  const starts = [0];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Ideographs, most of a Chinese reply, are never breaks: no table line to read for each of them.
    if (c >= 0x3400 && c <= 0x9fff) continue;
    if (STOP[c] === 1) starts.push(i + 1);
    // Neighbours are read only inside the text: charCodeAt(-1) is NaN, but reading out of bounds
    // makes V8 fall back to slow generic code for the whole loop (the loop cost doubled).
    else if (c === COMMA || c === POINT) {
      if (!(i > 0 && i + 1 < n && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))) starts.push(i + 1);
    } else if (c === SPACE && i > 0 && i + 1 < n && isCjk(text.charCodeAt(i - 1)) && isCjk(text.charCodeAt(i + 1))) starts.push(i + 1);
  }
  return { starts };
}

export function clauseOf(clauses: Clauses, pos: number): number {
  const { starts } = clauses;
  let k = 0;
  while (k + 1 < starts.length && starts[k + 1]! <= pos) k++;
  return k;
}

export function clauseStart(clauses: Clauses, k: number): number {
  return clauses.starts[k]!;
}
