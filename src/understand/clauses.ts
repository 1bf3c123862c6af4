import { scanGated } from './scan.js';
import { gate } from './triggers.js';

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
 * numbers); a space between two CJK characters ("今天付不了 礼拜三吧").
 */
const BREAK = gate(/[，。；;！!？?、\n—–…~]|(?<!\d)[,.]|[,.](?!\d)|(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g);

export function splitClauses(text: string): Clauses {
  const starts = [0];
  for (const m of scanGated(BREAK, text)) starts.push(m.index + 1);
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
