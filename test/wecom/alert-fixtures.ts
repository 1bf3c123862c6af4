import type { AlertView } from '../../src/runtime/ports.js';

export function alertView(over: Partial<AlertView> = {}): AlertView {
  return {
    escalationId: 'E-C001-1',
    customerId: 'C001',
    customerName: 'ACME 贸易',
    reason: 'broken_promise',
    severity: 'warning',
    status: 'open',
    invoices: [
      { id: 'INV-1001', amount: '¥12,000.00', dueDate: '2026-11-30' },
      { id: 'INV-1002', amount: '¥3,500.00', dueDate: '2026-12-05' },
    ],
    total: '¥15,500.00',
    quote: '礼拜五一定付',
    pendingApproval: false,
    history: [{ at: '2026-12-08T09:00:00+08:00', actor: 'bot', action: 'raised' }],
    caseUrl: 'https://duebot.example.com/cases/C001',
    ...over,
  };
}
