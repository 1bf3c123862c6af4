import { createHash } from 'node:crypto';
import type { Queue } from 'bullmq';
import { CustomerSchema, defaultHolidayCalendar, type Customer } from '../../domain/customer.js';
import type { Invoice } from '../../domain/invoice.js';
import type { Language } from '../../domain/ids.js';
import type { EngineEvent } from '../../engine/types.js';
import type { MailboxItem } from '../process/inbound-event.js';
import type { Store } from '../store/index.js';
import { addRpushEach } from '../store/bulk.js';
import type { CaseProcessor } from '../process/processor.js';
import type { RowLabel } from './crosscheck.js';
import type { ImportRow, RowError } from './row.js';

export interface ApplyDeps {
  store: Store;
  queues: { inbound: Queue };
  /** When given, each batch's cases are planned at once instead of waiting for the inbound workers. */
  processor?: CaseProcessor;
}

// The sweep that stands in for wake-up jobs while a batch is planned in the importing process.
const SAFETY_NET_DELAY_MS = 5000;

export interface ApplyOptions {
  skipBad: boolean;
  defaults: { timezone: string; language: Language };
  label: RowLabel;
  name: (field: string) => string;
  onProgress?: (p: ImportProgress) => void;
}

export interface ImportProgress {
  phase: 'checking' | 'writing';
  done: number;
  total: number;
}

export interface ApplyResult {
  imported: number;
  updated: number;
  unchanged: number;
  customers: number;
  /** Rows refused because of what is already stored (an invoice or chat that belongs to another customer). */
  errors: RowError[];
  /** Nothing was written: some row was bad and skipBad was off. */
  refused: boolean;
}

const CHUNK = 1000;
const BATCHES_IN_FLIGHT = 3;

/**
 * Compares the rows with what is stored, then writes customers, invoices and the `invoices_changed`
 * mailbox events together, one MULTI per batch of customers, and wakes the inbound workers with one
 * addBulk per batch. A customer whose invoices did not change gets no event, so a re-import is a no-op.
 */
export async function applyRows(rows: ImportRow[], deps: ApplyDeps, opts: ApplyOptions): Promise<ApplyResult> {
  const { store } = deps;
  const err = (row: ImportRow, field: string, problem: string): RowError => ({ ...(row.line !== undefined ? { line: row.line } : {}), field: opts.name(field), problem });

  const customerIds = [...new Set(rows.map((r) => r.customer.id))];
  const storedCustomers = await inChunks(customerIds, (ids) => store.customers.getMany(ids));
  const storedInvoices = new Map<string, Invoice>();
  for (const inv of (await inChunks(rows.map((r) => r.invoice.id), async (ids) => await store.invoices.getMany(ids))).values()) storedInvoices.set(inv.id, inv);
  const contactOwners = await contactsOf(store, rows);
  opts.onProgress?.({ phase: 'checking', done: rows.length, total: rows.length });

  // What is stored may contradict the file: an invoice number or a chat that is another customer's.
  const errors: RowError[] = [];
  const good = rows.filter((row) => {
    const inv = storedInvoices.get(row.invoice.id);
    const before = errors.length;
    if (inv && inv.customerId !== row.customer.id) errors.push(err(row, 'invoice_number', `${row.invoice.id} belongs to customer ${inv.customerId} already`));
    const owner = row.contact ? contactOwners.get(contactKey(row.contact)) : undefined;
    if (row.contact && owner && owner !== row.customer.id) errors.push(err(row, 'address', `${row.contact.platform} ${row.contact.address} is customer ${owner}'s contact already`));
    return errors.length === before;
  });
  if (errors.length && !opts.skipBad) return { imported: 0, updated: 0, unchanged: 0, customers: 0, errors, refused: true };

  const groups = new Map<string, ImportRow[]>();
  for (const row of good) groups.set(row.customer.id, [...(groups.get(row.customer.id) ?? []), row]);

  let imported = 0;
  let updated = 0;
  let unchanged = 0;
  const plans: CustomerPlan[] = [];
  for (const [id, group] of groups) {
    const previous = storedCustomers.get(id) ?? null;
    const customer = mergeCustomer(previous, group, opts.defaults);
    const invoices: Invoice[] = [];
    for (const row of group) {
      const stored = storedInvoices.get(row.invoice.id);
      // The row passed the same checks as InvoiceSchema (ids, positive integer amount, currency, dates): only its defaults are missing.
      const next: Invoice = stored ? { ...stored, ...row.invoice } : { ...row.invoice, status: 'open', amountPaid: 0 };
      if (!stored) imported++;
      else if (sameInvoice(stored, next)) unchanged++;
      else updated++;
      if (!stored || !sameInvoice(stored, next)) invoices.push(next);
    }
    const customerChanged = !previous || JSON.stringify(previous) !== JSON.stringify(customer);
    if (customerChanged || invoices.length) plans.push({ customer, customerChanged, changedInvoices: invoices, isNew: !previous });
  }

  const changed = plans.filter((p) => p.changedInvoices.length > 0);
  await attachEvents(store, changed, storedInvoices);

  let done = 0;
  const total = plans.reduce((n, p) => n + Math.max(1, p.changedInvoices.length), 0);
  // A few batches are in flight at once (their customers are disjoint), so building one batch's writes
  // overlaps Redis running another's instead of each side waiting for the other.
  const writeBatch = async (batch: CustomerPlan[]): Promise<void> => {
    const mailed = batch.flatMap((p) =>
      p.event && p.event.type === 'invoices_changed'
        ? [{ customerId: p.customer.id, item: { kind: 'event' as const, customerId: p.customer.id, event: p.event }, customer: p.customer, invoices: p.event.invoices }]
        : [],
    ).map((m) => ({ ...m, json: JSON.stringify(m.item satisfies MailboxItem) }));
    // With a processor the batch is planned here; one delayed sweep job per batch is the safety net
    // (a crash before planning ends leaves mail, and the sweep wakes the workers for it).
    const sweep = deps.processor && mailed.length ? await addSweep(deps.queues.inbound, mailed.map((m) => m.customerId), mailed.map((m) => m.item.event.id)) : null;
    const multi = store.redis.multi();
    store.customers.addSaveMany(multi, batch.flatMap((p) => (p.customerChanged ? [p.customer] : [])));
    store.invoices.addSaveMany(multi, batch.flatMap((p) => p.changedInvoices));
    addRpushEach(multi, mailed.map((m) => [store.keys.mailbox(m.customerId), m.json]));
    await multi.exec();
    const planned = deps.processor && mailed.length ? await deps.processor.applyBatch(mailed) : new Set<string>();
    // Same job shape as RuntimeServices.enqueueEvent: the job only says "this customer has mail".
    const jobs = mailed.filter((m) => !planned.has(m.customerId)).map((m) => ({ name: 'mail', data: { customerId: m.customerId }, opts: { jobId: wakeUpJobId(m.item.event) } }));
    if (jobs.length) await deps.queues.inbound.addBulk(jobs);
    // Everyone is planned or has a wake-up job now. remove() leaves a sweep a worker already holds: it finds nothing to do.
    if (sweep) await deps.queues.inbound.remove(sweep).catch(() => 0);
  };
  const inFlight = new Set<Promise<void>>();
  let failure: { err: unknown } | undefined;
  for (const batch of batches(plans, CHUNK)) {
    if (failure) break;
    const running: Promise<void> = writeBatch(batch)
      .then(
        () => {
          done += batch.reduce((n, p) => n + Math.max(1, p.changedInvoices.length), 0);
          opts.onProgress?.({ phase: 'writing', done, total });
        },
        (err: unknown) => {
          failure ??= { err };
        },
      )
      .finally(() => inFlight.delete(running));
    inFlight.add(running);
    if (inFlight.size >= BATCHES_IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure) throw failure.err;
  return { imported, updated, unchanged, customers: groups.size, errors, refused: false };
}

function wakeUpJobId(event: EngineEvent): string {
  return `mail-${event.id}`.replace(/:/g, '-');
}

/**
 * The safety net of a batch planned in the importing process: one delayed job naming its customers.
 * When it runs (the import died before finishing the batch), each customer with mail or unfinished
 * effects gets its wake-up job. Its id comes from the batch's events, so a repeated batch adds none.
 */
async function addSweep(inbound: Queue, customerIds: string[], eventIds: string[]): Promise<string> {
  const jobId = `sweep-${createHash('sha1').update(eventIds.join('\n')).digest('hex').slice(0, 16)}`;
  await inbound.add('sweep', { customerIds }, { jobId, delay: SAFETY_NET_DELAY_MS });
  return jobId;
}

interface CustomerPlan {
  customer: Customer;
  customerChanged: boolean;
  isNew: boolean;
  changedInvoices: Invoice[];
  event?: EngineEvent;
}

/** The file describes name, language, zone and rep; what it leaves blank keeps its stored value or the default. */
function mergeCustomer(previous: Customer | null, group: ImportRow[], defaults: ApplyOptions['defaults']): Customer {
  const first = <K extends 'language' | 'timezone' | 'rep'>(k: K) => group.find((r) => r.customer[k] !== undefined)?.customer[k];
  const timezone = first('timezone') ?? previous?.timezone ?? defaults.timezone;
  const keepCalendar = previous && (previous.timezone === timezone || previous.holidayCalendar !== defaultHolidayCalendar(previous.timezone));
  const contacts = [...(previous?.contacts ?? [])];
  for (const row of group) {
    const c = row.contact;
    if (c && !contacts.some((x) => x.platform === c.platform && x.address === c.address)) contacts.push({ platform: c.platform, address: c.address, role: 'finance' });
  }
  const rep = first('rep') ?? previous?.rep;
  return CustomerSchema.parse({
    ...(previous ?? {}),
    id: group[0]!.customer.id,
    name: group[0]!.customer.name,
    language: first('language') ?? previous?.language ?? defaults.language,
    timezone,
    holidayCalendar: keepCalendar ? previous.holidayCalendar : defaultHolidayCalendar(timezone),
    contacts,
    ...(rep !== undefined ? { rep } : {}),
  });
}

function sameInvoice(a: Invoice, b: Invoice): boolean {
  return a.amount === b.amount && a.currency === b.currency && a.issueDate === b.issueDate && a.dueDate === b.dueDate && a.customerId === b.customerId;
}

/**
 * Each changed customer gets one `invoices_changed` event with its full invoice list. Its id comes from
 * the list before and after, so the same change enqueued twice is applied once, while changing an
 * amount back again is a new event.
 */
async function attachEvents(store: Store, plans: CustomerPlan[], storedInvoices: Map<string, Invoice>): Promise<void> {
  const existing = plans.filter((p) => !p.isNew);
  const memberLists = await inChunks(existing.map((p) => p.customer.id), async (ids) => {
    const pipe = store.redis.pipeline();
    for (const id of ids) pipe.smembers(store.keys.customerInvoices(id));
    const res = await pipe.exec();
    return new Map(ids.map((id, i) => [id, (res?.[i]?.[1] as string[] | undefined) ?? []]));
  });
  const missing = [...new Set([...memberLists.values()].flat())].filter((id) => !storedInvoices.has(id));
  for (const inv of (await inChunks(missing, async (ids) => await store.invoices.getMany(ids))).values()) storedInvoices.set(inv.id, inv);
  for (const p of plans) {
    const before = (memberLists.get(p.customer.id) ?? []).flatMap((id) => (storedInvoices.has(id) ? [storedInvoices.get(id)!] : []));
    const after = new Map(before.map((i) => [i.id, i]));
    for (const inv of p.changedInvoices) after.set(inv.id, inv);
    const invoices = [...after.values()].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
    p.event = { type: 'invoices_changed', id: `import-${p.customer.id}-${fingerprint(before)}-${fingerprint(invoices)}`, invoices };
  }
}

function fingerprint(invoices: Invoice[]): string {
  const lines = invoices.map((i) => `${i.id}|${i.amount}|${i.currency}|${i.issueDate}|${i.dueDate}`).sort();
  return createHash('sha1').update(lines.join('\n')).digest('hex').slice(0, 12);
}

async function contactsOf(store: Store, rows: ImportRow[]): Promise<Map<string, string>> {
  const contacts = new Map(rows.flatMap((r) => (r.contact ? [[contactKey(r.contact), r.contact] as const] : [])));
  return inChunks([...contacts.keys()], async (chunk) => {
    const owners = await store.redis.mget(...chunk.map((k) => store.keys.contact(contacts.get(k)!.platform, contacts.get(k)!.address)));
    return new Map(chunk.flatMap((k, i) => (owners[i] ? [[k, owners[i]] as [string, string]] : [])));
  });
}

function contactKey(c: { platform: string; address: string }): string {
  return `${c.platform}\n${c.address}`;
}

/**
 * Runs a bulk read chunk by chunk (MGET of 100k keys would block Redis) and merges the maps. The
 * chunks go out together, so their round trips overlap; the result keeps the chunks' order.
 */
async function inChunks<V>(ids: string[], read: (chunk: string[]) => Promise<Map<string, V> | V[]>): Promise<Map<string, V>> {
  const reads: Array<Promise<Map<string, V> | V[]>> = [];
  for (let i = 0; i < ids.length; i += CHUNK) reads.push(read(ids.slice(i, i + CHUNK)));
  const out = new Map<string, V>();
  (await Promise.all(reads)).forEach((got, c) => {
    if (Array.isArray(got)) got.forEach((v, j) => out.set(`${c * CHUNK + j}`, v));
    else for (const [k, v] of got) out.set(k, v);
  });
  return out;
}

/** Groups whole customers into batches of about `size` invoices, so a customer's writes and event share one MULTI. */
function* batches(plans: CustomerPlan[], size: number): Generator<CustomerPlan[]> {
  let batch: CustomerPlan[] = [];
  let n = 0;
  for (const p of plans) {
    batch.push(p);
    n += Math.max(1, p.changedInvoices.length);
    if (n >= size) {
      yield batch;
      batch = [];
      n = 0;
    }
  }
  if (batch.length) yield batch;
}
