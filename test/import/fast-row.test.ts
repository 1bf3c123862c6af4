import { fastParse, RowSchema, type RowInput } from '../../src/runtime/import/row.js';
import { COLUMNS } from '../../src/runtime/import/columns.js';

// Cell variants per column: good, odd-but-good and bad values.
const VARIANTS: Record<(typeof COLUMNS)[number], unknown[]> = {
  customer_id: ['C001', ' C001 ', 'Ｃ００１', 'C 1', 'C:1', 'C001\u200b', '', undefined, 7, 'x'.repeat(129)],
  customer_name: ['Acme', ' 北京星河 ', 'A\u202eB', '', undefined, 'n'.repeat(201), 12],
  invoice_number: ['INV-1', 'INV{1}', '', undefined],
  amount: ['12,000.50', '¥800', 'abc', '', undefined, 12.5],
  currency: ['CNY', 'usd', 'US', '', undefined, 'ＣＮＹ'],
  issue_date: ['2026-03-01', '2026/3/1', '2026年3月1日', '2026-02-30', '2026-3-1', ' 2026-03-01 ', 'x', '', undefined],
  due_date: ['2026-04-01', '2026.4.1', '2026-13-01', undefined],
  channel: ['slack', 'WeCom', 'email', '', undefined],
  address: ['U001', ' U001 ', 'a'.repeat(257), '', undefined],
  language: ['zh', 'EN', 'fr', '', undefined],
  timezone: ['Asia/Shanghai', 'Mars/Base', ' Europe/Paris ', '', undefined],
  rep: ['Li', ' 王 ', '\u200bLi', 'r'.repeat(201), '', undefined],
};

const stripUndefined = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

describe('the fast row check', () => {
  test('Whenever it accepts a row, RowSchema accepts it too and gives the same data', () => {
    const base: RowInput = { customer_id: 'C001', customer_name: 'Acme', invoice_number: 'INV-1', amount: '100', currency: 'CNY', issue_date: '2026-03-01', due_date: '2026-04-01', channel: 'slack', address: 'U001', language: 'en', timezone: 'Asia/Shanghai', rep: 'Li' };
    let accepted = 0;
    for (const col of COLUMNS) {
      for (const v of VARIANTS[col]) {
        const input = { ...base, [col]: v };
        const fast = fastParse(input);
        const slow = RowSchema.safeParse(input);
        if (fast) {
          accepted++;
          expect(slow.success).toBe(true);
          expect(stripUndefined(fast)).toEqual(stripUndefined(slow.data!));
        }
      }
    }
    expect(accepted).toBeGreaterThan(30);
  });
});
