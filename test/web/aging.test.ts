import { agingReport } from '../../src/runtime/reports/aging.js';
import { agingCsv, agingTable, decimal } from '../../src/cli/commands/aging-output.js';
import type { Invoice } from '../../src/domain/invoice.js';
import type { PaymentPromise } from '../../src/domain/promise.js';

const THRESHOLDS = [
  { class: '未收款', fromDays: 0 },
  { class: '催收款', fromDays: 1 },
  { class: '准呆账', fromDays: 91 },
  { class: '呆账', fromDays: 181 },
  { class: '死账', fromDays: 366 },
];

const inv = (id: string, currency: string, amount: number, dueDate: string, extra: Partial<Invoice> = {}): Invoice => ({
  id, customerId: 'C1', amount, currency, issueDate: '2025-01-01', dueDate, status: 'open', amountPaid: 0, ...extra,
});

// As of Thursday 2026-12-10; the days overdue in the comments are counted by hand on a calendar.
const INVOICES: Invoice[] = [
  inv('A', 'CNY', 100000, '2026-12-15'), // -5: not due, 未收款
  inv('B', 'CNY', 50000, '2026-12-10', { amountPaid: 20000, status: 'promised' }), // 0: not due, 未收款, 30000 left
  inv('C', 'CNY', 200000, '2026-11-20'), // 20: 1–30, 催收款
  inv('D', 'CNY', 70000, '2026-10-11'), // 21 + 30 + 9 = 60: 31–60, 催收款
  inv('E', 'USD', 123456, '2026-09-10'), // 20 + 31 + 30 + 10 = 91: 90+, 准呆账
  inv('F', 'USD', 5000, '2026-09-11'), // 90: 61–90, 催收款
  inv('G', 'CNY', 999999, '2026-01-01', { status: 'paid', amountPaid: 999999 }), // paid: not counted
  inv('H', 'CNY', 40000, '2025-12-10', { status: 'disputed' }), // 365: 90+, 呆账 (disputed is still open)
  inv('I', 'CNY', 10000, '2025-12-09'), // 366: 90+, 死账
  inv('J', 'CNY', 10000, '2025-01-09', { status: 'written_off' }), // written off: not counted
];

const promise = (id: string, date: string, status: PaymentPromise['status']): PaymentPromise & { customerId: string } => ({
  id, customerId: `C-${id}`, invoiceIds: ['A'], date, amount: null, madeAt: '2026-12-01T02:00:00Z', status,
});

const PROMISES = [
  promise('p1', '2026-12-11', 'pending'),
  promise('p2', '2026-12-14', 'pending'), // next Monday: not this week
  promise('p3', '2026-12-07', 'pending'), // this Monday
  promise('p4', '2026-11-02', 'kept'),
  promise('p5', '2026-11-10', 'kept'),
  promise('p6', '2026-11-20', 'broken'),
  promise('p7', '2026-12-01', 'kept'),
];

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
