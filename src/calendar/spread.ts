/**
 * FNV-1a, 32 bit: a stable, well-mixed number from a string, so each customer and step lands on its
 * own second of the preferred window on every run and every machine.
 */
export function spreadHash(key: string): number {
  let h = 0x811c9dc5;
  for (const ch of key) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
