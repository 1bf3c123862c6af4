import { understand, type Understanding } from '../../src/index.js';

/** Wednesday 9 December 2026, 10:00 in Shanghai: the "today" of most rule tables. */
export const WEDNESDAY = '2026-12-09T10:00:00+08:00';
export const SHANGHAI = 'Asia/Shanghai';

export type Row = [text: string, intent: string, date: string | null, amount?: number | null];

/** Given now/tz, When the customer replies `text`: the reading, without the evidence. */
export function reply(text: string, now = WEDNESDAY, tz = SHANGHAI): Omit<Understanding, 'evidence'> {
  const { intent, date, amount } = understand({ text, now, tz });
  return { intent, date, amount };
}

export function expectRow([text, intent, date, amount]: Row, now = WEDNESDAY, tz = SHANGHAI): void {
  const got = reply(text, now, tz);
  const want = { intent, date, amount: amount === undefined ? got.amount : amount };
  expect({ text, ...got }).toEqual({ text, ...want });
}
