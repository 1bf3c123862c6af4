/**
 * Clauses: the stretches between punctuation. A negation or a reason ("这周财务没空") speaks about the
 * date in its own clause, not the whole reply. Chinese often runs clauses together with a space.
 */
export interface Clauses {
  /** Index where each clause starts, ascending; clause k spans [starts[k], starts[k+1]). */
  starts: number[];
}

function isCjk(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function splitClauses(text: string): Clauses {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let boundary = false;
    switch (text[i]) {
      case '，': case '。': case '；': case ';': case '！': case '!': case '？': case '?': case '、': case '\n': case '—': case '–': case '…': case '~':
        boundary = true;
        break;
      case ',': case '.':
        // 12,000 and 3.5 are numbers, not clause breaks.
        boundary = !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
        break;
      case ' ':
        boundary = isCjk(text.charCodeAt(i - 1)) && isCjk(text.charCodeAt(i + 1));
        break;
      default:
        boundary = code === 0x3002;
    }
    if (boundary) starts.push(i + 1);
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
