import { createWecomAdapter } from '../../adapters/wecom/index.js';
import type { AlertSink } from '../../src/runtime/ports.js';
import { PlatformError } from '../../src/errors.js';
import { startFakeWecomWebhook, type FakeWecomWebhook } from '../support/fake-wecom-webhook.js';
import { RecordingServices } from '../support/recording-services.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { alertView } from './alert-fixtures.js';
import { wecomContext } from './context.js';

const ROBOT_KEY = 'robot-secret-key-7f3a9c';

describe('WeCom staff alerts through the group robot webhook', () => {
  let t: TestRedis;
  let hook: FakeWecomWebhook;

  beforeAll(async () => {
    t = await testRedis('wecom-alerts');
    hook = await startFakeWecomWebhook(ROBOT_KEY);
  });
  afterAll(async () => {
    await hook.close();
    await t.cleanup();
  });
  beforeEach(async () => {
    hook.posts.length = 0;
    const own = await t.ownKeys();
    if (own.length) await t.redis.del(...own);
  });

  async function sink(budget?: { limit: number; windowMs: number }): Promise<AlertSink> {
    const bundle = await createWecomAdapter(wecomContext(t, new RecordingServices(), { WECOM_WEBHOOK_URL: hook.url }), { alertBudget: budget });
    expect(bundle.channel).toBeUndefined();
    return bundle.alertSink!;
  }

  const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);

  test('Given an alert, When posted, Then the robot gets one markdown message with customer, amount, reason, escaped quote and case link', async () => {
    const s = await sink();
    expect(s.name).toBe('wecom');
    await s.post(alertView({ quote: '别催了 [回单在此](http://evil.example) <@all>' }));
    expect(hook.posts).toHaveLength(1);
    const [post] = hook.posts;
    expect(post!.key).toBe(ROBOT_KEY);
    expect(post!.body.msgtype).toBe('markdown');
    const content = post!.body.markdown!.content;
    expect(content).toContain('ACME 贸易');
    expect(content).toContain('¥15,500.00');
    expect(content).toContain('承诺付款日已过');
    expect(content).toContain('别催了 ［回单在此］（http://evil.example） ＜@all＞');
    expect(content).not.toMatch(/<@|\]\(http:\/\/evil/);
    expect(content).toContain('(https://duebot.example.com/cases/C001)');
  });

  test('Given the robot answers errcode 45009, When posted, Then a retryable PlatformError asks for about a minute, the key stays secret, and the retry delivers it', async () => {
    const s = await sink();
    hook.answerNext({ errcode: 45009, errmsg: 'api freq out of limit' });
    const err = await failure(s.post(alertView()));
    expect(err).toBeInstanceOf(PlatformError);
    expect(err).toMatchObject({ platform: 'wecom', retryable: true, retryAfterMs: 60_000 });
    expect((err as Error).message).toContain('45009');
    expect((err as Error).message).not.toContain(ROBOT_KEY);
    expect(hook.posts).toHaveLength(0);
    await s.post(alertView());
    expect(hook.posts).toHaveLength(1);
    expect(hook.posts[0]!.body.markdown!.content).toContain('ACME 贸易');
  });

  test.each([
    ['HTTP 502', { status: 502 }],
    ['errcode 93000 (bad key)', { errcode: 93000, errmsg: 'invalid webhook url' }],
  ])('Given the robot answers %s, When posted, Then it fails as retryable', async (_what, answer) => {
    const s = await sink();
    hook.answerNext(answer);
    expect(await failure(s.post(alertView()))).toMatchObject({ retryable: true });
  });

  test('Given nothing listens at the webhook URL, When posted, Then it fails as retryable without the key in the message', async () => {
    const bundle = await createWecomAdapter(wecomContext(t, new RecordingServices(), { WECOM_WEBHOOK_URL: `http://127.0.0.1:1/cgi-bin/webhook/send?key=${ROBOT_KEY}` }));
    const err = await failure(bundle.alertSink!.post(alertView()));
    expect(err).toMatchObject({ retryable: true });
    expect((err as Error).message).not.toContain(ROBOT_KEY);
  });

  test('Given a burst beyond the minute budget, When alerts arrive, Then the extra ones wait and go out merged in one message once the window reopens, each exactly once', async () => {
    const s = await sink({ limit: 2, windowMs: 400 });
    const alerts = Array.from({ length: 5 }, (_, i) => alertView({ escalationId: `E-${i}`, customerId: `C00${i}`, customerName: `客户${i}` }));
    const first = await Promise.all(alerts.map((a) => failure(s.post(a))));
    expect(hook.posts).toHaveLength(2);
    const waiting = first.filter((e) => e !== undefined);
    expect(waiting).toHaveLength(3);
    for (const e of waiting) expect(e).toMatchObject({ retryable: true, retryAfterMs: expect.any(Number) });

    await new Promise((r) => setTimeout(r, 450));
    // The alerts queue retries every waiting job; the first takes the new window and sends all three.
    const retried = alerts.filter((_, i) => first[i] !== undefined);
    for (const a of retried) await s.post(a);
    expect(hook.posts).toHaveLength(3);
    const merged = hook.posts[2]!.body.markdown!.content;
    expect(merged).toContain('催款提醒 ×3');
    for (const a of retried) expect(merged).toContain(a.customerName);
  });

  test('Given two processes share one robot, When both post within the budget of one, Then the second waits (the budget lives in Redis)', async () => {
    const a = await sink({ limit: 1, windowMs: 60_000 });
    const b = await sink({ limit: 1, windowMs: 60_000 });
    await a.post(alertView({ escalationId: 'E-a' }));
    expect(await failure(b.post(alertView({ escalationId: 'E-b' })))).toMatchObject({ retryable: true });
    expect(hook.posts).toHaveLength(1);
  });

  test('Given a posted alert, When staff act on it and the customer answers, Then short update and note lines follow, the customer words escaped', async () => {
    const s = await sink();
    const acked = alertView({ status: 'acknowledged', assignee: '李销售', history: [{ at: '2026-12-08T10:00:00+08:00', actor: '李销售', action: 'acknowledge' }] });
    await s.update!(acked, 'posted');
    await s.note!(acked, 'posted', '**明天**付 <@all>');
    expect(hook.posts.map((p) => p.body.markdown!.content)).toEqual([
      expect.stringContaining('已确认'),
      expect.stringContaining('「＊＊明天＊＊付 ＜@all＞」'),
    ]);
  });
});
