import type { Invoice } from '../../src/domain/invoice.js';
import type { PaymentPromise } from '../../src/domain/promise.js';

/** A small book aged by hand on a calendar, as of Thursday 2026-12-10: the figures the page and CLI must show. */
export const THRESHOLDS = [
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
export const INVOICES: Invoice[] = [
  inv('A', 'CNY', 100000, '2026-12-15'), // -5: not due, 未收款
  inv('B', 'CNY', 50000, '2026-12-10', { amountPaid: 20000, status: 'promised' }), // 0: not due, 未收款, 30000 left
  inv('C', 'CNY', 200000, '2026-11-20'), // 20: 1–30, 催收款
  inv('D', 'CNY', 70000, '2026-10-11'), // 20 + 30 + 10 = 60: 31–60, 催收款
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

export const PROMISES = [
  promise('p1', '2026-12-11', 'pending'),
  promise('p2', '2026-12-14', 'pending'), // next Monday: not this week
  promise('p3', '2026-12-07', 'pending'), // this Monday
  promise('p4', '2026-11-02', 'kept'),
  promise('p5', '2026-11-10', 'kept'),
  promise('p6', '2026-11-20', 'broken'),
  promise('p7', '2026-12-01', 'kept'),
];
