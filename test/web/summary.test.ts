import { customerRow } from '../../src/api/ui/summary.js';
import { demoRecords } from '../../src/demo/load.js';
import { DEMO_CUSTOMERS } from '../../src/demo/customers.js';
import { CaseSchema } from '../../src/domain/case.js';

describe('dashboard customer rows and demo data', () => {
  // 2026-12-10 01:00 in Shanghai is still 2026-12-09 in London.
  const now = new Date('2026-12-09T17:00:00Z');

  test('Given demo data dated from the clock, Then due dates count from each customer\'s own today', () => {
    const xinghe = demoRecords(DEMO_CUSTOMERS.find((d) => d.id === 'DEMO-XINGHE')!, now);
    const northwind = demoRecords(DEMO_CUSTOMERS.find((d) => d.id === 'DEMO-NORTHWIND')!, now);
    expect(xinghe.invoices[0]!.dueDate).toBe('2026-12-07');
    expect(northwind.invoices[0]!.dueDate).toBe('2026-11-27');
    expect(xinghe.customer.contacts).toEqual([{ platform: 'local', address: 'demo-xinghe', displayName: '王会计', role: 'finance' }]);
    expect(new Set(DEMO_CUSTOMERS.map((d) => d.language))).toEqual(new Set(['zh', 'en']));
  });

  test('Given open, part-paid and not-yet-due invoices, Then overdue sums only what is past due, per currency', () => {
    const { customer } = demoRecords(DEMO_CUSTOMERS[0]!, now);
    const invoices = [
      { id: 'I1', customerId: customer.id, amount: 10000, amountPaid: 2500, currency: 'CNY', issueDate: '2026-11-01', dueDate: '2026-12-09', status: 'open' as const },
      { id: 'I2', customerId: customer.id, amount: 7000, amountPaid: 0, currency: 'CNY', issueDate: '2026-11-01', dueDate: '2026-12-10', status: 'open' as const },
      { id: 'I3', customerId: customer.id, amount: 900, amountPaid: 900, currency: 'USD', issueDate: '2026-11-01', dueDate: '2026-12-01', status: 'paid' as const },
    ];
    const c = CaseSchema.parse({ customerId: customer.id, status: 'promised', epoch: 3, stepIndex: 2, nextAction: { kind: 'promise_check', at: '2026-12-12T01:30:00Z' } });
    const row = customerRow(customer, invoices, c, now);
    expect(row.overdue).toEqual([{ minor: 7500, currency: 'CNY', digits: 2 }]);
    expect(row.open).toEqual([{ minor: 14500, currency: 'CNY', digits: 2 }]);
    expect(row).toMatchObject({ status: 'promised', localAddress: 'demo-xinghe', nextAction: { kind: 'promise_check' }, openAlerts: 0 });
  });
});
