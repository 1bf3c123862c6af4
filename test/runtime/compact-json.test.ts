import { jest } from '@jest/globals';
import { CaseSchema, newCase } from '../../src/domain/case.js';
import { InvoiceSchema } from '../../src/domain/invoice.js';
import { CASE_DEFAULTS } from '../../src/runtime/store/cases.js';
import { customerJson } from '../../src/runtime/store/customers.js';
import { CustomerSchema } from '../../src/domain/customer.js';
import { INVOICE_DEFAULTS } from '../../src/runtime/store/invoices.js';
import { compactJson, parseStored } from '../../src/runtime/store/json.js';

describe('stored documents without their defaults', () => {
  test('Given a new case, When stored compactly, Then it reads back the same and much shorter', () => {
    const c = { ...newCase('C1'), stepIndex: 0, anchorDate: '2026-04-01', seenEvents: ['e1'], nextAction: { kind: 'step' as const, at: '2026-04-01T09:00:00+08:00', stepIndex: 0 } };
    const full = CaseSchema.parse(c);
    const json = compactJson(full, CASE_DEFAULTS);
    expect(parseStored(CaseSchema, json)).toEqual(full);
    expect(json).not.toContain('promises');
    expect(json.length).toBeLessThan(JSON.stringify(full).length / 1.5);
  });

  test('Given a compact case read with the table it was written with, Then the defaults are put back without a schema parse, and it equals a full parse', () => {
    const full = CaseSchema.parse({ ...newCase('C1'), anchorDate: '2026-04-01', seenEvents: ['e1'] });
    const json = compactJson(full, CASE_DEFAULTS);
    const parse = jest.spyOn(CaseSchema, 'parse');
    try {
      expect(parseStored(CaseSchema, json, CASE_DEFAULTS)).toEqual(full);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  test('Given a case with values in the defaulted fields, When stored compactly, Then they are kept', () => {
    const full = CaseSchema.parse({ ...newCase('C1'), remindersSent: 2, sendHistory: ['2026-04-01T09:00:00+08:00'], pauseReason: null });
    expect(parseStored(CaseSchema, compactJson(full, CASE_DEFAULTS))).toEqual(full);
  });

  test('Given open and paid invoices, When stored compactly, Then they read back the same', () => {
    for (const inv of [
      { id: 'INV-1', customerId: 'C1', amount: 100, currency: 'CNY', issueDate: '2026-01-01', dueDate: '2026-02-01', status: 'open' as const, amountPaid: 0 },
      { id: 'INV-2', customerId: 'C1', amount: 100, currency: 'CNY', issueDate: '2026-01-01', dueDate: '2026-02-01', status: 'paid' as const, amountPaid: 100 },
    ]) {
      expect(parseStored(InvoiceSchema, compactJson(inv, INVOICE_DEFAULTS))).toEqual(InvoiceSchema.parse(inv));
    }
    expect(compactJson({ id: 'INV-1', status: 'open', amountPaid: 0 }, INVOICE_DEFAULTS)).toBe('{"id":"INV-1"}');
  });

  test('Every field CASE_DEFAULTS omits has that default in the schema', () => {
    const defaults = CaseSchema.parse({ customerId: 'C1', status: 'active', epoch: 0, stepIndex: 0 });
    for (const [k, v] of Object.entries(CASE_DEFAULTS)) expect(defaults[k as keyof typeof defaults]).toEqual(v);
    const inv = InvoiceSchema.parse({ id: 'I', customerId: 'C', amount: 1, currency: 'CNY', issueDate: '2026-01-01', dueDate: '2026-01-01' });
    for (const [k, v] of Object.entries(INVOICE_DEFAULTS)) expect(inv[k as keyof typeof inv]).toEqual(v);
  });

  test('Given a customer with finance and payer contacts, When stored, Then it reads back the same without the default role', () => {
    const c = CustomerSchema.parse({ id: 'C1', name: 'Acme', language: 'zh', timezone: 'Asia/Shanghai', holidayCalendar: 'CN', contacts: [{ platform: 'local', address: 'a', role: 'finance' }, { platform: 'slack', address: 'U1', role: 'payer', displayName: 'Li' }] });
    const json = customerJson(c);
    expect(parseStored(CustomerSchema, json)).toEqual(c);
    expect(json.match(/role/g)).toHaveLength(1);
  });
});
