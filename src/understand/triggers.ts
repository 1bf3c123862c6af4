import { CANON, entryGrams } from './regex-grams.js';

/**
 * Which rules can match a text, found in one pass over it, so only those regexes run (about 10 of 100).
 * Every gated regex lists the strings of up to three characters its matches can start with (regex-grams.ts);
 * a trie of those strings maps each to the regexes it may start; a text is walked once, at most three
 * characters from each position. Like Aho-Corasick with the depth fixed at three, and no regex ever wrongly skipped.
 */
export interface Gate {
  readonly re: RegExp;
  /** Index of the gate's bit word; -1 runs always (a regex whose starts could not be read). */
  word: number;
  bit: number;
}

const gates: Gate[] = [];
let table: GramTrie | null = null;
let words = 0;

/** Every registered gate, for tests. */
export function registeredGates(): readonly Gate[] {
  return gates;
}

/** Register `re` for gating; call at module level, before the first reply is read. */
export function gate(re: RegExp): Gate {
  const g: Gate = { re, word: -1, bit: 0 };
  gates.push(g);
  table = null;
  return g;
}

/**
 * The grams as a trie over CANON characters, three levels deep. Characters that begin or continue some
 * gram get a small id; a node's children are found in one open-addressing table keyed by node and id
 * (plain integers, no collisions), and each node that ends a gram holds the bit words of its gates.
 * Most positions of a text stop at the first array read: their character begins no gram.
 */
class GramTrie {
  /** Id (1…) of each CANON character used by some gram, 0 for the others. */
  readonly ids = new Uint16Array(0x10000);
  /** Node of each one-character gram prefix, by character id; 0 for none. */
  firstNode: Int32Array = new Int32Array(0);
  /** Bit words of the gates a node's gram starts, `words` per node; all zero when the node ends no gram. */
  masks: Int32Array = new Int32Array(0);
  /** 1 when the node ends a gram. */
  ends: Uint8Array = new Uint8Array(0);
  /** 1 when the node has children. */
  inner: Uint8Array = new Uint8Array(0);
  /** Child table: key node * (ids + 1) + id, value the child node. */
  keys: Int32Array = new Int32Array(0);
  values: Int32Array = new Int32Array(0);
  mask = 0;
  private idCount = 0;

  constructor(grams: Array<[string, Gate]>) {
    for (const [gram] of grams) for (let i = 0; i < gram.length; i++) {
      const c = gram.charCodeAt(i);
      if (this.ids[c] === 0) this.ids[c] = ++this.idCount;
    }
    // Nodes: 1 + every distinct prefix; node 0 stands for "none".
    const nodeOf = new Map<string, number>();
    for (const [gram] of grams) for (let l = 1; l <= gram.length; l++) {
      const prefix = gram.slice(0, l);
      if (!nodeOf.has(prefix)) nodeOf.set(prefix, nodeOf.size + 1);
    }
    const nodes = nodeOf.size + 1;
    this.firstNode = new Int32Array(this.idCount + 1);
    this.masks = new Int32Array(nodes * words);
    this.ends = new Uint8Array(nodes);
    this.inner = new Uint8Array(nodes);
    let size = 1024;
    while (size < nodes * 3) size *= 2;
    this.keys = new Int32Array(size).fill(-1);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    for (const [prefix, node] of nodeOf) {
      const id = this.ids[prefix.charCodeAt(prefix.length - 1)]!;
      if (prefix.length === 1) this.firstNode[id] = node;
      else {
        const parent = nodeOf.get(prefix.slice(0, -1))!;
        this.inner[parent] = 1;
        this.put(parent, id, node);
      }
    }
    for (const [gram, g] of grams) {
      const node = nodeOf.get(gram)!;
      this.ends[node] = 1;
      this.masks[node * words + g.word] = this.masks[node * words + g.word]! | g.bit;
    }
  }

  private slot(node: number, id: number): number {
    const h = Math.imul(node * (this.idCount + 1) + id, 0x9e3779b1);
    return (h ^ (h >>> 15)) & this.mask;
  }

  private put(node: number, id: number, child: number): void {
    const key = node * (this.idCount + 1) + id;
    let slot = this.slot(node, id);
    while (this.keys[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.values[slot] = child;
  }

  /** Child of `node` by character id, or 0. */
  child(node: number, id: number): number {
    const key = node * (this.idCount + 1) + id;
    let slot = this.slot(node, id);
    for (;;) {
      const k = this.keys[slot]!;
      if (k === key) return this.values[slot]!;
      if (k === -1) return 0;
      slot = (slot + 1) & this.mask;
    }
  }
}

function build(): GramTrie {
  words = Math.ceil(gates.length / 32);
  const pairs: Array<[string, Gate]> = [];
  gates.forEach((g, i) => {
    const grams = entryGrams(g.re, 3) ?? entryGrams(g.re, 2) ?? entryGrams(g.re, 1);
    if (!grams) {
      g.word = -1;
      return;
    }
    g.word = i >> 5;
    g.bit = 1 << (i & 31);
    for (const gram of grams) pairs.push([gram, g]);
  });
  return new GramTrie(pairs);
}

/** The gates that may match `text`, as bit words. */
export type Triggers = Int32Array;

let lastText: string | null = null;
let lastTriggers: Triggers = new Int32Array(0);

/** Triggers of `text`; the last text's are kept, since every stage of one reply asks about the same text. */
export function triggersOf(text: string): Triggers {
  if (text === lastText && table !== null) return lastTriggers;
  if (table === null) table = build();
  const t = table;
  const { ids, firstNode, masks, ends, inner } = t;
  const on = new Int32Array(words);
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const first = firstNode[ids[CANON[text.charCodeAt(i)]!]!]!;
    if (first === 0) continue;
    if (ends[first] === 1) orInto(on, masks, first);
    if (inner[first] === 0 || i + 1 >= n) continue;
    const second = t.child(first, ids[CANON[text.charCodeAt(i + 1)]!]!);
    if (second === 0) continue;
    if (ends[second] === 1) orInto(on, masks, second);
    if (inner[second] === 0 || i + 2 >= n) continue;
    const third = t.child(second, ids[CANON[text.charCodeAt(i + 2)]!]!);
    if (third !== 0 && ends[third] === 1) orInto(on, masks, third);
  }
  lastText = text;
  lastTriggers = on;
  return on;
}

function orInto(on: Int32Array, masks: Int32Array, node: number): void {
  const at = node * words;
  for (let w = 0; w < on.length; w++) on[w] = on[w]! | masks[at + w]!;
}

/** False only when `g` cannot match anywhere in the text `on` was read from. */
export function mayMatch(on: Triggers, g: Gate): boolean {
  return g.word < 0 || (on[g.word]! & g.bit) !== 0;
}

/** Does `g` match `part`, a stretch of `text`? Not run when its trigger words are nowhere in `text`. */
export function matchesIn(text: string, g: Gate, part: string): boolean {
  return mayMatch(triggersOf(text), g) && g.re.test(part);
}
