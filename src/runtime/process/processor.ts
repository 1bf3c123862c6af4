import type { Logger } from 'pino';
import type { Queues } from '../queues.js';
import type { Store } from '../store/index.js';
import type { Clock } from '../../clock.js';
import { CaseSchema, newCase, type Case } from '../../domain/case.js';
import { CustomerSchema } from '../../domain/customer.js';
import { parseStored } from '../store/json.js';
import type { AuditEntry } from '../../domain/audit.js';
import type { Decision, Effect, EngineEvent, EngineState, Playbook } from '../../engine/types.js';
import { CaseLock } from '../lock.js';
import { dispatchEffects, type Dispatchable } from './dispatch.js';
import { auditEntriesFor } from './audit-effects.js';

export type DecideFn = (state: EngineState, event: EngineEvent, playbook: Playbook, now: Date) => Decision;

export interface ProcessorDeps {
  store: Store;
  queues: Queues;
  playbook: Playbook;
  clock: Clock;
  decide: DecideFn;
  logger: Logger;
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
  async applyLocked(customerId: string, event: EngineEvent): Promise<Decision | null> {
    const { store, clock, playbook, decide, logger } = this.deps;
    const keys = store.keys;
    // One round trip for everything the decision needs.
    const loaded = await store.redis
      .pipeline()
      .get(this.pendingKey(customerId))
      .get(keys.customer(customerId))
      .smembers(keys.customerInvoices(customerId))
      .get(keys.case(customerId))
      .exec();
    const [pendingRaw, customerRaw, invoiceIds, caseRaw] = (loaded ?? []).map(([err, v]) => {
      if (err) throw err;
      return v;
    }) as [string | null, string | null, string[], string | null];
    if (pendingRaw) await this.flushPending(customerId);
    const customer = parseStored(CustomerSchema, customerRaw);
    if (!customer) {
      logger.warn({ customerId, event: event.type }, 'event for an unknown customer ignored');
      return null;
    }
    const invoices = (await store.invoices.getMany(invoiceIds)).sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
    const existing = parseStored(CaseSchema, caseRaw);
    const state: EngineState = { customer, invoices, case: existing ?? newCase(customerId) };
    const now = clock.now();
    const decision = decide(state, event, playbook, now);
    if (decision.effects.length === 0 && decision.state === state) return decision;
    const nowIso = now.toISOString();
    const next: Case = { ...decision.state.case, updatedAt: nowIso };

    const multi = store.redis.multi();
    store.cases.addSave(multi, next);
    const before = new Map(invoices.map((i) => [i.id, JSON.stringify(i)]));
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
    await multi.exec();

    if (dispatchable.length) {
      await dispatchEffects(this.dispatchDeps(), customer, next, dispatchable, now);
      await store.redis.del(this.pendingKey(customerId));
    }
    return { state: { ...decision.state, case: next }, effects: decision.effects };
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

function isDispatchable(e: Effect): e is Dispatchable {
  return e.kind === 'send' || e.kind === 'schedule' || e.kind === 'cancel_timers' || e.kind === 'raise_escalation' || e.kind === 'resolve_escalation';
}

export type { AuditEntry };
