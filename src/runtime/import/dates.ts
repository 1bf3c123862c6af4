/** Excel writes dates as 2026/3/5, 2026-03-05, 2026.3.5 or 2026年3月5日; all become YYYY-MM-DD (checked later). */
export function normalizeDate(value: string): string {
  const s = value.normalize('NFKC').trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  if (!m) return s;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}
