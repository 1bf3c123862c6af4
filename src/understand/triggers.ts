import { CANON, entryGrams, exitGrams } from './regex-grams.js';

/**
 * Which rules can match a text, found in one pass over it, so only those regexes run (about 10 of 100).
 * Every gated regex lists the strings of up to three characters its matches can start with, and those
 * they can end with (regex-grams.ts); a table maps each such string to the regexes it may start or end;
 * a text's characters, pairs and triples are looked up once, and a regex runs only if the text has both a
 * start and an end of it. Like Aho-Corasick with the depth fixed at three, and no regex ever wrongly skipped.
 */
export interface Gate {
  readonly re: RegExp;
  /** Registration order; a gate's bit is bit `index % BITS` of word `index / BITS`. */
  readonly index: number;
  readonly word: number;
  readonly bit: number;
  /** False for a regex whose starts could not be read: its bit is always on, so it always runs. */
  gated: boolean;
}

/** Bits used per word: 30, so every bit value is a small integer for V8 (1 << 30 and 1 << 31 are not). */
const BITS = 30;

const gates: Gate[] = [];
const lists: GateList[] = [];
let table: GramTable | null = null;
/** Bit words per plane; the trigger words hold two planes, gates started then gates ended. */
let words = 0;

/** Every registered gate, for tests. */
export function registeredGates(): readonly Gate[] {
  return gates;
}

/** Register `re` for gating; call at module level, before the first reply is read. */
export function gate(re: RegExp): Gate {
  const index = gates.length;
  const g: Gate = { re, index, word: (index / BITS) | 0, bit: 1 << index % BITS, gated: true };
  gates.push(g);
  table = null;
  return g;
}

/**
 * Gates asked about together (the rules of a language, the words of a signal). One test of the list's bits
 * says whether any of them may match; in a list registered in one run, those that may are found by their bits.
 */
export class GateList {
  /** This list's bits in each word; filled when the table is built (the word count is known then). */
  mask = new Int32Array(0);
  /** The gates were registered one after another, in list order: position = index - first index. */
  readonly consecutive: boolean;

  constructor(readonly gates: readonly Gate[]) {
    this.consecutive = gates.every((g, i) => g.index === gates[0]!.index + i);
    lists.push(this);
    table = null;
  }
}

/** Can any gate of `list` match the text `on` was read from? */
export function anyMayMatch(on: Triggers, list: GateList): boolean {
  const mask = list.mask;
  for (let w = 0; w < mask.length; w++) if ((on[w]! & mask[w]!) !== 0) return true;
  return false;
}

/** Position in `list` of the first gate at or after position `from` that may match, or -1. */
export function nextMayMatch(on: Triggers, list: GateList, from: number): number {
  const members = list.gates;
  if (!list.consecutive) {
    for (let i = from; i < members.length; i++) if (mayMatch(on, members[i]!)) return i;
    return -1;
  }
  if (from >= members.length) return -1;
  const first = members[0]!.index;
  const index = first + from;
  const mask = list.mask;
  for (let w = (index / BITS) | 0; w < mask.length; w++) {
    let bits = on[w]! & mask[w]!;
    if (w === ((index / BITS) | 0)) bits &= -(1 << index % BITS); // only bits at or after `index`
    if (bits !== 0) return w * BITS + (31 - Math.clz32(bits & -bits)) - first;
  }
  return -1;
}

/** A gram of 1–3 CANON characters as two int32 words: its length and first character, then the other two. */
function highKey(length: number, c0: number): number {
  return (length << 16) | c0; // never 0: length ≥ 1
}

function lowKey(c1: number, c2: number): number {
  return (c1 << 16) | c2;
}

/** A 32-bit hash of a gram: the table slot is its low bits, the bit of the triple filter its high bits. */
function hashOf(c0: number, c1: number, c2: number, length: number): number {
  let h = Math.imul(c0 ^ (length << 20), 0x9e3779b1);
  h = Math.imul(h ^ c1, 0x85ebca6b);
  h = Math.imul(h ^ c2, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Bits of the filter of three-character grams: 2^17, about 40 per gram, so few false alarms. */
const TRIPLE_BITS = 17;

/**
 * Exact map from a gram to the gates it may start or end (open addressing): no collisions, so no false alarms.
 * Kept small (a gram names one or two gates: a short list each, not a row of bit words), since every
 * reply reads a dozen random slots of it.
 */
class GramTable {
  /** Per slot, highKey then lowKey of its gram; a highKey of 0 is an empty slot. */
  readonly keys: Int32Array;
  /** Per slot, where its gates start in `refWord`/`refBit`, and how many. */
  readonly refStart: Int32Array;
  readonly refCount: Uint16Array;
  /**
   * A gate a gram names: the trigger word to set (start plane, then end plane) and the gate's bit, and
   * for a start, the gate's index (else -1), to note where in the text its last possible start is.
   */
  refWord = new Int32Array(0);
  refBit = new Int32Array(0);
  refStarts = new Int32Array(0);
  readonly mask: number;
  /** Per CANON character, the lengths of the grams that begin with it (bit 1 << length); most begin only triples. */
  readonly lengths = new Uint8Array(0x10000);
  /**
   * Per hash of a character pair, bit 1 << length when some gram of that length (2 or 3) begins with the
   * pair. A clear bit skips the exact look-up; a set one may be a shared hash and the table still decides.
   */
  readonly pairs = new Uint8Array(PAIR_SLOTS);
  /**
   * Bit (hash >>> (32 - TRIPLE_BITS)) set for every three-character gram: most character triples of a reply
   * begin no gram, and a clear bit answers that without a probe of the table.
   */
  readonly triples = new Int32Array((1 << TRIPLE_BITS) / 32);

  /** Gates whose starts could not be read: always "started"; likewise for ends. */
  readonly startless: Int32Array;
  readonly endless: Int32Array;

  /** Gates per gram, gathered while adding; laid out in refWord/refBit/refStarts by `seal`. */
  private readonly pending = new Map<number, Array<[number, number, number]>>();

  constructor(grams: number) {
    let size = 1024;
    while (size < grams * 2) size *= 2;
    this.keys = new Int32Array(size * 2);
    this.refStart = new Int32Array(size);
    this.refCount = new Uint16Array(size);
    this.mask = size - 1;
    this.startless = new Int32Array(words);
    this.endless = new Int32Array(words);
  }

  /** Record `gram` as a start (plane 0) or an end (plane 1) of `g`. */
  add(gram: string, g: Gate, plane: 0 | 1): void {
    const [c0, c1, c2] = [0, 1, 2].map((i) => (i < gram.length ? gram.charCodeAt(i) : 0)) as [number, number, number];
    const high = highKey(gram.length, c0);
    const low = lowKey(c1, c2);
    const hash = hashOf(c0, c1, c2, gram.length);
    let slot = hash & this.mask;
    if (gram.length === 3) {
      const bit = hash >>> (32 - TRIPLE_BITS);
      this.triples[bit >> 5] = this.triples[bit >> 5]! | (1 << (bit & 31));
    }
    while (this.keys[2 * slot] !== 0 && (this.keys[2 * slot] !== high || this.keys[2 * slot + 1] !== low)) slot = (slot + 1) & this.mask;
    this.keys[2 * slot] = high;
    this.keys[2 * slot + 1] = low;
    let refs = this.pending.get(slot);
    if (!refs) this.pending.set(slot, (refs = []));
    refs.push([plane * words + g.word, g.bit, plane === 0 ? g.index : -1]);
    this.lengths[c0] = this.lengths[c0]! | (1 << gram.length);
    if (gram.length > 1) this.pairs[pairSlot(c0, c1)] = this.pairs[pairSlot(c0, c1)]! | (1 << gram.length);
  }

  /** Lay the gathered gates out flat, once every gram is added. */
  seal(): void {
    let total = 0;
    for (const refs of this.pending.values()) total += refs.length;
    this.refWord = new Int32Array(total);
    this.refBit = new Int32Array(total);
    this.refStarts = new Int32Array(total);
    let at = 0;
    for (const [slot, refs] of this.pending) {
      this.refStart[slot] = at;
      this.refCount[slot] = refs.length;
      for (const [word, bit, starts] of refs) {
        this.refWord[at] = word;
        this.refBit[at] = bit;
        this.refStarts[at] = starts;
        at++;
      }
    }
    this.pending.clear();
  }

  /** OR into `on` the gates of the gram of `length` characters c0 c1 c2 at `at`, if it is one; note where gates may start. */
  find(on: Int32Array, at: number, length: number, c0: number, c1: number, c2: number, hash: number): void {
    const high = highKey(length, c0);
    const low = lowKey(c1, c2);
    const keys = this.keys;
    let slot = hash & this.mask;
    for (;;) {
      const k = keys[2 * slot]!;
      if (k === 0) return;
      if (k === high && keys[2 * slot + 1] === low) break;
      slot = (slot + 1) & this.mask;
    }
    const { refWord, refBit, refStarts } = this;
    const end = this.refStart[slot]! + this.refCount[slot]!;
    for (let r = this.refStart[slot]!; r < end; r++) {
      on[refWord[r]!] = on[refWord[r]!]! | refBit[r]!;
      const g = refStarts[r]!;
      if (g >= 0) {
        lastStart[g] = at; // positions only grow: the last write is the last start
        startStamp[g] = stamp;
      }
    }
  }
}

const PAIR_SLOTS = 1 << 14;

function pairSlot(c0: number, c1: number): number {
  return (Math.imul(c0, 0x9e3779b1) ^ c1) & (PAIR_SLOTS - 1);
}

function build(): GramTable {
  words = Math.ceil(gates.length / BITS);
  const startsOf = gates.map((g) => entryGrams(g.re, 3) ?? entryGrams(g.re, 2) ?? entryGrams(g.re, 1));
  const endsOf = gates.map((g) => exitGrams(g.re, 3) ?? exitGrams(g.re, 2) ?? exitGrams(g.re, 1));
  const count = (grams: Array<string[] | null>) => grams.reduce((n, list) => n + (list?.length ?? 0), 0);
  const built = new GramTable(count(startsOf) + count(endsOf));
  gates.forEach((g, i) => {
    const starts = startsOf[i];
    const ends = endsOf[i];
    g.gated = starts !== null;
    if (starts) for (const gram of starts) built.add(gram, g, 0);
    else built.startless[g.word] = built.startless[g.word]! | g.bit;
    if (ends && starts) for (const gram of ends) built.add(gram, g, 1);
    else built.endless[g.word] = built.endless[g.word]! | g.bit;
  });
  built.seal();
  for (const list of lists) {
    list.mask = new Int32Array(words);
    for (const g of list.gates) list.mask[g.word] = list.mask[g.word]! | g.bit;
  }
  return built;
}

/** The gates that may match `text`, as bit words. */
export type Triggers = Int32Array;

let lastText: string | null = null;
let lastTriggers: Triggers = new Int32Array(0);
/** Per gate, the last position in the last text where one of its starts begins, valid where startStamp is `stamp`. */
let lastStart = new Int32Array(0);
let startStamp = new Int32Array(0);
let stamp = 0;

/**
 * Triggers of `text`; the last text's are kept, since every stage of one reply asks about the same text.
 * The words are overwritten by the next text's: callers use them at once, never across another text.
 */
export function triggersOf(text: string): Triggers {
  if (text === lastText && table !== null) return lastTriggers;
  if (table === null) {
    table = build();
    lastTriggers = new Int32Array(2 * words);
    lastStart = new Int32Array(gates.length);
    startStamp = new Int32Array(gates.length);
  }
  stamp = (stamp + 1) | 0 || 1; // a new text: every noted start is stale (0 is never a stamp)
  const { lengths, pairs, triples, startless, endless } = table;
  const on = lastTriggers;
  for (let w = 0; w < on.length; w++) on[w] = 0; // a loop: fill() is a call into the runtime
  const n = text.length;
  let c1 = n > 0 ? CANON[text.charCodeAt(0)]! : 0;
  let c2 = n > 1 ? CANON[text.charCodeAt(1)]! : 0;
  for (let i = 0; i < n; i++) {
    const c0 = c1;
    c1 = c2;
    c2 = i + 2 < n ? CANON[text.charCodeAt(i + 2)]! : 0;
    const starts = lengths[c0]!;
    if (starts === 0) continue;
    if (starts & 2) table.find(on, i, 1, c0, 0, 0, hashOf(c0, 0, 0, 1));
    if (i + 1 >= n) continue;
    const pair = pairs[pairSlot(c0, c1)]! & starts;
    if (pair & 4) table.find(on, i, 2, c0, c1, 0, hashOf(c0, c1, 0, 2));
    if (pair & 8 && i + 2 < n) {
      const hash = hashOf(c0, c1, c2, 3);
      const bit = hash >>> (32 - TRIPLE_BITS);
      if ((triples[bit >> 5]! & (1 << (bit & 31))) !== 0) table.find(on, i, 3, c0, c1, c2, hash);
    }
  }
  // A gate may match only if the text has one of its starts and one of its ends.
  for (let w = 0; w < words; w++) on[w] = (on[w]! | startless[w]!) & (on[words + w]! | endless[w]!);
  lastText = text;
  return on;
}

/**
 * After which position of the text last given to triggersOf no match of `g` can start: the last place one
 * of its starts begins; -1 if none does, Infinity for a gate whose starts are unknown.
 */
export function lastPossibleStart(g: Gate): number {
  if (!g.gated) return Infinity;
  return startStamp[g.index] === stamp ? lastStart[g.index]! : -1;
}

/** False only when `g` cannot match anywhere in the text `on` was read from. */
export function mayMatch(on: Triggers, g: Gate): boolean {
  return (on[g.word]! & g.bit) !== 0;
}
