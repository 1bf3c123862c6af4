/**
 * Which rule sets a normalised text can need: the Chinese date rules read ideographs and digits, the
 * English ones Latin letters. A bit set of the two, so a reply skips the rules of a script it lacks.
 */
export const HAN_OR_DIGIT = 1;
export const LATIN = 2;

/** The script bits of one character code. */
export function scriptOf(c: number): number {
  if ((c >= 0x3400 && c <= 0x9fff) || (c >= 48 && c <= 57)) return HAN_OR_DIGIT;
  return c >= 97 && c <= 122 ? LATIN : 0;
}

/** The script bits of a text, in one loop (two regex tests cost more on short replies). */
export function scriptsOf(text: string): number {
  let seen = 0;
  for (let i = 0; i < text.length && seen !== (HAN_OR_DIGIT | LATIN); i++) seen |= scriptOf(text.charCodeAt(i));
  return seen;
}

/** A CJK unified ideograph (the block Chinese replies are written in). */
export function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}
