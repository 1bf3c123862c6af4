import type { Logger } from 'pino';
import type { Queues } from '../queues.js';
import type { OutboxJobData } from './outbound.js';
import type { Store } from '../store/index.js';
import type { Clock } from '../../clock.js';
import { CaseSchema, newCase, type Case } from '../../domain/case.js';
import { CustomerSchema } from '../../domain/customer.js';
import { compactJson, parseStored } from '../store/json.js';
import { CASE_DEFAULTS } from '../store/cases.js';
import { INVOICE_DEFAULTS } from '../store/invoices.js';
import type { AuditEntry } from '../../domain/audit.js';
import type { Decision, Effect, EngineEvent, EngineState, Playbook } from '../../engine/types.js';
import { CaseLock } from '../lock.js';
import { addTimerIndexWrites, addTimerIndexWritesMany, dispatchEffects, dispatchMany, timersKey, type Dispatchable, type KnownForDispatch } from './dispatch.js';
import { createHash, randomUUID } from 'node:crypto';
import type { ChainableCommander } from 'ioredis';
import type { Customer } from '../../domain/customer.js';
import { auditEntriesFor } from './audit-effects.js';
import { CLAIM_BATCH, FINISH_BATCH, LOAD_CASE, RELEASE_LOCKS, caseSnapshotKeys, type RawCaseSnapshot } from './case-scripts.js';
import { InvoiceSchema, type Invoice } from '../../domain/invoice.js';

export interface ApplyOptions {
  /** The case as already read in the caller's own round trip (with the lock): no second read. */
  snapshot?: RawCaseSnapshot;
  /**
   * Leave the pending-effects list for the caller to delete in its next write (the inbound worker
   * does it while taking the item off the mailbox): one round trip less per event.
   */
  callerClearsPending?: boolean;
}

/** One customer of an import batch: the event in its mailbox, and the customer and invoices just written. */
export interface BatchItem {
  customerId: string;
  item: { kind: 'event'; customerId: string; event: EngineEvent };
  /** The item as written to the mailbox, when the caller has it (saves writing it out again). */
  json?: string;
  customer: Customer;
  invoices: Invoice[];
}

const LOCK_TTL_MS = 30000;

/** A batch's case documents and pending-effect lists (key, value pairs for one MSET) and its evidence. */
interface BatchWrites {
  pairs: string[];
  audit: AuditEntry[];
}

export type DecideFn = (state: EngineState, event: EngineEvent, playbook: Playbook, now: Date) => Decision;

export interface ProcessorDeps {
  store: Store;
  queues: Queues;
  playbook: Playbook;
  clock: Clock;
  decide: DecideFn;
  logger: Logger;
  /** See DispatchDeps.sendNow: answers to a customer's message go out at once where it can. */
  sendNow?: (data: OutboxJobData) => Promise<boolean>;
}

/**
 * Runs one event through the engine for one customer and makes its effects real:
 * state, audit and the list of effects still to dispatch are written in one transaction; the jobs are
 * added after, with deterministic ids, and the list is cleared. A crash in between leaves the list,
 * which the next event for that customer dispatches first: nothing is lost, nothing doubled.
 */
export class CaseProcessor {
  readonly lock: CaseLock;
  constructor(private readonly deps: ProcessorDeps) {
    this.lock = new CaseLock(deps.store.redis, (id) => deps.store.keys.lock(id));
  }

  private pendingKey(customerId: string) {
    return this.deps.store.keys.pendingEffects(customerId);
  }

  /** Takes the case lock (waiting for it), applies the event, releases. */
  async apply(customerId: string, event: EngineEvent): Promise<Decision | null> {
    const token = await this.lock.acquire(customerId);
    try {
      return await this.applyLocked(customerId, event);
    } finally {
      await this.lock.release(customerId, token);
    }
  }

  /** The caller holds the case lock. */
  /**
   * `event` may be a function of the loaded state (a customer's message is understood against their
   * own time zone and invoices), so the state is read once.
   */
  async applyLocked(customerId: string, eventOrMaker: EngineEvent | ((state: EngineState, now: Date) => EngineEvent), opts: ApplyOptions = {}): Promise<Decision | null> {
    const { store, clock, playbook, decide, logger } = this.deps;
    const keys = store.keys;
    // One round trip for everything the decision needs, the customer's invoices included.
    const loaded = opts.snapshot ?? ((await LOAD_CASE.run(store.redis, 6, ...caseSnapshotKeys(store, customerId), keys.invoice(''))) as RawCaseSnapshot);
    const [pendingRaw, customerRaw, , invoiceRaws, caseRaw, lastInboundFlat, timersFlat] = loaded;
    if (pendingRaw) await this.flushPending(customerId);
    const customer = parseStored(CustomerSchema, customerRaw);
    if (!customer) {
      logger.warn({ customerId, event: typeof eventOrMaker === 'function' ? 'message' : eventOrMaker.type }, 'event for an unknown customer ignored');
      return null;
    }
    const invoices = invoiceRaws
      .map((r) => parseStored(InvoiceSchema, r, INVOICE_DEFAULTS))
      .filter((x): x is Invoice => x !== null)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
    const existing = parseStored(CaseSchema, caseRaw, CASE_DEFAULTS);
    const state: EngineState = { customer, invoices, case: existing ?? newCase(customerId) };
    const now = clock.now();
    const event = typeof eventOrMaker === 'function' ? eventOrMaker(state, now) : eventOrMaker;
    const decision = decide(state, event, playbook, now);
    if (decision.effects.length === 0 && decision.state === state) return decision;
    const nowIso = now.toISOString();
    const next: Case = { ...decision.state.case, updatedAt: nowIso };

    const multi = store.redis.multi();
    this.addDecisionWrites(multi, customerId, state, decision, next, nowIso, event);
    const dispatchable = decision.effects.filter(isDispatchable);
    // After a crashed run's flush the timer index has changed since it was read: dispatch reads it again then.
    const known: KnownForDispatch = { lastInbound: pairsToRecord(lastInboundFlat) };
    if (!pendingRaw) {
      known.timers = timerEntries(timersFlat);
      addTimerIndexWrites(multi, store, customerId, dispatchable, known.timers);
      known.timerIndexWritten = true;
    }
    await multi.exec();

    if (dispatchable.length) {
      await dispatchEffects({ ...this.dispatchDeps(), sendNow: this.deps.sendNow }, customer, next, dispatchable, now, known);
      if (!opts.callerClearsPending) await store.redis.del(this.pendingKey(customerId));
    }
    return { state: { ...decision.state, case: next }, effects: decision.effects };
  }

  /**
   * Applies many customers' first mailbox events together (an import's batch): the caller has the
   * customers and invoices it just wrote, so only the case is read, and every step is one round trip
   * for the whole batch. A customer is taken only in the plain case (lock free, exactly this event in
   * the mailbox, nothing left over from a crash); the others stay for the inbound workers. Returns the
   * ids of the customers applied here.
   */
  async applyBatch(batch: BatchItem[]): Promise<Set<string>> {
    const { store, clock, playbook, decide } = this.deps;
    const keys = store.keys;
    if (batch.length === 0) return new Set();
    const token = randomUUID();
    const claimKeys = batch.flatMap((b) => [keys.lock(b.customerId), keys.mailbox(b.customerId), this.pendingKey(b.customerId), keys.case(b.customerId), timersKey(store, b.customerId)]);
    const claimed = (await CLAIM_BATCH.run(store.redis, claimKeys.length, ...claimKeys, token, LOCK_TTL_MS, ...batch.map((b) => sha1(b.json ?? JSON.stringify(b.item))))) as Array<0 | [string | null, string[]]>;
    const mine = batch.flatMap((b, i) => {
      const got = claimed[i];
      return Array.isArray(got) ? [{ b, caseRaw: got[0], timers: timerEntries(got[1]) }] : [];
    });
    try {
      const now = clock.now();
      const nowIso = now.toISOString();
      const multi = store.redis.multi();
      const toDispatch: Array<{ customer: Customer; next: Case; effects: Dispatchable[]; timers: Array<{ jobId: string; epoch: number }> }> = [];
      const collected: BatchWrites = { pairs: [], audit: [] };
      for (const { b, caseRaw, timers } of mine) {
        const invoices = [...b.invoices].sort((x, y) => x.dueDate.localeCompare(y.dueDate) || x.id.localeCompare(y.id));
        const state: EngineState = { customer: b.customer, invoices, case: parseStored(CaseSchema, caseRaw, CASE_DEFAULTS) ?? newCase(b.customerId) };
        const decision = decide(state, b.item.event, playbook, now);
        const next: Case = { ...decision.state.case, updatedAt: nowIso };
        this.addDecisionWrites(multi, b.customerId, state, decision, next, nowIso, b.item.event, collected);
        toDispatch.push({ customer: b.customer, next, effects: decision.effects.filter(isDispatchable), timers });
      }
      this.flushBatchWrites(multi, collected);
      addTimerIndexWritesMany(multi, store, toDispatch.map((d) => ({ customerId: d.customer.id, effects: d.effects, timers: d.timers })));
      await multi.exec();
      await dispatchMany(this.dispatchDeps(), toDispatch, now);
      // The mail is taken only now that its effects are out: a crash before leaves it for the workers.
      const finishKeys = mine.flatMap(({ b }) => [this.pendingKey(b.customerId), keys.mailbox(b.customerId), keys.lock(b.customerId)]);
      if (finishKeys.length) await FINISH_BATCH.run(store.redis, finishKeys.length, ...finishKeys, token);
      return new Set(mine.map(({ b }) => b.customerId));
    } catch (err) {
      const locks = mine.map(({ b }) => keys.lock(b.customerId));
      if (locks.length) await RELEASE_LOCKS.run(store.redis, locks.length, ...locks, token).catch(() => undefined);
      throw err;
    }
  }

  /**
   * The writes of one decision, added to a transaction: case, changed invoices, alert index, effects to
   * dispatch, evidence. With `batch`, the case, the effects and the evidence are collected instead,
   * for the caller to write for many customers at once (flushBatchWrites).
   */
  private addDecisionWrites(multi: ChainableCommander, customerId: string, state: EngineState, decision: Decision, next: Case, nowIso: string, event: EngineEvent, batch?: BatchWrites): void {
    const { store } = this.deps;
    const keys = store.keys;
    if (batch) batch.pairs.push(keys.case(customerId), compactJson(next, CASE_DEFAULTS));
    else store.cases.addSave(multi, next);
    const before = new Map(state.invoices.map((i) => [i.id, i]));
    for (const inv of decision.state.invoices) {
      const old = before.get(inv.id);
      if (!old || !sameFields(old, inv)) store.invoices.addSave(multi, inv);
    }
    for (const esc of next.escalations) {
      const old = state.case.escalations.find((e) => e.id === esc.id);
      if (!old || old.status !== esc.status) store.escalations.addIndex(multi, esc.id, customerId, esc.status === 'open', Date.parse(esc.raisedAt));
    }
    const dispatchable = decision.effects.filter(isDispatchable);
    if (dispatchable.length) {
      if (batch) batch.pairs.push(this.pendingKey(customerId), JSON.stringify(dispatchable));
      else multi.set(this.pendingKey(customerId), JSON.stringify(dispatchable));
    }
    // The evidence goes in the same transaction: a crash must not keep a recorded promise without its audit line.
    const evidence = auditEntriesFor(customerId, event, decision.effects, nowIso, next);
    if (batch) batch.audit.push(...evidence);
    else store.audit.addAppend(multi, evidence);
  }

  /** Writes what addDecisionWrites collected for a batch: one MSET, one evidence script. */
  private flushBatchWrites(multi: ChainableCommander, batch: BatchWrites): void {
    if (batch.pairs.length) multi.mset(...batch.pairs);
    this.deps.store.audit.addAppend(multi, batch.audit);
  }

  private dispatchDeps() {
    return { store: this.deps.store, queues: this.deps.queues, clock: this.deps.clock };
  }

  /** Dispatches what a crashed run left behind (jobs have deterministic ids, so repeats are no-ops). */
  private async flushPending(customerId: string): Promise<void> {
    const raw = await this.deps.store.redis.get(this.pendingKey(customerId));
    if (!raw) return;
    const customer = await this.deps.store.customers.get(customerId);
    const c = await this.deps.store.cases.get(customerId);
    if (customer && c) await dispatchEffects(this.dispatchDeps(), customer, c, JSON.parse(raw) as Dispatchable[], this.deps.clock.now());
    await this.deps.store.redis.del(this.pendingKey(customerId));
  }
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Invoices are flat records of plain values: equal when every field is. */
function sameFields(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if ((a as Record<string, unknown>)[k] !== (b as Record<string, unknown>)[k]) return false;
  return true;
}

function pairsToRecord(flat: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) out[flat[i]!] = flat[i + 1]!;
  return out;
}

function timerEntries(flat: string[]): Array<{ jobId: string; epoch: number }> {
  const out: Array<{ jobId: string; epoch: number }> = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ jobId: flat[i]!, epoch: Number(flat[i + 1]) });
  return out;
}

function isDispatchable(e: Effect): e is Dispatchable {
  return e.kind === 'send' || e.kind === 'schedule' || e.kind === 'cancel_timers' || e.kind === 'raise_escalation' || e.kind === 'resolve_escalation';
}

export type { AuditEntry };
