import type { EventEmitter } from 'node:events';
import { FileBox } from 'file-box';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import type { Running } from '../../src/app/start.js';
import type { Customer } from '../../src/domain/customer.js';
import { startFakeWecomWebhook, type FakeWecomWebhook } from '../support/fake-wecom-webhook.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { invoice, seed, startTestBot, waitFor } from '../runtime/helpers.js';

/**
 * The whole of duebot with WeCom, offline: startDuebot with DUEBOT_ADAPTERS=wecom builds the adapter
 * around a real Wechaty bot on wechaty-puppet-mock, the runtime's workers (steps, inbound with
 * understand and the engine, outbox, alerts) run on the real Redis with a simulated clock (10 simulated
 * minutes per real second), and staff alerts go to a fake group-robot webhook on loopback.
 *
 * C001's payer is a WeCom contact (王会计); C002's payer is a customer group (客户群) in which 赵先生 is
 * a member but not a linked contact; C003's payer (孙经理) disputes; 李销售 is staff (WECOM_STAFF_IDS).
 */
describe('duebot end to end over WeCom (Wechaty mock puppet, real runtime)', () => {
  let t: TestRedis;
  let hook: FakeWecomWebhook;
  let bot: Running;
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const me = mocker.createContact({ id: 'duebot-self', name: 'duebot' });
  const wang = mocker.createContact({ id: 'wang-finance', name: '王会计' });
  const zhao = mocker.createContact({ id: 'zhao-other', name: '赵先生' });
  const sun = mocker.createContact({ id: 'sun-manager', name: '孙经理' });
  const li = mocker.createContact({ id: 'staff-li', name: '李销售' });
  const group = mocker.createRoom({ id: 'beta-group@chatroom', topic: 'BETA 对账群', memberIdList: [me.id, zhao.id, li.id] });

  /** What the bot said in a conversation, as the other side sees it. */
  const heard = (target: object) => {
    const lines: string[] = [];
    (target as EventEmitter).on('message', (m: { talker(): { id: string }; text(): string | undefined }) => {
      if (m.talker().id === me.id) lines.push(m.text() ?? '');
    });
    return lines;
  };
  const toWang = heard(wang);
  const toGroup = heard(group);
  const toSun = heard(sun);
  const toLi = heard(li);

  const customer = (id: string, name: string, address: string): Customer => ({
    id,
    name,
    contacts: [{ platform: 'wecom', address, role: 'payer' }],
    language: 'zh',
    timezone: 'Asia/Shanghai',
    holidayCalendar: 'CN',
  });
  const inbound = async (customerId: string) => (await bot.runtime.store.audit.forCustomer(customerId)).filter((e) => e.kind === 'message_in' || e.kind === 'attachment_in');

  beforeAll(async () => {
    t = await testRedis('wecom-e2e');
    hook = await startFakeWecomWebhook();
    bot = await startTestBot(
      t,
      {
        DUEBOT_ADAPTERS: 'wecom',
        WECOM_STAFF_IDS: li.id,
        WECOM_WEBHOOK_URL: hook.url,
        DUEBOT_CLOCK_START: '2026-12-01T08:55:00+08:00',
        DUEBOT_CLOCK_SPEED: '600',
      },
      { wecom: { puppet } },
    );
    mocker.login(me);
    await waitFor('the puppet login', async () => puppet.isLoggedIn);
    await seed(bot, customer('C001', 'ACME 贸易', wang.id), [invoice('INV-1001', 'C001', '2026-12-08')]);
    await seed(bot, customer('C002', 'BETA 科技', group.id), [invoice('INV-2001', 'C002', '2026-12-08')]);
    await seed(bot, customer('C003', 'GAMMA 物流', sun.id), [invoice('INV-3001', 'C003', '2026-12-08')]);
  }, 30000);

  afterAll(async () => {
    await bot?.stop();
    await hook?.close();
    await t?.cleanup();
  });

  test('Given invoices due 2026-12-08, When the first reminder slot comes (simulated clock), Then the contact and the customer group each receive their reminder through Wechaty', async () => {
    const first = await waitFor('the reminder to 王会计', async () => toWang.find((l) => l.includes('INV-1001')));
    await waitFor('the reminder in the customer group', async () => toGroup.find((l) => l.includes('INV-2001')));
    expect(toWang.join('\n')).not.toContain('INV-2001');
    const out = (await bot.runtime.store.audit.forCustomer('C001')).find((e) => e.kind === 'message_out');
    expect(out?.payload).toMatchObject({ platform: 'wecom', address: wang.id, text: first });
    const at = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(out!.at));
    // The slot opens at 09:00 on 12-01; a loaded machine may send a little late (a real second is 10 simulated minutes).
    expect(at).toMatch(/^01\/12\/2026, (09|10):\d\d$/);
  });

  test('Given the reminder, When 王会计 answers "礼拜五一定付", Then a promise for Friday 2026-12-04 is recorded and the confirmation is said back to him', async () => {
    const before = toWang.length;
    wang.say('礼拜五一定付').to(me);
    const c = await waitFor('the promise', async () => {
      const cs = await bot.runtime.store.cases.get('C001');
      return cs?.promises.length ? cs : null;
    });
    expect(c.promises[0]).toMatchObject({ date: '2026-12-04', status: 'pending' });
    const confirmation = await waitFor('the confirmation', async () => toWang.slice(before).find((l) => /12月4日/.test(l)));
    expect(confirmation).toMatch(/12月4日/);
    expect(await inbound('C001')).toContainEqual(expect.objectContaining({ kind: 'message_in', actor: `customer:wecom:${wang.id}`, payload: expect.objectContaining({ text: '礼拜五一定付' }) }));
  });

  test('Given a paid claim "已经付了", When 王会计 then sends an image, Then the image is recorded in the evidence log as an attachment', async () => {
    wang.say('已经付了').to(me);
    await waitFor('the paid claim in the log', async () => (await inbound('C001')).find((e) => (e.payload as { text?: string }).text === '已经付了'));
    wang.say(FileBox.fromBase64(Buffer.from('fake-png').toString('base64'), 'slip.png')).to(me);
    const slip = await waitFor('the slip in the log', async () => (await inbound('C001')).find((e) => e.kind === 'attachment_in'));
    expect(slip).toMatchObject({ actor: `customer:wecom:${wang.id}`, payload: { platform: 'wecom', address: wang.id, attachment: { kind: 'image', name: 'slip.png' } } });
    expect(slip.platformMessageId).toBeTruthy();
    // It is the slip for the open claim: recorded as such, and not a second claim.
    const recorded = await waitFor('the slip marked as remittance slip', async () => (await bot.runtime.store.audit.forCustomer('C001')).find((e) => e.kind === 'remittance_slip'));
    expect(recorded.payload).toMatchObject({ attachment: { kind: 'image' } });
    const claims = (await bot.runtime.store.cases.get('C001'))!.escalations.filter((e) => e.reason === 'paid_claim');
    expect(claims).toHaveLength(1);
    const audit = await bot.runtime.store.audit.forCustomer('C001');
    expect(audit.map((a) => a.seq)).toEqual(audit.map((_, i) => i + 1));
  });

  test('Given the customer group, When a member who is not a linked contact writes without mentioning the bot, Then duebot ignores it: no reply and nothing in the evidence', async () => {
    const before = toGroup.length;
    zhao.say('今天下午开会吗？').to(group);
    // A staff status query made afterwards is answered, so the stranger's message was handled by then.
    li.say('/duebot 状态 C002').to(me);
    await waitFor('the status of C002', async () => toLi.find((l) => l.includes('C002')));
    await new Promise((r) => setTimeout(r, 1500));
    expect(toGroup.slice(before)).toEqual([]);
    expect((await inbound('C002')).map((e) => (e.payload as { text?: string }).text)).not.toContain('今天下午开会吗？');
  });

  test('Given a staff contact, When they write "/duebot 状态 C001", Then they are answered privately with the customer\'s status', async () => {
    li.say('/duebot 状态 C001').to(me);
    const answer = await waitFor('the status answer', async () => toLi.find((l) => l.includes('(C001)')));
    expect(answer).toMatch(/ACME 贸易 \(C001\)[\s\S]*INV-1001/);
  });

  test('Given the group robot answers errcode 45009 once, When 孙经理 disputes with markup in his words, Then the alert is retried later, not lost, and posted with his words escaped', async () => {
    // The paid claims above raised alerts of their own: let them go out before the robot starts refusing.
    await waitFor('the paid-claim alerts', async () => {
      const n = await bot.runtime.queues.alerts.getJobCounts('waiting', 'active', 'delayed');
      return hook.posts.length >= 1 && Object.values(n).every((x) => x === 0);
    });
    const gamma = () => hook.posts.filter((p) => p.body.markdown?.content.includes('GAMMA 物流'));
    hook.answerNext({ errcode: 45009, errmsg: 'api freq out of limit' });
    sun.say('质量问题，货是坏的 <@all> [点这里](http://evil.example)').to(me);
    await waitFor('the refused post', async () => hook.refused === 1);
    // WeCom asks for a minute's pause: the job waits as delayed without spending one of its attempts.
    const delayed = await waitFor('the delayed alert job', async () => (await bot.runtime.queues.alerts.getDelayed()).find((j) => j.name === 'post'));
    expect(delayed.attemptsMade).toBe(0);
    expect(gamma()).toHaveLength(0);
    // "Later" without waiting a real minute.
    await delayed.promote();
    const post = await waitFor('the alert post', async () => gamma()[0]);
    const content = post.body.markdown!.content;
    expect(content).toContain('质量问题，货是坏的 ＜@all＞ ［点这里］（http://evil.example）');
    expect(content).not.toContain('<@all>');
    expect(content).not.toContain('[点这里](');
    expect(post.key).toBe('test-robot-key-0123456789');
    expect(hook.refused).toBe(1);
    expect(toSun.length).toBeGreaterThan(0);
  });
});
