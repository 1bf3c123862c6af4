/**
 * The ways a regex can start: every string of up to `k` characters that begins some match ("entry grams").
 * If none of a regex's entry grams occurs in a text, the regex cannot match it, so it need not run.
 * Derived from the regex source, so a rule edited tomorrow is still gated correctly; anything this
 * reader does not understand makes the regex ungated (always run), never wrongly skipped.
 */

/** Stands for "any character": a gram is cut before it, so it only constrains the characters before. */
export const ANY = '\uffff';

const WHITESPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const DIGITS = '0123456789';

/**
 * Grams are read with every digit as 0 and every space as ' ', in the regex and in the text alike:
 * \d\s*号 then has 3 shapes instead of hundreds, so it can be gated on all three characters.
 */
export const CANON = new Uint16Array(0x10000).map((_, c) => c);
for (const ch of DIGITS) CANON[ch.charCodeAt(0)] = 48;
for (const ch of WHITESPACE) CANON[ch.charCodeAt(0)] = 32;

function canon(ch: string): string {
  return String.fromCharCode(CANON[ch.charCodeAt(0)]!);
}

class Ungated extends Error {}

type Grams = Set<string>;

const WORD = `${DIGITS}abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_`;
/** A class wider than this is treated as any character ([\u3400-\u9fff] has 27,000). */
const WIDEST_CLASS = 256;

/** Entry grams of `re` of up to `k` characters, or null when it cannot be gated (it may match empty, or anything). */
export function entryGrams(re: RegExp, k: number, limit = 400): string[] | null {
  return grams(re, k, limit, false);
}

/**
 * Exit grams: the strings of up to `k` characters a match can end with, or null. A text needs one of them
 * as well as an entry gram: "day after tomorrow" starts like "day off" but cannot match without "row"/"tmr".
 */
export function exitGrams(re: RegExp, k: number, limit = 400): string[] | null {
  return grams(re, k, limit, true);
}

function grams(re: RegExp, k: number, limit: number, fromEnd: boolean): string[] | null {
  if (re.flags.includes('i') || re.flags.includes('u') || re.flags.includes('v')) return null;
  try {
    const reader = new Reader(re.source, k, limit, fromEnd);
    const read = reader.alternation();
    if (reader.pos !== re.source.length) return null;
    const cut = new Set<string>();
    for (const g of read) {
      // An ANY ends what a gram can say: read from the start, the characters before it; from the end, after it.
      const head = fromEnd ? g.slice(g.lastIndexOf(ANY) + 1) : g.slice(0, g.includes(ANY) ? g.indexOf(ANY) : g.length);
      if (head === '') return null;
      cut.add(head);
    }
    // A gram that extends a shorter one adds nothing: the shorter is in every text the longer is.
    const covers = (h: string, g: string) => h.length < g.length && (fromEnd ? g.endsWith(h) : g.startsWith(h));
    return [...cut].filter((g) => ![...cut].some((h) => covers(h, g)));
  } catch (err) {
    if (err instanceof Ungated) return null;
    throw err;
  }
}

class Reader {
  pos = 0;

  constructor(
    private readonly src: string,
    private readonly k: number,
    private readonly limit: number,
    /** Read the last k characters of a match instead of the first. */
    private readonly fromEnd = false,
  ) {}

  alternation(): Grams {
    const out = this.sequence();
    while (this.src[this.pos] === '|') {
      this.pos++;
      for (const g of this.sequence()) out.add(g);
    }
    return out;
  }

  private sequence(): Grams {
    if (this.fromEnd) {
      // Read every item first, then join them from the last one back.
      const items: Grams[] = [];
      while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') items.push(this.quantified());
      let out: Grams = new Set(['']);
      for (let i = items.length - 1; i >= 0; i--) out = this.concat(items[i]!, out);
      return out;
    }
    let out: Grams = new Set(['']);
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      out = this.concat(out, this.quantified());
    }
    return out;
  }

  private quantified(): Grams {
    const atom = this.atom();
    const q = this.quantifier();
    if (!q) return atom;
    const [min, max] = q;
    // Repeats past k add nothing a gram of k characters can see.
    const lo = Math.min(min, this.k);
    const hi = Math.min(max, this.k);
    let power: Grams = new Set(['']);
    for (let n = 0; n < lo; n++) power = this.concat(power, atom);
    const out = new Set(power);
    for (let n = lo; n < hi; n++) {
      power = this.concat(power, atom);
      for (const g of power) out.add(g);
    }
    return this.checked(out);
  }

  private quantifier(): [number, number] | null {
    const ch = this.src[this.pos];
    let q: [number, number] | null = null;
    if (ch === '?') q = [0, 1];
    else if (ch === '*') q = [0, Infinity];
    else if (ch === '+') q = [1, Infinity];
    else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) throw new Ungated();
      this.pos += m[0].length - 1;
      q = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
    }
    if (!q) return null;
    this.pos++;
    if (this.src[this.pos] === '?') this.pos++; // lazy: same language
    return q;
  }

  private atom(): Grams {
    const ch = this.src[this.pos]!;
    this.pos++;
    if (ch === '(') return this.group();
    if (ch === '[') return this.charClass();
    if (ch === '\\') return this.escape(false);
    if (ch === '.') return new Set([ANY]);
    if (ch === '^' || ch === '$') return new Set(['']);
    if (ch === '*' || ch === '+' || ch === '?' || ch === '{' || ch === '|' || ch === ')') throw new Ungated();
    return new Set([canon(ch)]);
  }

  private group(): Grams {
    const rest = this.src.slice(this.pos, this.pos + 3);
    let lookaround = false;
    if (rest.startsWith('?:')) this.pos += 2;
    else if (rest.startsWith('?=') || rest.startsWith('?!')) (this.pos += 2), (lookaround = true);
    else if (rest.startsWith('?<=') || rest.startsWith('?<!')) (this.pos += 3), (lookaround = true);
    else if (rest.startsWith('?<')) this.pos = this.src.indexOf('>', this.pos) + 1;
    else if (rest.startsWith('?')) throw new Ungated();
    const inner = this.alternation();
    if (this.src[this.pos] !== ')') throw new Ungated();
    this.pos++;
    // A lookaround consumes nothing; ignoring what it demands only lets more texts through.
    return lookaround ? new Set(['']) : inner;
  }

  private charClass(): Grams {
    let negated = false;
    if (this.src[this.pos] === '^') (negated = true), this.pos++;
    const chars = new Set<string>();
    let wide = false;
    while (this.src[this.pos] !== ']') {
      if (this.pos >= this.src.length) throw new Ungated();
      const first = this.classChar();
      if (first === null) {
        wide = true;
        continue;
      }
      if (first.length === 1 && this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']') {
        this.pos++;
        const last = this.classChar();
        if (last === null || last.length !== 1) throw new Ungated();
        const from = first.charCodeAt(0);
        const to = last.charCodeAt(0);
        if (to - from >= WIDEST_CLASS) wide = true;
        else for (let c = from; c <= to; c++) chars.add(String.fromCharCode(c));
      } else {
        for (const c of first) chars.add(c);
      }
    }
    this.pos++;
    if (negated || wide) return new Set([ANY]);
    return this.checked(new Set([...chars].map(canon)));
  }

  /** One member of a class: a character, or a string of them for \d \s \w; null for anything wider. */
  private classChar(): string | null {
    const ch = this.src[this.pos]!;
    this.pos++;
    if (ch !== '\\') return ch;
    const set = this.escape(true);
    return set.has(ANY) ? null : [...set].join('');
  }

  private escape(inClass: boolean): Grams {
    const ch = this.src[this.pos]!;
    this.pos++;
    const one = (s: string) => new Set(s.split('').map(canon));
    switch (ch) {
      case 'd': return one(DIGITS);
      case 's': return one(WHITESPACE);
      case 'w': return one(WORD);
      case 'D': case 'S': case 'W': return new Set([ANY]);
      case 'b': return inClass ? one('\b') : new Set(['']);
      case 'B': return new Set(['']);
      case 'n': return one('\n');
      case 'r': return one('\r');
      case 't': return one('\t');
      case 'v': return one('\v');
      case 'f': return one('\f');
      case '0': return one('\0');
      case 'u': case 'x': {
        const len = ch === 'u' ? 4 : 2;
        const hex = this.src.slice(this.pos, this.pos + len);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) throw new Ungated();
        this.pos += len;
        return one(String.fromCharCode(parseInt(hex, 16)));
      }
      default:
        if (/[0-9a-zA-Z]/.test(ch)) throw new Ungated(); // back-references, \p, \c…: not read here
        return one(ch);
    }
  }

  /** The grams of `a` followed by `b`: their first k characters, or from the end, their last k. */
  private concat(a: Grams, b: Grams): Grams {
    return this.fromEnd ? this.concatFromEnd(a, b) : this.concatFromStart(a, b);
  }

  private concatFromStart(a: Grams, b: Grams): Grams {
    let open = 0;
    for (const x of a) if (x !== '' && x.length < this.k && !x.endsWith(ANY)) open++;
    // Too many combinations (a run of \s, \d): stop those grams here rather than give up on the regex.
    const cut = open * b.size > this.limit;
    const out: Grams = new Set();
    for (const x of a) {
      if (x.length >= this.k || x.endsWith(ANY)) out.add(x);
      else if (cut && x !== '') out.add(x + ANY);
      else for (const y of b) out.add((x + y).slice(0, this.k));
    }
    return this.checked(out);
  }

  /** Mirror of concatFromStart: `b` is what was read after, and its grams grow leftwards into `a`. */
  private concatFromEnd(a: Grams, b: Grams): Grams {
    let open = 0;
    for (const y of b) if (y !== '' && y.length < this.k && !y.startsWith(ANY)) open++;
    const cut = open * a.size > this.limit;
    const out: Grams = new Set();
    for (const y of b) {
      if (y.length >= this.k || y.startsWith(ANY)) out.add(y);
      else if (cut && y !== '') out.add(ANY + y);
      else for (const x of a) out.add((x + y).slice(-this.k));
    }
    return this.checked(out);
  }

  private checked(set: Grams): Grams {
    if (set.size > this.limit) throw new Ungated();
    return set;
  }
}
