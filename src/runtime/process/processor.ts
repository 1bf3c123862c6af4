import type { Logger } from 'pino';
import type { Queues } from '../queues.js';
import type { OutboxJobData } from './outbound.js';
import type { Store } from '../store/index.js';
import type { Clock } from '../../clock.js';
import { CaseSchema, newCase, type Case } from '../../domain/case.js';
import { CustomerSchema } from '../../domain/customer.js';
import { parseStored } from '../store/json.js';
import { CASE_DEFAULTS } from '../store/cases.js';
import { INVOICE_DEFAULTS } from '../store/invoices.js';
import type { AuditEntry } from '../../domain/audit.js';
import type { Decision, Effect, EngineEvent, EngineState, Playbook } from '../../engine/types.js';
import { CaseLock } from '../lock.js';
import { addTimerIndexWrites, dispatchEffects, dispatchMany, lastInboundKey, timersKey, type Dispatchable, type KnownForDispatch } from './dispatch.js';
import { randomUUID } from 'node:crypto';
import type { ChainableCommander } from 'ioredis';
import type { Customer } from '../../domain/customer.js';
import { RELEASE_LOCK } from '../lock.js';
import { auditEntriesFor } from './audit-effects.js';
import { LuaScript } from '../../redis/script.js';
import { InvoiceSchema, type Invoice } from '../../domain/invoice.js';

/**
 * Lua that reads what a decision needs (KEYS 1–6: pending effects, customer, customer's invoice set,
 * case, last inbound address, timer index; ARGV[1]: the invoice key prefix) as one array: pending,
 * customer, invoice ids, the invoices (MGET in that order, false for a missing one), case, the last
 * inbound address (HGETALL) and the timers (ZRANGE WITHSCORES). The invoice keys share the
 * installation's hash tag, so on a cluster they are on the same slot as the declared keys.
 */
export const LOAD_CASE_LUA = `
local function load_case()
  local ids = redis.call('SMEMBERS', KEYS[3])
  local invoices = {}
  for i = 1, #ids, 500 do
    local chunk = {}
    for j = i, math.min(i + 499, #ids) do chunk[#chunk + 1] = ARGV[1] .. ids[j] end
    local got = redis.call('MGET', unpack(chunk))
    for j = 1, #got do invoices[#invoices + 1] = got[j] end
  end
  return { redis.call('GET', KEYS[1]), redis.call('GET', KEYS[2]), ids, invoices, redis.call('GET', KEYS[4]),
    redis.call('HGETALL', KEYS[5]), redis.call('ZRANGE', KEYS[6], 0, -1, 'WITHSCORES') }
end
`;

const LOAD_CASE = new LuaScript(`${LOAD_CASE_LUA}\nreturn load_case()`);

/** What LOAD_CASE_LUA returns, as Redis hands it back. */
export type RawCaseSnapshot = [string | null, string | null, string[], Array<string | null>, string | null, string[], string[]];

/** The keys LOAD_CASE_LUA reads, in its order. */
export function caseSnapshotKeys(store: Store, customerId: string): string[] {
  const keys = store.keys;
  return [keys.k('pending-effects', customerId), keys.customer(customerId), keys.customerInvoices(customerId), keys.case(customerId), lastInboundKey(store, customerId), timersKey(store, customerId)];
}

export interface ApplyOptions {
  /** The case as already read in the caller's own round trip (with the lock): no second read. */
  snapshot?: RawCaseSnapshot;
  /**
   * Leave the pending-effects list for the caller to delete in its next write (the inbound worker
   * does it while taking the item off the mailbox): one round trip less per event.
   */
  callerClearsPending?: boolean;
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
    return this.deps.store.keys.k('pending-effects', customerId);
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
   * Applies many customers' first mailbox events together (see process/batch.ts): one round trip per
   * step for the whole batch instead of a dozen per customer. Returns how many were applied here.
   */
  async applyBatch(mailed: Array<{ customerId: string; item: { kind: 'event'; customerId: string; event: EngineEvent } }>): Promise<number> {
    const { store, clock, playbook, decide } = this.deps;
    const keys = store.keys;
    if (mailed.length === 0) return 0;
    const tokens = mailed.map(() => randomUUID());
    const locking = store.redis.pipeline();
    mailed.forEach((m, i) => locking.set(keys.lock(m.customerId), tokens[i]!, 'PX', 30000, 'NX'));
    const locked = (await locking.exec()) ?? [];
    const mine = mailed.map((m, i) => ({ ...m, token: tokens[i]!, json: JSON.stringify(m.item) })).filter((_, i) => locked[i]?.[1] === 'OK');
    try {
      const reading = store.redis.pipeline();
      for (const m of mine) {
        reading.lrange(keys.mailbox(m.customerId), 0, 1).get(this.pendingKey(m.customerId)).get(keys.customer(m.customerId)).smembers(keys.customerInvoices(m.customerId)).get(keys.case(m.customerId));
      }
      const read = ((await reading.exec()) ?? []).map(([err, v]) => {
        if (err) throw err;
        return v;
      });
      const ready: Array<{ m: (typeof mine)[number]; customer: Customer; invoiceIds: string[]; caseRaw: string | null }> = [];
      mine.forEach((m, i) => {
        const [mail, pending, customerRaw, invoiceIds, caseRaw] = read.slice(i * 5, i * 5 + 5) as [string[], string | null, string | null, string[], string | null];
        const customer = parseStored(CustomerSchema, customerRaw);
        // Only the plain case: exactly this event waiting, nothing left over from a crash.
        if (mail.length === 1 && mail[0] === m.json && !pending && customer) ready.push({ m, customer, invoiceIds, caseRaw });
      });
      const allInvoices = new Map((await store.invoices.getMany(ready.flatMap((r) => r.invoiceIds))).map((inv) => [inv.id, inv]));
      const now = clock.now();
      const nowIso = now.toISOString();
      const multi = store.redis.multi();
      const toDispatch: Array<{ customer: Customer; next: Case; effects: Dispatchable[] }> = [];
      for (const r of ready) {
        const invoices = r.invoiceIds.flatMap((id) => (allInvoices.has(id) ? [allInvoices.get(id)!] : [])).sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
        const state: EngineState = { customer: r.customer, invoices, case: parseStored(CaseSchema, r.caseRaw, CASE_DEFAULTS) ?? newCase(r.customer.id) };
        const decision = decide(state, r.m.item.event, playbook, now);
        const next: Case = { ...decision.state.case, updatedAt: nowIso };
        this.addDecisionWrites(multi, r.customer.id, state, decision, next, nowIso, r.m.item.event);
        toDispatch.push({ customer: r.customer, next, effects: decision.effects.filter(isDispatchable) });
      }
      await multi.exec();
      await dispatchMany(this.dispatchDeps(), toDispatch, now);
      // The mail is taken only now that its effects are out: a crash before leaves it for the workers.
      const done = store.redis.pipeline();
      for (const r of ready) done.del(this.pendingKey(r.customer.id)).lpop(keys.mailbox(r.customer.id));
      await done.exec();
      return ready.length;
    } finally {
      const releasing = store.redis.pipeline();
      for (const m of mine) releasing.eval(RELEASE_LOCK, 1, keys.lock(m.customerId), m.token);
      await releasing.exec();
    }
  }

  /** The writes of one decision, added to a transaction: case, changed invoices, alert index, effects to dispatch, evidence. */
  private addDecisionWrites(multi: ChainableCommander, customerId: string, state: EngineState, decision: Decision, next: Case, nowIso: string, event: EngineEvent): void {
    const { store } = this.deps;
    store.cases.addSave(multi, next);
    const before = new Map(state.invoices.map((i) => [i.id, JSON.stringify(i)]));
    for (const inv of decision.state.invoices) {
      if (before.get(inv.id) !== JSON.stringify(inv)) store.invoices.addSave(multi, inv);
    }
    for (const esc of next.escalations) {
      const old = state.case.escalations.find((e) => e.id === esc.id);
      if (!old || old.status !== esc.status) store.escalations.addIndex(multi, esc.id, customerId, esc.status === 'open', Date.parse(esc.raisedAt));
    }
    const dispatchable = decision.effects.filter(isDispatchable);
    if (dispatchable.length) multi.set(this.pendingKey(customerId), JSON.stringify(dispatchable));
    // The evidence goes in the same transaction: a crash must not keep a recorded promise without its audit line.
    store.audit.addAppend(multi, auditEntriesFor(customerId, event, decision.effects, nowIso, next));
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
