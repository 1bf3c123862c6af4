import { decide } from '../../src/engine/decide.js';
import { AT, overdue, playbook, reply, sends, summary, when } from './given.js';

/**
 * The DESIGN table "What a reply does", row by row, in zh and en.
 * Given: INV-1 (12,000.00) due Fri 2026-12-04, reminders sent up to +3; When: a reply on Wed 12-09 10:30.
 */
const NOW = '2026-12-09T10:30:00';
const ids = { zh: 'C1', en: 'C2' } as const;

describe.each(['zh', 'en'] as const)('replies (%s)', (lang) => {
  const base = overdue(lang);
  const at = AT[lang](NOW);
  const cid = ids[lang];

  test('Given an overdue case, When the customer promises a date, Then the bot confirms date and amount, holds reminders and checks the day after', () => {
    const d = when(base.state, reply('promise', lang === 'zh' ? '下周五付款' : 'will pay next Friday', '2026-12-18', null, 'r1'), at);
    const check = lang === 'zh' ? '2026-12-22T09:11:16+08:00' : '2026-12-22T09:00:14-05:00';
    expect(summary(d.effects)).toEqual([
      'audit reply',
      `record_promise ${cid}-p1 2026-12-18 all`,
      'update_invoice INV-1 promised 0',
      'cancel_timers <e2',
      `schedule promise_check ${check} e2 ${cid}-p1`,
      'send reply promise_confirm clear [INV-1] buttons:confirm_promise,change_date',
      'status active -> promised',
    ]);
    expect(sends(d.effects)[0]!.text).toBe(
      lang === 'zh'
        ? '好的,谢谢您!跟您确认一下:您将于 2026年12月18日(周五) 付款,金额 ¥12,000.00(发票 INV-1)。在此之前我们不会再提醒您。'
        : 'Thank you! To confirm: you will pay US$12,000.00 on Fri 18 Dec 2026 (invoices INV-1). We will not send reminders before then.',
    );
    expect(sends(d.effects)[0]!.messageId).toBe(`${cid}-r1-promise_confirm`);
    expect(d.state.case.nextAction).toEqual({ kind: 'promise_check', at: check, promiseId: `${cid}-p1` });
  });

  test('Given an overdue case, When a promise names an amount, Then the confirmation repeats that amount', () => {
    const d = when(base.state, reply('promise', lang === 'zh' ? '周五先付5000' : 'paying 5000 on Friday', '2026-12-11', 5000, 'r1'), at);
    expect(summary(d.effects)[1]).toBe(`record_promise ${cid}-p1 2026-12-11 500000`);
    expect(sends(d.effects)[0]!.text).toContain(lang === 'zh' ? '付款 ¥5,000.00' : 'pay US$5,000.00 on Fri 11 Dec 2026');
  });

  test('Given an overdue case, When the promised date is later than the playbook accepts, Then staff are alerted and the bot says a colleague will confirm', () => {
    const d = when(base.state, reply('promise', lang === 'zh' ? '明年3月1号付' : 'we can pay on 1 March', '2027-03-01', null, 'r1'), at);
    expect(summary(d.effects)).toEqual(['audit reply', 'raise_escalation late_promise rep', 'send reply promise_review clear [INV-1]']);
    expect(d.state.case.proposal).toMatchObject({ id: `${cid}-p1`, date: '2027-03-01' });
    expect(d.state.case.promises).toEqual([]);
  });

  test.each([
    ['promise', lang === 'zh' ? '尽快安排' : "we'll pay asap"],
    ['acknowledge', lang === 'zh' ? '好的收到' : 'noted, thanks'],
  ] as const)('Given an overdue case, When the reply is %s without a date, Then the bot thanks and offers concrete dates', (intent, text) => {
    const d = when(base.state, reply(intent, text, null, null, 'r1'), at);
    expect(summary(d.effects)).toEqual(['audit reply', 'send reply ask_date clear [INV-1] buttons:date:2026-12-14,date:2026-12-16,date:2026-12-23']);
    expect(sends(d.effects)[0]!.text).toBe(
      lang === 'zh'
        ? '谢谢回复!方便告诉我们一个具体的付款日期吗?比如:2026年12月14日(周一) / 2026年12月16日(周三) / 2026年12月23日(周三)。直接点选或回复日期即可。'
        : 'Thanks for your reply! Could you give us a specific payment date? For example: Mon 14 Dec 2026 / Wed 16 Dec 2026 / Wed 23 Dec 2026. Tap one or reply with a date.',
    );
  });

  test('Given one vague reply already, When the customer is vague again, Then staff are alerted', () => {
    const first = when(base.state, reply('promise', 'soon', null, null, 'r1'), at);
    const second = when(first.state, reply('acknowledge', 'ok', null, null, 'r2'), AT[lang]('2026-12-10T10:00:00'));
    expect(summary(second.effects)).toContain('raise_escalation vague rep');
  });

  test('Given an overdue case, When the customer says it is paid, Then thanks, asks for the slip, pauses and asks finance to verify', () => {
    const d = when(base.state, reply('paid', lang === 'zh' ? '昨天已经付了' : 'paid yesterday', '2026-12-08', null, 'r1'), at);
    expect(summary(d.effects)).toEqual([
      'audit reply',
      'send reply paid_thanks clear [INV-1]',
      'raise_escalation paid_claim team',
      'cancel_timers <e2',
      `schedule resume ${AT[lang]('2026-12-14T10:30:00')} e2`,
      'status active -> paused',
    ]);
    expect(sends(d.effects)[0]!.text).toContain(lang === 'zh' ? '付款回单' : 'remittance slip');
  });

  test('Given an overdue case, When the customer disputes, Then the bot apologises, says a person will follow up, pauses and alerts the rep with the message', () => {
    const text = lang === 'zh' ? '货有问题,先不付' : 'the goods arrived damaged';
    const d = when(base.state, reply('dispute', text, null, null, 'r1'), at);
    expect(summary(d.effects)).toEqual([
      'audit reply',
      'send reply dispute_apology clear [INV-1]',
      'raise_escalation dispute rep',
      'update_invoice INV-1 disputed 0',
      'cancel_timers <e2',
      'status active -> disputed',
    ]);
    const alert = d.effects.find((e) => e.kind === 'raise_escalation');
    expect(alert).toMatchObject({ escalation: { quote: text, target: 'rep', customerId: cid } });
    expect(sends(d.effects)[0]!.text).toContain(lang === 'zh' ? '王芳 会尽快跟您联系' : 'Alex Chen will contact you');
  });

  test('Given an overdue case, When the customer cites hardship, Then the playbook instalments are offered and staff asked to approve', () => {
    const d = when(base.state, reply('hardship', lang === 'zh' ? '最近资金紧张' : 'cash is tight this month', null, null, 'r1'), at);
    expect(summary(d.effects)).toEqual([
      'audit reply',
      'send reply hardship_offer clear [INV-1]',
      'raise_escalation hardship team',
      'cancel_timers <e2',
      `schedule resume ${AT[lang]('2026-12-14T10:30:00')} e2`,
      'status active -> paused',
    ]);
    expect(sends(d.effects)[0]!.text).toContain(
      lang === 'zh' ? '分 2 期:2026年12月10日(周四) ¥6,000.00;2027年1月11日(周一) ¥6,000.00' : '2 instalments: Thu 10 Dec 2026 US$6,000.00; Mon 11 Jan 2027 US$6,000.00',
    );
  });

  test('Given a playbook without instalments, When the customer cites hardship, Then the bot says a person will call', () => {
    const noPlans = { ...playbook, hardship: { ...playbook.hardship, instalments: [] } };
    const d = decide(base.state, reply('hardship', lang === 'zh' ? '没钱' : 'no money right now', null, null, 'r1'), noPlans, at);
    expect(summary(d.effects).slice(0, 3)).toEqual(['audit reply', 'send reply hardship_call clear [INV-1]', 'raise_escalation hardship team']);
    expect(sends(d.effects)[0]!.text).toBe(
      lang === 'zh' ? '理解您的情况,谢谢您坦诚告诉我们。王芳 会尽快联系您,一起商量一个可行的付款安排。' : 'We understand, and thank you for telling us. Alex Chen will call you shortly to agree a payment plan that works for you.',
    );
  });

  test('Given an overdue case, When the customer asks for details, Then invoice number, amount, due date and payee account are sent', () => {
    const d = when(base.state, reply('request_info', lang === 'zh' ? '把账号发我' : 'send me the bank details', null, null, 'r1'), at);
    expect(summary(d.effects)).toEqual(['audit reply', 'send reply request_info clear [INV-1]']);
    expect(sends(d.effects)[0]!.text).toBe(
      lang === 'zh'
        ? '好的,以下是您的账单信息:\n· 发票 INV-1:¥12,000.00,到期日 2026年12月4日(周五)\n收款账户:示例科技有限公司\n开户行:招商银行上海分行\n账号:6225 8801 2345 6789\n转账请备注发票号。\n还需要其他资料(发票副本、对账单、合同)请告诉我们。'
        : 'Of course, here are the details:\n- Invoice INV-1: US$12,000.00, due Fri 4 Dec 2026\nPayee: Example Technology Co., Ltd.\nBank: China Merchants Bank, Shanghai Branch\nAccount: 6225 8801 2345 6789\nPlease quote the invoice numbers as the payment reference.\nIf you need anything else (invoice copy, statement, contract), just let us know.',
    );
  });

  test('Given a shared channel, When the customer asks for details, Then amounts are left out', () => {
    const d = when({ ...base.state, sharedChannel: true }, reply('request_info', 'details?', null, null, 'r1'), at);
    expect(sends(d.effects)[0]!.text).not.toMatch(/12,000/);
  });

  test('Given an overdue case, When the reply is something else, Then a short polite fallback', () => {
    const d = when(base.state, reply('other', lang === 'zh' ? '你好' : 'hello?', null, null, 'r1'), at);
    expect(summary(d.effects)).toEqual(['audit reply', 'send reply fallback clear [INV-1]']);
  });

  test('Given an overdue case, When the reply is hostile, Then fallback and an alert to the team', () => {
    const d = when(base.state, reply('other', lang === 'zh' ? '你们是骗子吧' : 'this is a scam', null, null, 'r1'), at);
    expect(summary(d.effects)).toEqual(['audit reply', 'send reply fallback clear [INV-1]', 'raise_escalation hostility team']);
  });

  test('Given one confused reply, When the customer is confused again, Then the rep is alerted', () => {
    const first = when(base.state, reply('other', '?', null, null, 'r1'), at);
    const second = when(first.state, reply('other', '??', null, null, 'r2'), at);
    expect(summary(second.effects)).toEqual(['audit reply', 'send reply fallback clear [INV-1]', 'raise_escalation confusion rep']);
  });

  test('Given a confirmed promise, When the customer just acknowledges, Then nothing more is sent', () => {
    const promised = when(base.state, reply('promise', 'Friday', '2026-12-11', null, 'r1'), at);
    const d = when(promised.state, reply('acknowledge', 'ok', null, null, 'r2'), at);
    expect(summary(d.effects)).toEqual(['audit reply']);
  });

  test('Given two promises made already, When a third promise comes, Then it is confirmed, the earlier one superseded, and a manager alerted', () => {
    const one = when(base.state, reply('promise', 'Friday', '2026-12-11', null, 'r1'), at);
    const two = when(one.state, reply('promise', 'Monday', '2026-12-14', null, 'r2'), at);
    const three = when(two.state, reply('promise', 'Tuesday', '2026-12-15', null, 'r3'), at);
    expect(summary(three.effects).slice(0, 4)).toEqual([
      'audit reply',
      'raise_escalation repeated_promises manager',
      `update_promise ${cid}-p2 broken superseded`,
      `record_promise ${cid}-p3 2026-12-15 all`,
    ]);
  });
});
