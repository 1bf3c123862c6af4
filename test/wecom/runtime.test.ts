import { join } from 'node:path';
import type { EventEmitter } from 'node:events';
import type { Worker } from 'bullmq';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { createWecomAdapter } from '../../adapters/wecom/index.js';
import { decide } from '../../src/engine/decide.js';
import { loadPlaybook } from '../../src/engine/playbook/load.js';
import { Runtime } from '../../src/runtime/runtime.js';
import { startOutboxWorker } from '../../src/runtime/workers/outbox.js';
import { startAlertsWorker } from '../../src/runtime/workers/alerts.js';
import type { AdapterBundle } from '../../src/runtime/ports.js';
import { startFakeWecomWebhook, type FakeWecomWebhook } from '../support/fake-wecom-webhook.js';
import { eventually } from '../support/recording-services.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { wecomContext } from './context.js';

const root = join(import.meta.dirname, '..', '..');

/**
 * The WeCom adapter against the real runtime services, store and the outbox and alerts workers, on
 * Redis: the runtime decides which WeCom messages belong to a customer and records them; reminders
 * and alerts leave through the adapter. (Reading replies into promises is the inbound worker's job,
 * covered by the runtime's own end-to-end tests.)
 */
describe('WeCom adapter with the runtime', () => {
  let t: TestRedis;
  let hook: FakeWecomWebhook;
  let runtime: Runtime;
  let bundle: AdapterBundle;
  let workers: Worker[];
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const me = mocker.createContact({ id: 'duebot-self', name: 'duebot' });
  const wang = mocker.createContact({ id: 'wang-finance', name: '王会计' });
  const zhao = mocker.createContact({ id: 'zhao-other', name: '赵先生' });
  const li = mocker.createContact({ id: 'staff-li', name: '李销售' });
  const group = mocker.createRoom({ id: 'acme-group@chatroom', topic: 'ACME 对账群', memberIdList: [me.id, wang.id, zhao.id, li.id] });
  const heard = (target: object) => {
    const lines: string[] = [];
    (target as EventEmitter).on('message', (m: { talker(): { id: string }; text(): string | undefined }) => m.talker().id === me.id && lines.push(m.text() ?? ''));
    return lines;
  };
  const toWang = heard(wang);
  const toLi = heard(li);

  beforeAll(async () => {
    t = await testRedis('wecom-runtime');
    hook = await startFakeWecomWebhook();
    const ctx = wecomContext(t, undefined as never, { WECHATY_PUPPET: 'wechaty-puppet-mock', WECOM_STAFF_IDS: li.id, WECOM_WEBHOOK_URL: hook.url });
    runtime = new Runtime({
      config: ctx.config,
      redis: t.redis,
      keys: t.keys,
      clock: ctx.clock,
      logger: ctx.logger,
      playbook: loadPlaybook(join(root, 'flows/standard.yaml')),
      decide,
      understand: () => {
        throw new Error('the inbound worker does not run in this test');
      },
    });
    bundle = await createWecomAdapter({ ...ctx, services: runtime.services }, { puppet });
    runtime.addChannel(bundle.channel!);
    runtime.addSink(bundle.alertSink!);
    workers = [
      startOutboxWorker(t.redis, t.keys, runtime.store, runtime.queues, () => runtime.channels, ctx.clock, runtime.metrics, ctx.logger),
      startAlertsWorker(t.redis, t.keys, runtime.store, () => runtime.sinks, ctx.clock, ctx.logger),
    ];
    await bundle.channel!.start(async (msg) => void (await runtime.services.inbound(msg)));
    mocker.login(me);
    await eventually(() => expect(puppet.isLoggedIn).toBe(true));

    const multi = t.redis.multi();
    runtime.store.customers.addSave(multi, {
      id: 'C001',
      name: 'ACME 贸易',
      contacts: [
        { platform: 'wecom', address: wang.id, role: 'payer' },
        { platform: 'wecom', address: group.id, role: 'finance' },
      ],
      language: 'zh',
      timezone: 'Asia/Shanghai',
      holidayCalendar: 'CN',
    });
    runtime.store.invoices.addSave(multi, { id: 'INV-1001', customerId: 'C001', amount: 1200000, currency: 'CNY', issueDate: '2026-11-01', dueDate: '2026-11-30', status: 'open', amountPaid: 0 });
    await multi.exec();
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.close()));
    await bundle.stop();
    await runtime.close();
    await hook.close();
    await t.cleanup();
  });

  const audited = async () => (await runtime.store.audit.forCustomer('C001')).filter((e) => e.kind === 'message_in' || e.kind === 'attachment_in');

  test('Given the linked payer, When they write "礼拜五一定付", Then the runtime records it in the evidence log for C001', async () => {
    wang.say('礼拜五一定付').to(me);
    await eventually(async () => expect(await audited()).toEqual([expect.objectContaining({ actor: `customer:wecom:${wang.id}`, payload: expect.objectContaining({ text: '礼拜五一定付' }) })]));
  });

  test('Given the customer group, When an unlinked member chats without mentioning the bot, Then the runtime ignores it; the payer in the group is heard', async () => {
    zhao.say('今天开会吗').to(group);
    wang.say('回单已经发了').to(group);
    await eventually(async () => expect((await audited()).map((e) => (e.payload as { text: string }).text)).toContain('回单已经发了'));
    expect((await audited()).map((e) => (e.payload as { text: string }).text)).not.toContain('今天开会吗');
  });

  test('Given a reminder in the outbox, When the worker sends it, Then the payer receives it through Wechaty', async () => {
    await runtime.queues.outbox.add('send', { messageId: 'msg-rt-1', customerId: 'C001', platform: 'wecom', address: wang.id, text: '王会计您好，INV-1001 已到期，请安排付款。', language: 'zh' });
    await eventually(() => expect(toWang).toContain('王会计您好，INV-1001 已到期，请安排付款。'), 10000);
  });

  test('Given a staff member, When they ask "/duebot 状态 C001", Then the real staff command answers with the customer and invoice', async () => {
    li.say('/duebot 状态 C001').to(me);
    await eventually(() => expect(toLi.join('\n')).toMatch(/ACME 贸易 \(C001\)[\s\S]*INV-1001/), 10000);
  });

  test('Given a send that failed for good, When the alerts worker raises it, Then the WeCom group robot posts it', async () => {
    await runtime.queues.alerts.add('dead', { op: 'dead_letter', customerId: 'C001', messageId: 'msg-x', reason: 'contact not found' });
    await eventually(() => expect(hook.posts.map((p) => p.body.markdown!.content).join('\n')).toContain('ACME 贸易'), 10000);
    expect(hook.posts[0]!.body.markdown!.content).toContain('消息多次发送失败');
  });
});
