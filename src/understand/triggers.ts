import { breaksAfter, mayBreakAfter, type Clauses } from './clauses.js';
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

/** 1 if a and b are equal, else 0, by arithmetic (both non-negative and below 2^31): no branch. */
function same(a: number, b: number): number {
  return ((a ^ b) - 1) >>> 31;
}

/** Bits used per word: 30, so every bit value is a small integer for V8 (1 << 30 and 1 << 31 are not). */
const BITS = 30;

const gates: Gate[] = [];
const lists: GateList[] = [];
let table: GramTrie | null = null;
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

/** In a classOf entry, above the class: a clause may start after this character (mayBreakAfter). */
const BREAK_CANDIDATE = 0x8000;
/** The class itself. */
const CLASS = 0x7fff;

/**
 * The grams as a trie over character classes (every CANON character some gram uses has a class; all
 * others are class 0), laid out as a double array (`placed`): the child of the node at slot p by class k
 * is the slot base[p] + k, and it is one only if that slot's check names p. Following a text costs a few
 * array reads per character and no hashing; the trie itself is about 26 KB (6,600 slots of one word).
 */
class GramTrie {
  /**
   * Per raw character code, its class: CANON first, then the class of the CANON character (0: in no gram);
   * plus BREAK_CANDIDATE, so that the walk tests its clause breaks on the value it reads anyway.
   */
  readonly classOf = new Uint16Array(0x10000);
  /**
   * One word per slot: its parent node + 1 in the high half (0: a free slot); in the low half, where its
   * children start (add the class) times two, plus one if a gram ends at this node. One read per step.
   */
  nodes = new Int32Array(0);
  /** Per node slot where a gram ends, where its entry in `effects` starts. */
  effectAt = new Int32Array(0);
  /**
   * What finding a gram does, in six words per gram, the same shape for every gram so that applying
   * it has no loop whose length the processor must guess: two trigger words (start plane, then end
   * plane) and their bits, one gate it may start (to note where its possible starts are), and where the
   * rest is in `moreEffects` (0: none). Unused places name the scratch word and the scratch gate.
   */
  effects = new Int32Array(0);
  /** The rest of a gram's effects, for the one gram in ten that has more: a count of words, each word and its bits, a count of gates, each gate. */
  moreEffects = new Int32Array(0);

  /** Gates whose starts could not be read: always "started"; likewise for ends. */
  readonly startless = new Int32Array(words);
  readonly endless = new Int32Array(words);

  /** While building: each gram's gates, by the gram itself. */
  private readonly pending = new Map<string, Array<[number, number, number]>>();

  /** Record `gram` as a start (plane 0) or an end (plane 1) of `g`. */
  add(gram: string, g: Gate, plane: 0 | 1): void {
    let refs = this.pending.get(gram);
    if (!refs) this.pending.set(gram, (refs = []));
    refs.push([plane * words + g.word, g.bit, plane === 0 ? g.index : -1]);
  }

  /** Build the trie from the gathered grams, once every gram is added. */
  seal(): void {
    const grams = [...this.pending.keys()];
    const classes = new Map<number, number>();
    for (const gram of grams) for (let i = 0; i < gram.length; i++) {
      const c = gram.charCodeAt(i);
      if (!classes.has(c)) classes.set(c, classes.size + 1);
    }
    const classOfCanon = new Uint16Array(0x10000); // the Map as a table: 65,536 Map look-ups took 20 ms
    for (const [c, k] of classes) classOfCanon[c] = k;
    if (classes.size > CLASS) throw new Error(`the grams use ${classes.size} characters; classOf holds ${CLASS}`);
    for (let c = 0; c < 0x10000; c++) this.classOf[c] = classOfCanon[CANON[c]!]! | (mayBreakAfter(c) ? BREAK_CANDIDATE : 0);

    const { children, parentOf, gramOf } = trieOf(grams, classes);
    const width = classes.size + 1;
    const { check, base, slotOf } = placed(children, width);
    // Room for base + any class past the last used slot, so a look-up never reads out of bounds.
    let used = 0;
    for (let i = 0; i < check.length; i++) if (check[i] !== 0 || base[i] !== 0) used = i;
    const length = Math.min(check.length, used + width + 1);
    if (2 * length > 0x7fff) throw new Error(`the gram trie needs ${length} slots; a node word's halves hold 16,383`);
    this.nodes = new Int32Array(length);
    for (let i = 0; i < length; i++) this.nodes[i] = (check[i]! << 16) | (base[i]! * 2);

    this.effectAt = new Int32Array(length);
    const effects: number[] = [];
    const more: number[] = [0]; // offset 0 means none
    for (let node = 1; node < children.length; node++) {
      const gram = gramOf[node];
      if (gram === null || gram === undefined) continue;
      // The grams on the way down to this one start where it starts: the walk notes only the deepest
      // gram a position has, so its entry carries theirs too.
      const refs: Array<[number, number, number]> = [];
      for (let up = node; up > 0; up = parentOf[up]!) {
        const onTheWay = gramOf[up];
        if (onTheWay !== null && onTheWay !== undefined) refs.push(...this.pending.get(onTheWay)!);
      }
      this.effectAt[slotOf[node]!] = effects.length;
      this.nodes[slotOf[node]!] = this.nodes[slotOf[node]!]! | 1; // a gram ends here
      const bitsByWord = new Map<number, number>();
      for (const [word, bit] of refs) bitsByWord.set(word, (bitsByWord.get(word) ?? 0) | bit);
      const wordOps = [...bitsByWord].flat();
      const starts = [...new Set(refs.map((r) => r[2]).filter((g) => g >= 0))];
      while (wordOps.length < 4) wordOps.push(2 * words, 0); // the scratch word, no bits
      const restWords = wordOps.slice(4);
      const restStarts = starts.slice(1);
      effects.push(...wordOps.slice(0, 4), starts[0] ?? gates.length);
      if (restWords.length === 0 && restStarts.length === 0) effects.push(0);
      else {
        effects.push(more.length);
        more.push(restWords.length / 2, ...restWords, restStarts.length, ...restStarts);
      }
    }
    this.effects = Int32Array.from(effects);
    this.moreEffects = Int32Array.from(more);
    this.pending.clear();
  }


  /** OR into `on` the gates of the gram ending at node `slot`, which starts at `at`; note where gates may start. */
  found(on: Int32Array, at: number, slot: number): void {
    const effects = this.effects;
    const p = this.effectAt[slot]!;
    on[effects[p]!] = on[effects[p]!]! | effects[p + 1]!;
    on[effects[p + 2]!] = on[effects[p + 2]!]! | effects[p + 3]!;
    const position = textBase + at; // positions only grow: the last write is the last start
    noteStart(effects[p + 4]!, position);
    if (effects[p + 5] !== 0) this.foundMore(on, effects[p + 5]!, position);
  }

  /** The rest of a gram's effects (moreEffects at `p`). */
  private foundMore(on: Int32Array, p: number, position: number): void {
    const more = this.moreEffects;
    for (let w = more[p++]!; w > 0; w--, p += 2) on[more[p]!] = on[more[p]!]! | more[p + 1]!;
    for (let g = more[p++]!; g > 0; g--) noteStart(more[p++]!, position);
  }

}

/** The grams as a trie of maps from class to child (node 0 is the root), and the gram ending at each node. */
function trieOf(grams: string[], classes: Map<number, number>) {
  const children: Array<Map<number, number>> = [new Map()];
  const parentOf: number[] = [-1];
  const gramOf: Array<string | null> = [null];
  for (const gram of grams) {
    let node = 0;
    for (let i = 0; i < gram.length; i++) {
      const k = classes.get(gram.charCodeAt(i))!;
      let child = children[node]!.get(k);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        parentOf.push(node);
        gramOf.push(null);
        children[node]!.set(k, child);
      }
      node = child;
    }
    gramOf[node] = gram;
  }
  return { children, parentOf, gramOf };
}

/**
 * The trie laid out as a double array, first fit: the root at slot 0, the children of the node at
 * slot p at base[p] + class, each marked in `check` with p + 1.
 */
function placed(children: Array<Map<number, number>>, width: number) {
  let size = 1024;
  while (size < children.length * 4 + width) size *= 2;
  let check = new Int32Array(size);
  let base = new Int32Array(size);
  const slotOf = new Int32Array(children.length);
  check[0] = -1; // the root's slot is taken (by no parent) while the others are placed
  let firstFree = 1;
  const queue = [0];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    const kids = [...children[node]!.entries()].sort((a, b) => a[0] - b[0]);
    if (kids.length === 0) continue;
    // Only bases that put the first child on a free slot are tried, the others child by child.
    const k0 = kids[0]![0];
    let b = Math.max(1, firstFree - k0);
    for (;; b++) {
      while (b + width >= check.length) {
        const grown = new Int32Array(check.length * 2);
        grown.set(check);
        check = grown;
        const grownBase = new Int32Array(check.length);
        grownBase.set(base);
        base = grownBase;
      }
      if (check[b + k0] !== 0) continue;
      let fits = true;
      for (let j = 1; j < kids.length && fits; j++) fits = check[b + kids[j]![0]] === 0;
      if (fits) break;
    }
    const parent = slotOf[node]!;
    base[parent] = b;
    for (const [k, child] of kids) {
      check[b + k] = parent + 1;
      slotOf[child] = b + k;
      queue.push(child);
    }
    while (firstFree < check.length && check[firstFree] !== 0) firstFree++;
  }
  check[0] = 0;
  return { check, base, slotOf };
}

/** Note that gate `g` may start at `position` (textBase-based): the first such place of the text, and the last. */
function noteStart(g: number, position: number): void {
  if (lastStart[g]! < textBase) firstStart[g] = position;
  lastStart[g] = position;
}

function build(): GramTrie {
  words = Math.ceil(gates.length / BITS);
  const startsOf = gates.map((g) => entryGrams(g.re, 3) ?? entryGrams(g.re, 2) ?? entryGrams(g.re, 1));
  const endsOf = gates.map((g) => exitGrams(g.re, 3) ?? exitGrams(g.re, 2) ?? exitGrams(g.re, 1));
  const built = new GramTrie();
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
let lastClauses: Clauses = { starts: [0] };
/**
 * Per gate, the last position where one of its starts begins, plus the `textBase` of the text it was
 * found in: each text's base is past every position of the texts before, so a value below the current
 * base is stale and nothing needs clearing between texts (doubles: exact far beyond any run's length).
 */
let lastStart = new Float64Array(0);
/** Likewise the first such position, valid where lastStart is. */
let firstStart = new Float64Array(0);
let textBase = 0;
let nextBase = 0;
/** The grams a text has, while it is read: the node each ends at, and where it starts. */
let hitSlot = new Int32Array(256);
let hitAt = new Int32Array(256);

/**
 * Triggers of `text`, and its clauses (clausesOfLastText), in one pass. understand() reads them once and
 * hands them to every stage; the last text's are kept for callers that ask again with the same text.
 * The words are overwritten by the next text's: callers use them at once, never across another text,
 * and lastPossibleStart/firstPossibleStart answer for the last text read.
 */
export function triggersOf(text: string): Triggers {
  if (text === lastText && table !== null) return lastTriggers;
  if (table === null) {
    table = build();
    lastTriggers = new Int32Array(2 * words + 1); // and a scratch word, for effects that set none
    lastStart = new Float64Array(gates.length + 1).fill(-1); // and a scratch gate, likewise
    firstStart = new Float64Array(gates.length + 1);
  }
  textBase = nextBase; // a new text: every noted start is now stale
  nextBase += text.length + 1;
  const { classOf, nodes, startless, endless } = table;
  const on = lastTriggers;
  for (let w = 0; w < on.length; w++) on[w] = 0; // a loop: fill() is a call into the runtime
  const n = text.length;
  if (hitSlot.length < n + 1) {
    hitSlot = new Int32Array(n + 1);
    hitAt = new Int32Array(n + 1);
  }
  const slots = hitSlot;
  const ats = hitAt;
  let hits = 0;
  // The classOf entries of the characters at i … i + 2 (0 past the end: no gram goes on there).
  let e1 = n > 0 ? classOf[text.charCodeAt(0)]! : 0;
  let e2 = n > 1 ? classOf[text.charCodeAt(1)]! : 0;
  const clauseStarts = [0];
  const rootChildren = (nodes[0]! & 0xffff) >> 1;
  // Down the trie from the root, one node per character; the grams ending on the way are noted, and
  // their gates set after the loop, so the loop itself only reads. The three levels are written out:
  // an inner loop over them measured 4% slower a reply.
  for (let i = 0; i < n; i++) {
    const e0 = e1;
    e1 = e2;
    e2 = i + 2 < n ? classOf[text.charCodeAt(i + 2)]! : 0;
    // The clause breaks come from the same pass, tested in full only after the few characters that may
    // end a clause: an ideograph costs one bit test, not the range and table tests of breaksAfter.
    if ((e0 & BREAK_CANDIDATE) !== 0 && breaksAfter(i > 0 ? text.charCodeAt(i - 1) : -1, text.charCodeAt(i), i + 1 < n ? text.charCodeAt(i + 1) : -1, i > 1 ? text.charCodeAt(i - 2) : -1)) {
      clauseStarts.push(i + 1);
    }
    const k0 = e0 & CLASS;
    const k1 = e1 & CLASS;
    const k2 = e2 & CLASS;
    // Each step reads a slot's word, then keeps its base only if its check names the node stepped from
    // (ok = 1): off the trie the base is 0, the end bit 0, and ok stays 0. No branch, since whether a
    // text's next character continues a gram is a coin toss the processor cannot predict.
    // Class 0 needs no test: no slot's check names its parent at class 0.
    // Only the deepest node where a gram ends is kept (its entry carries the grams above it), chosen by
    // masks: one hit to note per position, not one per level.
    const n1 = rootChildren + k0;
    const w1 = nodes[n1]!;
    const ok1 = same(w1 >>> 16, 1);
    const b1 = w1 & 0xffff & -ok1;
    let deepest = n1 & -(b1 & 1);
    const n2 = (b1 >> 1) + k1;
    const w2 = nodes[n2]!;
    const ok2 = same(w2 >>> 16, n1 + 1) & ok1;
    const b2 = w2 & 0xffff & -ok2;
    deepest ^= (deepest ^ n2) & -(b2 & 1);
    const n3 = (b2 >> 1) + k2;
    const w3 = nodes[n3]!;
    const ok3 = same(w3 >>> 16, n2 + 1) & ok2;
    deepest ^= (deepest ^ n3) & -(w3 & ok3 & 1);
    slots[hits] = deepest; // kept only if some gram ends here (slot 0 is the root, never one)
    ats[hits] = i;
    hits += -deepest >>> 31;
  }
  for (let h = 0; h < hits; h++) table.found(on, ats[h]!, slots[h]!);
  // A gate may match only if the text has one of its starts and one of its ends.
  for (let w = 0; w < words; w++) on[w] = (on[w]! | startless[w]!) & (on[words + w]! | endless[w]!);
  lastText = text;
  lastClauses = { starts: clauseStarts };
  return on;
}

/** The clauses of the text last given to triggersOf (clauses.ts), found in the same pass. */
export function clausesOfLastText(): Clauses {
  return lastClauses;
}

/**
 * After which position of the text last given to triggersOf no match of `g` can start: the last place one
 * of its starts begins; -1 if none does, Infinity for a gate whose starts are unknown.
 */
export function lastPossibleStart(g: Gate): number {
  if (!g.gated) return Infinity;
  const noted = lastStart[g.index]!;
  return noted >= textBase ? noted - textBase : -1;
}

/**
 * Before which position of the text last given to triggersOf no match of `g` can start: the first place
 * one of its starts begins (a lookbehind still sees the text before it); 0 for a gate whose starts are
 * unknown or that has none.
 */
export function firstPossibleStart(g: Gate): number {
  if (!g.gated) return 0;
  return lastStart[g.index]! >= textBase ? firstStart[g.index]! - textBase : 0;
}

/** False only when `g` cannot match anywhere in the text `on` was read from. */
export function mayMatch(on: Triggers, g: Gate): boolean {
  return (on[g.word]! & g.bit) !== 0;
}
