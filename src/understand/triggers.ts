import { CANON, entryGrams } from './regex-grams.js';

/**
 * Which rules can match a text, found in one pass over it, so only those regexes run (about 10 of 120).
 * Every gated regex lists the strings of up to three characters its matches can start with (regex-grams.ts);
 * a table maps each such string's hash to the regexes it may start; a text's characters, pairs and triples
 * are looked up once. Hash collisions only let more regexes run, never fewer.
 */
export interface Gate {
  readonly re: RegExp;
  /** Index of the gate's bit word; -1 runs always (a regex whose starts could not be read). */
  word: number;
  bit: number;
}

const gates: Gate[] = [];
let tables: Int32Array[] | null = null;
/** CANON characters some gram begins with; a position starting with any other is not looked up. */
const starts = new Uint8Array(0x10000);
let words = 0;

/** Every registered gate, for tests. */
export function registeredGates(): readonly Gate[] {
  return gates;
}

/** Register `re` for gating; call at module level, before the first reply is read. */
export function gate(re: RegExp): Gate {
  const g: Gate = { re, word: -1, bit: 0 };
  gates.push(g);
  tables = null;
  return g;
}

const BITS = [12, 13, 13]; // table sizes for one, two and three characters (log2)
const SIZES = BITS.map((b) => 1 << b);
const [SHIFT1, SHIFT2, SHIFT3] = BITS.map((b) => 32 - b) as [number, number, number];

/** Hash of a gram (already in CANON form). */
function hash(text: string, at: number, length: number): number {
  let h = Math.imul(text.charCodeAt(at), 0x9e3779b1);
  for (let i = 1; i < length; i++) h = Math.imul(h ^ text.charCodeAt(at + i), 0x85ebca6b);
  return (h ^ (h >>> 15)) >>> (32 - BITS[length - 1]!);
}

function build(): Int32Array[] {
  words = Math.ceil(gates.length / 32);
  starts.fill(0);
  const built = SIZES.map((size) => new Int32Array(size * words));
  gates.forEach((g, i) => {
    const grams = entryGrams(g.re, 3) ?? entryGrams(g.re, 2) ?? entryGrams(g.re, 1);
    if (!grams) {
      g.word = -1;
      return;
    }
    g.word = i >> 5;
    g.bit = 1 << (i & 31);
    for (const gram of grams) {
      starts[gram.charCodeAt(0)] = 1;
      const table = built[gram.length - 1]!;
      const at = hash(gram, 0, gram.length) * words + g.word;
      table[at] = table[at]! | g.bit;
    }
  });
  return built;
}

/** The gates that may match `text`, as bit words. */
export type Triggers = Int32Array;

let lastText: string | null = null;
let lastTriggers: Triggers = new Int32Array(0);

/** Triggers of `text`; the last text's are kept, since every stage of one reply asks about the same text. */
export function triggersOf(text: string): Triggers {
  if (text === lastText && tables !== null) return lastTriggers;
  if (tables === null) tables = build();
  const on = new Int32Array(words);
  const [one, two, three] = tables as [Int32Array, Int32Array, Int32Array];
  const n = text.length;
  // hash() unrolled over the text in CANON form: the pair and triple hashes extend the single one.
  let c1 = n > 0 ? CANON[text.charCodeAt(0)]! : 0;
  let c2 = n > 1 ? CANON[text.charCodeAt(1)]! : 0;
  for (let i = 0; i < n; i++) {
    const c0 = c1;
    c1 = c2;
    c2 = i + 2 < n ? CANON[text.charCodeAt(i + 2)]! : 0;
    if (starts[c0] === 0) continue;
    const h1 = Math.imul(c0, 0x9e3779b1);
    const a = ((h1 ^ (h1 >>> 15)) >>> SHIFT1) * words;
    const h2 = Math.imul(h1 ^ c1, 0x85ebca6b);
    const b = i + 1 < n ? ((h2 ^ (h2 >>> 15)) >>> SHIFT2) * words : -1;
    const h3 = Math.imul(h2 ^ c2, 0x85ebca6b);
    const c = i + 2 < n ? ((h3 ^ (h3 >>> 15)) >>> SHIFT3) * words : -1;
    for (let w = 0; w < words; w++) {
      let bits = one[a + w]!;
      if (b >= 0) bits |= two[b + w]!;
      if (c >= 0) bits |= three[c + w]!;
      on[w] = on[w]! | bits;
    }
  }
  lastText = text;
  lastTriggers = on;
  return on;
}

/** False only when `g` cannot match anywhere in the text `on` was read from. */
export function mayMatch(on: Triggers, g: Gate): boolean {
  return g.word < 0 || (on[g.word]! & g.bit) !== 0;
}

/** Does `g` match `part`, a stretch of `text`? Not run when its trigger words are nowhere in `text`. */
export function matchesIn(text: string, g: Gate, part: string): boolean {
  return mayMatch(triggersOf(text), g) && g.re.test(part);
}
