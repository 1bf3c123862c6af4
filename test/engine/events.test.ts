import type { Decision, EngineEvent, StaffEvent } from '../../src/engine/types.js';
import { AT, fireStep, given, invoice, overdue, reply, sends, summary, when } from './given.js';

/** Every event the engine takes, Given/When/Then, in zh and en. */
const ids = { zh: 'C1', en: 'C2' } as const;

function staff(action: StaffEvent['action'], extra: Record<string, unknown> = {}, id = `s-${action}`): EngineEvent {
  return { type: 'staff', id, actor: 'u-lin', action, ...extra } as StaffEvent;
}

function runSteps(d: Decision, untilIndex: number): Decision {
  while (d.state.case.stepIndex < untilIndex) {
    const [ev, at] = fireStep(d);
    d = when(d.state, ev, at);
  }
  return d;
}

describe.each(['zh', 'en'] as const)('events (%s)', (lang) => {
  const cid = ids[lang];
  const cur = lang === 'zh' ? 'CNY' : 'USD';
  const at = AT[lang];

  test('Given two open invoices, When imported, Then one plan from the earliest due date and one consolidated message per slot', () => {
    const d = given(lang, [invoice(cid, 'INV-2', 500_000, '2026-12-10', cur), invoice(cid, 'INV-1', 1_200_000, '2026-12-04', cur)], at('2026-11-20T09:00:00'));
    expect(d.state.case.anchorDate).toBe('2026-12-04');
    expect(summary(d.effects)).toEqual(['audit invoices_changed', 'cancel_timers <e1', `schedule step ${d.state.case.nextAction!.at} e1 step0`, ]);
    const [ev, when1] = fireStep(d);
    const sent = when(d.state, ev, when1);
    expect(sends(sent.effects)).toHaveLength(1);
    expect(sends(sent.effects)[0]).toMatchObject({ template: 'reminder', tone: 'friendly', invoiceIds: ['INV-1', 'INV-2'], reply: false, origin: 'step', messageId: `${cid}-e1-friendly-7` });
    expect(sends(sent.effects)[0]!.text).toContain(lang === 'zh' ? '合计:¥17,000.00' : 'Total: US$17,000.00');
  });

  test('Given the +10 step is due, When its timer fires, Then a firm reminder goes out, the rep is alerted, and silence escalates', () => {
    const d = overdue(lang);
    const [ev, t] = fireStep(d);
    const firm = when(d.state, ev, t);
    expect(summary(firm.effects)).toEqual([
      'send step reminder firm [INV-1]',
      'raise_escalation step rep',
      'raise_escalation silence team',
      `schedule step ${firm.state.case.nextAction!.at} e1 step5`,
    ]);
    expect(sends(firm.effects)[0]!.text.split('\n')[0]).toBe(
      lang === 'zh'
        ? '华东贸易您好,以下款项已逾期 7 天,我们需要您尽快安排付款,或回复告诉我们具体的付款日期。'
        : 'Hi Acme Trading, the invoices below are now 7 days overdue. Please arrange payment promptly, or reply with the date it will be made.',
    );
  });

  test('Given the +30 step is due, When its timer fires, Then the formal notice is drafted for a manager to approve, not sent; approval sends it', () => {
    const d = runSteps(overdue(lang), 5);
    const [ev, t] = fireStep(d);
    const drafted = when(d.state, ev, t);
    expect(summary(drafted.effects)).toEqual(['raise_escalation formal_notice manager pending_approval', `schedule step ${drafted.state.case.nextAction!.at} e1 step6`]);
    const raise = drafted.effects[0] as Extract<typeof drafted.effects[0], { kind: 'raise_escalation' }> & { draft: { text: string } };
    expect(raise.draft.text).toContain(lang === 'zh' ? '以下款项已逾期' : 'remain unpaid');
    const approved = when(drafted.state, staff('approve_notice', { escalationId: raise.escalation.id }), at('2027-01-05T11:00:00'));
    expect(summary(approved.effects)).toEqual(['audit staff', 'resolve_escalation resolved by u-lin', 'send staff formal_notice formal [INV-1]']);
    expect(sends(approved.effects)[0]!.messageId).toBe(`${cid}-e1-formal-30`);
  });

  test('Given the +60 step is due, When its timer fires, Then legal review is alerted with no message to the customer', () => {
    const d = runSteps(overdue(lang), 6);
    const [ev, t] = fireStep(d);
    const legal = when(d.state, ev, t);
    expect(summary(legal.effects)).toEqual(['raise_escalation step legal']);
    expect(legal.state.case.escalationLevel).toBe(4);
  });

  test('Given a timer of an older epoch, When it fires, Then nothing is sent', () => {
    const d = overdue(lang);
    const paused = when(d.state, staff('pause', { until: null }), at('2026-12-09T10:00:00'));
    const stale: EngineEvent = { type: 'step_due', id: 'old', epoch: 1, stepIndex: 4 };
    expect(summary(when(paused.state, stale, at('2026-12-11T09:30:00')).effects)).toEqual(['audit stale_timer']);
  });

  test('Given an overdue case, When full payment arrives, Then the invoice is paid, the case closes with thanks and timers are cancelled', () => {
    const d = overdue(lang);
    const paid = when(d.state, { type: 'payment', id: 'pay1', invoiceId: 'INV-1', amount: 1_200_000, date: '2026-12-09' }, at('2026-12-09T15:00:00'));
    expect(summary(paid.effects)).toEqual([
      'update_invoice INV-1 paid 1200000',
      'audit payment',
      'send system payment_received friendly [INV-1]',
      'cancel_timers <e2',
      'status active -> closed',
    ]);
    expect(sends(paid.effects)[0]!.text).toBe(
      lang === 'zh' ? '华东贸易您好,款项已收到(发票 INV-1),非常感谢您的支持与配合!' : 'Hi Acme Trading, we have received your payment (invoices INV-1). Thank you very much!',
    );
  });

  test('Given an overdue case, When a partial payment arrives, Then the plan re-anchors on the payment and the remainder is chased', () => {
    const d = overdue(lang);
    const part = when(d.state, { type: 'payment', id: 'pay1', invoiceId: 'INV-1', amount: 200_000, date: '2026-12-10' }, at('2026-12-10T15:00:00'));
    expect(summary(part.effects).slice(0, 3)).toEqual(['update_invoice INV-1 open 200000', 'audit payment', 'cancel_timers <e2']);
    // The +3 reminder counts as sent on 12-10, so the +10 one comes 7 days later.
    expect(part.state.case.anchorDate).toBe('2026-12-07');
    expect(part.state.case.nextAction).toMatchObject({ kind: 'step', stepIndex: 4 });
    expect(part.state.case.nextAction!.at >= '2026-12-17').toBe(true);
    const [ev, t] = fireStep(part);
    expect(sends(when(part.state, ev, t).effects)[0]!.text).toContain(lang === 'zh' ? '¥10,000.00' : 'US$10,000.00');
  });

  test('Given a promise, When its check finds it paid, Then it is kept; When unpaid, Then broken: follow-up, alert, ladder resumes', () => {
    const promised = when(overdue(lang).state, reply('promise', 'Friday', '2026-12-11', null, 'r1'), at('2026-12-09T10:30:00'));
    const check: EngineEvent = { type: 'promise_check', id: 'chk', promiseId: `${cid}-p1`, epoch: promised.state.case.epoch };
    const checkAt = promised.state.case.nextAction!.at;
    const broken = when(promised.state, check, checkAt);
    expect(summary(broken.effects)).toEqual([
      `update_promise ${cid}-p1 broken`,
      'update_invoice INV-1 open 0',
      'send followup broken_promise clear [INV-1] buttons:date:2026-12-18,date:2026-12-22,date:2026-12-29',
      'raise_escalation broken_promise rep',
      'cancel_timers <e3',
      `schedule step ${broken.state.case.nextAction!.at} e3 step4`,
      'status promised -> active',
    ]);
    expect(sends(broken.effects)[0]!.text).toContain(lang === 'zh' ? '您之前说会在 2026年12月11日(周五) 付款' : 'you mentioned you would pay on Fri 11 Dec 2026');
    const paid = when(promised.state, { type: 'payment', id: 'pay', invoiceId: 'INV-1', amount: 1_200_000, date: '2026-12-11' }, at('2026-12-11T16:00:00'));
    expect(summary(paid.effects)).toContain(`update_promise ${cid}-p1 kept`);
  });

  test('Given a promise for part of the amount, When that part is paid, Then the promise is kept and reminders resume for the rest', () => {
    const promised = when(overdue(lang).state, reply('promise', '5000 Friday', '2026-12-11', 5000, 'r1'), at('2026-12-09T10:30:00'));
    const paid = when(promised.state, { type: 'payment', id: 'pay', invoiceId: 'INV-1', amount: 500_000, date: '2026-12-11' }, at('2026-12-11T16:00:00'));
    expect(summary(paid.effects).slice(0, 4)).toEqual(['update_invoice INV-1 promised 500000', 'audit payment', `update_promise ${cid}-p1 kept`, 'cancel_timers <e3']);
    expect(paid.state.case.status).toBe('active');
  });

  test('Given an active case, When the customer opts out, Then one confirmation, an alert, and nothing more', () => {
    const out = when(overdue(lang).state, { type: 'opt_out', id: 'stop', text: lang === 'zh' ? '退订' : 'STOP' }, at('2026-12-09T10:30:00'));
    expect(summary(out.effects)).toEqual(['send reply opt_out_confirm friendly [INV-1]', 'raise_escalation opt_out rep', 'cancel_timers <e2', 'status active -> opted_out']);
    expect(summary(when(out.state, reply('other', 'hi'), at('2026-12-10T10:00:00')).effects)).toEqual(['audit reply']);
  });

  test('Given a pause with an end, When the resume timer fires, Then the plan picks up with a new epoch', () => {
    const paused = when(overdue(lang).state, staff('pause', { until: at('2026-12-20T09:00:00') }), at('2026-12-09T10:00:00'));
    expect(summary(paused.effects)).toEqual(['audit staff', 'cancel_timers <e2', `schedule resume ${at('2026-12-20T09:00:00')} e2`, 'status active -> paused']);
    const resumed = when(paused.state, { type: 'resume_due', id: 'res', epoch: 2 }, at('2026-12-20T09:00:00'));
    expect(summary(resumed.effects)).toEqual(['cancel_timers <e3', `schedule step ${resumed.state.case.nextAction!.at} e3 step4`, 'status paused -> active']);
  });

  test('Given open alerts, When staff acknowledge, assign and snooze, Then escalations change status and snooze holds reminders', () => {
    const disputed = when(overdue(lang).state, reply('other', 'scam!!', null, null, 'r1'), at('2026-12-09T10:30:00'));
    const esc = disputed.state.case.escalations[0]!.id;
    const ack = when(disputed.state, staff('acknowledge', { escalationId: esc }), at('2026-12-09T11:00:00'));
    expect(summary(ack.effects)).toEqual(['audit staff', 'resolve_escalation acknowledged by u-lin']);
    const assigned = when(ack.state, staff('assign', { escalationId: esc, assignee: 'u-wang' }), at('2026-12-09T11:05:00'));
    expect(summary(assigned.effects)).toEqual(['audit staff', 'resolve_escalation acknowledged by u-lin to u-wang']);
    const snoozed = when(assigned.state, staff('snooze', { until: at('2026-12-16T09:00:00') }), at('2026-12-09T11:10:00'));
    expect(snoozed.state.case).toMatchObject({ status: 'paused', pauseReason: 'snoozed', pausedUntil: at('2026-12-16T09:00:00') });
  });

  test('Given a dispute, When staff resume, Then the invoice is chased again; When staff mark disputed, Then the case waits', () => {
    const disputed = when(overdue(lang).state, staff('mark_disputed', {}), at('2026-12-09T10:00:00'));
    expect(summary(disputed.effects)).toEqual(['audit staff', 'update_invoice INV-1 disputed 0', 'cancel_timers <e2', 'status active -> disputed']);
    const resumed = when(disputed.state, staff('resume', {}, 's-resume'), at('2026-12-10T10:00:00'));
    expect(summary(resumed.effects).slice(0, 3)).toEqual(['audit staff', 'update_invoice INV-1 open 0', 'cancel_timers <e3']);
    expect(resumed.state.case.status).toBe('active');
  });

  test('Given a paid claim, When staff mark paid, Then the case closes and the verification alert resolves', () => {
    const claimed = when(overdue(lang).state, reply('paid', 'paid', null, null, 'r1'), at('2026-12-09T10:30:00'));
    const done = when(claimed.state, staff('mark_paid'), at('2026-12-10T10:00:00'));
    expect(summary(done.effects)).toEqual([
      'audit staff',
      'update_invoice INV-1 paid 1200000',
      'resolve_escalation resolved by u-lin',
      'send system payment_received friendly [INV-1]',
      'cancel_timers <e3',
      'status paused -> closed',
    ]);
  });

  test('Given a late promise awaiting staff, When staff accept it, Then it is recorded and confirmed; When rejected, Then earlier dates are offered', () => {
    const late = when(overdue(lang).state, reply('promise', 'March', '2027-03-01', null, 'r1'), at('2026-12-09T10:30:00'));
    const accepted = when(late.state, staff('accept_promise', { promiseId: `${cid}-p1` }), at('2026-12-09T14:00:00'));
    expect(summary(accepted.effects).slice(0, 4)).toEqual(['audit staff', 'resolve_escalation resolved by u-lin', `record_promise ${cid}-p1 2027-03-01 all`, 'update_invoice INV-1 promised 0']);
    expect(sends(accepted.effects)[0]).toMatchObject({ template: 'promise_confirm', origin: 'staff' });
    const rejected = when(late.state, staff('reject_promise', { promiseId: `${cid}-p1` }), at('2026-12-09T14:00:00'));
    expect(summary(rejected.effects)).toEqual(['audit staff', 'resolve_escalation resolved by u-lin', 'send staff promise_declined clear [INV-1] buttons:date:2026-12-14,date:2026-12-16,date:2026-12-23']);
  });

  test("Given an active case, When a rep sends their own message, Then it is relayed signed, and reminders wait out the human-contact pause", () => {
    const text = lang === 'zh' ? '您好,我明天给您打电话。' : "Hi, I'll call you tomorrow.";
    const d = when(overdue(lang).state, staff('rep_message', { text, repName: lang === 'zh' ? '王芳' : 'Alex Chen' }), at('2026-12-09T10:00:00'));
    expect(summary(d.effects).slice(0, 3)).toEqual(['audit staff', 'send staff rep_relay clear [INV-1]', 'cancel_timers <e2']);
    expect(sends(d.effects)[0]!.text).toBe(lang === 'zh' ? `${text}\n—— 王芳` : `${text}\n— Alex Chen`);
    expect(d.state.case.humanContactUntil).toBe(at('2026-12-12T10:00:00'));
    expect(Date.parse(d.state.case.nextAction!.at)).toBeGreaterThanOrEqual(Date.parse(at('2026-12-12T10:00:00')));
  });

  test('Given a closed case, When an import adds a new invoice, Then the case reopens with a fresh plan for it', () => {
    const closed = when(overdue(lang).state, { type: 'payment', id: 'p', invoiceId: 'INV-1', amount: 1_200_000, date: '2026-12-09' }, at('2026-12-09T15:00:00'));
    const paidInv = closed.state.invoices[0]!;
    const reopened = when(closed.state, { type: 'invoices_changed', id: 'imp2', invoices: [paidInv, invoice(cid, 'INV-9', 300_000, '2027-01-15', cur)] }, at('2026-12-20T09:00:00'));
    expect(reopened.state.case).toMatchObject({ status: 'active', anchorDate: '2027-01-15', stepIndex: 0 });
    expect(summary(reopened.effects).at(-1)).toBe('status closed -> active');
  });

  test('Given any event, When it is delivered twice, Then the second delivery changes nothing', () => {
    const d = overdue(lang);
    const ev = reply('promise', 'Friday', '2026-12-11', null, 'dup');
    const once = when(d.state, ev, at('2026-12-09T10:30:00'));
    const twice = when(once.state, ev, at('2026-12-09T10:31:00'));
    expect(twice.effects).toEqual([]);
    expect(twice.state).toBe(once.state);
  });
});
