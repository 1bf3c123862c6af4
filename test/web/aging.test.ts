import { agingReport } from '../../src/runtime/reports/aging.js';
import { agingCsv, agingTable, decimal } from '../../src/cli/commands/aging-output.js';
import { INVOICES, PROMISES, THRESHOLDS } from './aging-fixture.js';

describe('aging report', () => {
  const report = agingReport(INVOICES, PROMISES, '2026-12-10', THRESHOLDS);

  test('Given a hand-computed book, When aged on 2026-12-10, Then each bucket per currency matches', () => {
    expect(report.buckets).toEqual({
      CNY: { not_due: 130000, '1-30': 200000, '31-60': 70000, '61-90': 0, '90+': 50000 },
      USD: { not_due: 0, '1-30': 0, '31-60': 0, '61-90': 5000, '90+': 123456 },
    });
    expect(report.openInvoices).toBe(8);
  });

  test('Given the playbook thresholds, Then the risk classes per currency match', () => {
    expect(report.riskClasses).toEqual({
      CNY: { 未收款: 130000, 催收款: 270000, 准呆账: 0, 呆账: 40000, 死账: 10000 },
      USD: { 未收款: 0, 催收款: 5000, 准呆账: 123456, 呆账: 0, 死账: 0 },
    });
  });

  test('Then promises due Monday to Sunday of this week are listed by date, and 3 kept of 4 decided is 75%', () => {
    expect(report.promisesDueThisWeek.map((p) => [p.promiseId, p.date])).toEqual([['p3', '2026-12-07'], ['p1', '2026-12-11']]);
    expect(report.promises).toEqual({ kept: 3, broken: 1, pending: 3, keptRate: 0.75 });
  });

  test('When printed as CSV or a table, Then the figures are the same, in major units', () => {
    const classes = THRESHOLDS.map((t) => t.class);
    expect(agingCsv(report, classes)).toBe(
      'currency,dimension,not_due,1-30,31-60,61-90,90+\nCNY,bucket,1300.00,2000.00,700.00,0.00,500.00\nUSD,bucket,0.00,0.00,0.00,50.00,1234.56\n' +
        '\ncurrency,dimension,未收款,催收款,准呆账,呆账,死账\nCNY,risk,1300.00,2700.00,0.00,400.00,100.00\nUSD,risk,0.00,50.00,1234.56,0.00,0.00\n',
    );
    const table = agingTable(report, classes);
    expect(table).toContain('Aging as of 2026-12-10 (8 open invoices)');
    expect(table).toMatch(/USD\s+days\s+0\.00\s+0\.00\s+0\.00\s+50\.00\s+1234\.56/);
    expect(table).toContain('promises: 3 kept, 1 broken, 3 pending (kept rate 75%)');
  });

  test.each([
    [0, 'CNY', '0.00'], [5, 'CNY', '0.05'], [123456, 'USD', '1234.56'], [-250, 'EUR', '-2.50'], [1500, 'JPY', '1500'], [1234, 'KWD', '1.234'],
  ])('decimal(%i, %s) is %s', (minor, cur, out) => {
    expect(decimal(minor, cur)).toBe(out);
  });
});
