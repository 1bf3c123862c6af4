import iconv from 'iconv-lite';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

/**
 * Chinese Excel saves CSV as GB18030 (never plain GBK: it would lose rare characters), other tools
 * as UTF-8 with or without a BOM. A BOM settles it; otherwise text that is valid UTF-8 is UTF-8,
 * and anything else is read as GB18030.
 */
export function decodeCsv(input: Buffer | Uint8Array | string): { text: string; encoding: CsvEncoding } {
  if (typeof input === 'string') return { text: input.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(bytes, 'gb18030'), encoding: 'gb18030' };
  }
}
