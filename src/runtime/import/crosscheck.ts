import type { ImportRow, RowError } from './row.js';

/** What every row of one customer must say alike (when it says it at all). */
const DESCRIBED = ['language', 'timezone', 'rep'] as const;

export type RowLabel = (line: number | undefined) => string;
export const fileLine: RowLabel = (line) => `line ${line ?? '?'}`;

/**
 * Checks that rows agree with each other. An invoice number appears once per file. A customer is
 * described the same way on every row: a different name for the same customer id is refused rather
 * than "last one wins", because it usually means a mistyped id that would merge two customers.
 * A chat address belongs to one customer.
 */
export function crossCheck(rows: ImportRow[], label: RowLabel = fileLine, name: (field: string) => string = (f) => f): RowError[] {
  const errors: RowError[] = [];
  const invoices = new Map<string, ImportRow>();
  const customers = new Map<string, ImportRow>();
  const contacts = new Map<string, ImportRow>();
  const err = (row: ImportRow, field: string, problem: string) => errors.push({ ...(row.line !== undefined ? { line: row.line } : {}), field: name(field), problem });
  for (const row of rows) {
    const inv = invoices.get(row.invoice.id);
    if (inv) {
      err(row, 'invoice_number', inv.customer.id === row.customer.id
        ? `${row.invoice.id} is already on ${label(inv.line)}`
        : `${row.invoice.id} is already on ${label(inv.line)} for customer ${inv.customer.id}, here for ${row.customer.id}`);
      continue;
    }
    invoices.set(row.invoice.id, row);
    const first = customers.get(row.customer.id);
    if (first) {
      const c = first.customer;
      if (c.name !== row.customer.name) err(row, 'customer_name', `customer ${c.id} is "${c.name}" on ${label(first.line)}, here "${row.customer.name}"`);
      for (const f of DESCRIBED) {
        const a = c[f];
        const b = row.customer[f];
        if (a !== undefined && b !== undefined && a !== b) err(row, f, `customer ${c.id} has ${a} on ${label(first.line)}, here ${b}`);
        // A later row may fill in what the first left blank.
        else if (a === undefined && b !== undefined) Object.assign(c, { [f]: b });
      }
    } else {
      customers.set(row.customer.id, { ...row, customer: { ...row.customer } });
    }
    if (row.contact) {
      const key = `${row.contact.platform} ${row.contact.address}`;
      const owner = contacts.get(key);
      if (owner && owner.customer.id !== row.customer.id) err(row, 'address', `${key} is customer ${owner.customer.id}'s contact on ${label(owner.line)}`);
      else if (!owner) contacts.set(key, row);
    }
  }
  return errors;
}
