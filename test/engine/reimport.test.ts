import { given, invoice, when } from './given.js';

describe('re-import after a payment', () => {
  test('Given INV-1 of ¥12,000 with ¥5,000 paid, When the same invoice is imported again (amount paid unknown to the file), Then the payment is kept and ¥7,000 is still chased', () => {
    const first = given('zh', [invoice('C1', 'INV-1', 1_200_000, '2026-12-04')], '2026-11-20T09:00:00+08:00');
    const partly = when(first.state, { type: 'payment', id: 'pay-1', invoiceId: 'INV-1', amount: 500_000, date: '2026-11-21' }, '2026-11-21T10:00:00+08:00');
    expect(partly.state.invoices[0]!.amountPaid).toBe(500_000);

    const again = when(partly.state, { type: 'invoices_changed', id: 'import-2', invoices: [invoice('C1', 'INV-1', 1_200_000, '2026-12-04')] }, '2026-11-22T10:00:00+08:00');

    expect(again.state.invoices[0]).toMatchObject({ id: 'INV-1', amount: 1_200_000, amountPaid: 500_000 });
  });

  test('Given INV-1 paid in full, When a file still lists it, Then it stays paid and the case stays closed', () => {
    const first = given('zh', [invoice('C1', 'INV-1', 1_200_000, '2026-12-04')], '2026-11-20T09:00:00+08:00');
    const paid = when(first.state, { type: 'payment', id: 'pay-1', invoiceId: 'INV-1', amount: 1_200_000, date: '2026-11-21' }, '2026-11-21T10:00:00+08:00');
    const again = when(paid.state, { type: 'invoices_changed', id: 'import-2', invoices: [invoice('C1', 'INV-1', 1_200_000, '2026-12-04')] }, '2026-11-22T10:00:00+08:00');
    expect(again.state.invoices[0]!.status).toBe('paid');
    expect(again.state.case.status).toBe('closed');
  });
});
