import fc from 'fast-check';
import type { Case } from '../../src/domain/case.js';
import { isAutomated, type Decision, type Effect, type EngineEvent, type EngineState, type ScheduleEffect, type UnderstoodReply } from '../../src/engine/types.js';
import { AT, customers, given, invoice, when } from './given.js';

/**
 * Invariants over random event sequences: replies of every intent, payments, staff actions, opt-outs,
 * timers firing when due, and events delivered twice.
 */
type Action =
  | { kind: 'timer'; advance: number }
  | { kind: 'reply'; intent: UnderstoodReply['intent']; days: number | null; amount: number | null; advance: number }
  | { kind: 'payment'; invoice: 0 | 1; share: number; advance: number }
  | { kind: 'staff'; action: 'pause' | 'resume' | 'mark_disputed' | 'rep_message' | 'snooze' | 'mark_paid' | 'accept_promise' | 'reject_promise'; advance: number }
  | { kind: 'opt_out'; advance: number }
  | { kind: 'replay'; advance: number };

const HOUR = 3_600_000;
const advance = fc.integer({ min: 0, max: 72 });
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('timer' as const), advance }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('reply' as const),
      intent: fc.constantFrom('promise', 'paid', 'dispute', 'hardship', 'request_info', 'acknowledge', 'other' as const),
      days: fc.option(fc.integer({ min: -3, max: 60 })),
      amount: fc.option(fc.integer({ min: 1, max: 20_000 })),
      advance,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('payment' as const), invoice: fc.constantFrom(0 as const, 1 as const), share: fc.integer({ min: 1, max: 100 }), advance }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('staff' as const),
      action: fc.constantFrom('pause', 'resume', 'mark_disputed', 'rep_message', 'snooze', 'mark_paid', 'accept_promise', 'reject_promise' as const),
      advance,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('opt_out' as const), advance }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replay' as const), advance }) },
);

interface Step {
  before: EngineState;
  event: EngineEvent;
  decision: Decision;
  at: number;
}

function iso(ms: number, lang: 'zh' | 'en'): string {
  const offset = lang === 'zh' ? 8 : -5;
  const local = new Date(ms + offset * HOUR).toISOString().slice(0, 19);
  return AT[lang](local);
}

/** Plays the actions like the runtime would: timers of old epochs dropped, due timers fired at their instant. */
function play(lang: 'zh' | 'en', actions: Action[]): Step[] {
  const c = customers[lang];
  const cur = lang === 'zh' ? 'CNY' : 'USD';
  const invoices = [invoice(c.id, 'INV-1', 1_200_000, '2026-12-04', cur), invoice(c.id, 'INV-2', 300_000, '2026-12-18', cur)];
  let now = Date.parse(AT[lang]('2026-11-20T09:00:00'));
  let d = given(lang, invoices, iso(now, lang));
  let timers: ScheduleEffect[] = d.effects.filter((e): e is ScheduleEffect => e.kind === 'schedule');
  const steps: Step[] = [];
  let n = 0;
  for (const a of actions) {
    n += 1;
    now += a.advance * HOUR;
    let event: EngineEvent;
    const s = d.state;
    switch (a.kind) {
      case 'timer': {
        timers.sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
        const t = timers.shift();
        if (!t) continue;
        now = Math.max(now, Date.parse(t.at));
        event =
          t.timer === 'step'
            ? { type: 'step_due', id: `t${n}`, epoch: t.epoch, stepIndex: t.stepIndex! }
            : t.timer === 'promise_check'
              ? { type: 'promise_check', id: `t${n}`, epoch: t.epoch, promiseId: t.promiseId! }
              : { type: 'resume_due', id: `t${n}`, epoch: t.epoch };
        break;
      }
      case 'reply': {
        const today = iso(now, lang).slice(0, 10);
        const date = a.days === null ? null : new Date(Date.parse(`${today}T00:00:00Z`) + a.days * 24 * HOUR).toISOString().slice(0, 10);
        event = { type: 'reply', id: `r${n}`, understood: { intent: a.intent, date, amount: a.amount }, text: a.intent === 'other' && a.days === 0 ? 'scam' : 'x', contact: 'c', messageId: `m${n}` };
        break;
      }
      case 'payment': {
        const inv = s.invoices[a.invoice]!;
        event = { type: 'payment', id: `p${n}`, invoiceId: inv.id, amount: Math.max(1, Math.floor((inv.amount * a.share) / 100)), date: iso(now, lang).slice(0, 10) };
        break;
      }
      case 'staff': {
        const base = { type: 'staff' as const, id: `s${n}`, actor: 'u1' };
        const promiseId = s.case.proposal?.id ?? 'none';
        event =
          a.action === 'pause' ? { ...base, action: 'pause', until: iso(now + 48 * HOUR, lang) }
          : a.action === 'snooze' ? { ...base, action: 'snooze', until: iso(now + 24 * HOUR, lang) }
          : a.action === 'rep_message' ? { ...base, action: 'rep_message', text: 'hi', repName: 'Rep' }
          : a.action === 'accept_promise' || a.action === 'reject_promise' ? { ...base, action: a.action, promiseId }
          : { ...base, action: a.action };
        break;
      }
      case 'opt_out':
        event = { type: 'opt_out', id: `o${n}` };
        break;
      case 'replay': {
        const previous = steps.at(-1);
        if (!previous) continue;
        event = previous.event;
        break;
      }
    }
    const at = iso(now, lang);
    const decision = when(d.state, event, at);
    steps.push({ before: d.state, event, decision, at: now });
    for (const e of decision.effects) {
      if (e.kind === 'schedule') timers.push(e);
      if (e.kind === 'cancel_timers') timers = timers.filter((t) => t.epoch >= e.beforeEpoch);
    }
    d = decision;
  }
  return steps;
}

const sendsOf = (effects: Effect[]) => effects.filter((e): e is Extract<Effect, { kind: 'send' }> => e.kind === 'send');

/** What counts as "the plan": when any of it changes, old timers must become stale. */
function plan(c: Case): string {
  return JSON.stringify([c.status, c.anchorDate, c.pausedUntil, c.humanContactUntil, c.promises.filter((p) => p.status === 'pending').map((p) => p.id)]);
}

const runs = fc.tuple(fc.constantFrom('zh' as const, 'en' as const), fc.array(action, { minLength: 5, maxLength: 40 }));
const params = { numRuns: 50, seed: 20261204 };

describe('engine invariants over random event sequences', () => {
  test('nothing automated is sent while paused or disputed, and nothing at all once opted out', () => {
    fc.assert(
      fc.property(runs, ([lang, actions]) => {
        for (const s of play(lang, actions)) {
          const status = s.before.case.status;
          const sent = sendsOf(s.decision.effects);
          if (status === 'opted_out') expect(sent).toEqual([]);
          if (status === 'paused' || status === 'disputed') expect(sent.filter((x) => isAutomated(x.origin))).toEqual([]);
        }
      }),
      params,
    );
  });

  test('at most one automated message per customer per slot, and never two on one local day', () => {
    fc.assert(
      fc.property(runs, ([lang, actions]) => {
        const days = new Set<string>();
        const ids = new Set<string>();
        for (const s of play(lang, actions)) {
          const automated = sendsOf(s.decision.effects).filter((x) => isAutomated(x.origin));
          expect(automated.length).toBeLessThanOrEqual(1);
          for (const x of sendsOf(s.decision.effects)) {
            expect(ids.has(x.messageId)).toBe(false);
            ids.add(x.messageId);
          }
          for (const x of automated) {
            if (x.origin !== 'step') continue;
            const day = iso(s.at, lang).slice(0, 10);
            expect(days.has(day)).toBe(false);
            days.add(day);
          }
        }
      }),
      params,
    );
  });

  test('every recorded promise gets a check scheduled with it', () => {
    fc.assert(
      fc.property(runs, ([lang, actions]) => {
        for (const s of play(lang, actions)) {
          for (const e of s.decision.effects) {
            if (e.kind !== 'record_promise') continue;
            expect(s.decision.effects).toContainEqual(expect.objectContaining({ kind: 'schedule', timer: 'promise_check', promiseId: e.promise.id, epoch: s.decision.state.case.epoch }));
          }
        }
      }),
      params,
    );
  });

  test('the epoch changes whenever the plan changes, with old timers cancelled', () => {
    fc.assert(
      fc.property(runs, ([lang, actions]) => {
        for (const s of play(lang, actions)) {
          if (plan(s.before.case) === plan(s.decision.state.case)) continue;
          expect(s.decision.state.case.epoch).toBeGreaterThan(s.before.case.epoch);
          expect(s.decision.effects).toContainEqual({ kind: 'cancel_timers', customerId: s.before.customer.id, beforeEpoch: s.decision.state.case.epoch });
        }
      }),
      params,
    );
  });

  test('replaying the same event twice changes nothing the second time', () => {
    fc.assert(
      fc.property(runs, ([lang, actions]) => {
        for (const s of play(lang, actions)) {
          const again = when(s.decision.state, s.event, iso(s.at + HOUR, lang));
          expect(again.effects).toEqual([]);
          expect(again.state).toEqual(s.decision.state);
        }
      }),
      params,
    );
  });

  test('decide is deterministic and leaves its input untouched', () => {
    fc.assert(
      fc.property(runs, ([lang, actions]) => {
        for (const s of play(lang, actions).slice(0, 10)) {
          const copy = structuredClone(s.before);
          const again = when(s.before, s.event, iso(s.at, lang));
          expect(s.before).toEqual(copy);
          expect(again).toEqual(s.decision);
        }
      }),
      { ...params, numRuns: 20 },
    );
  });
});
