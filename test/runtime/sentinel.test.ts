import type { Running } from '../../src/app/start.js';
import { createRedis, type RedisClient } from '../../src/redis/connect.js';
import { Keys } from '../../src/runtime/keys.js';
import { testPrefix } from '../support/redis.js';
import { startSentinelGroup, type SentinelGroup } from '../support/redis-sentinel.js';
import { chatLog, invoice, localCustomer, seed, startTestBot, waitFor } from './helpers.js';

/**
 * The runtime through Sentinel, with the master killed in the middle: six customers whose first
 * reminders fall on three mornings (one simulated day ≈ 7 s here); after the first morning the master
 * is killed with SIGKILL, the Sentinels promote the replica, and the later mornings' reminders, a
 * reply and its confirmation all go through the new master. The local adapter's sent log shows every
 * reminder exactly once.
 */
describe('runtime on a Sentinel group, through a failover', () => {
  let group: SentinelGroup;
  let bot: Running;
  let redis: RedisClient;
  let keys: Keys;
  const customers = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'];
  const due: Record<string, string> = { S1: '2026-12-08', S2: '2026-12-08', S3: '2026-12-09', S4: '2026-12-09', S5: '2026-12-10', S6: '2026-12-10' };

  beforeAll(async () => {
    group = await startSentinelGroup();
    const prefix = testPrefix('sentinel');
    keys = new Keys(prefix);
    redis = createRedis(group.url);
    bot = await startTestBot({ url: group.url, prefix }, { DUEBOT_CLOCK_START: '2026-12-01T08:55:00+08:00', DUEBOT_CLOCK_SPEED: '12000' });
  }, 40000);
  afterAll(async () => {
    await bot?.stop();
    await redis?.quit().catch(() => redis.disconnect());
    await group?.stop();
  });

  const reminders = async (id: string) => (await chatLog({ redis, keys }).read(`chat-${id}`)).filter((l) => l.from === 'bot' && l.text.includes(`INV-${id}`));

  test('Given reminders on three mornings, When the master is killed after the first, Then the rest go out through the new master, each exactly once', async () => {
    for (const id of customers) await seed(bot, localCustomer(id), [invoice(`INV-${id}`, id, due[id]!)]);
    await waitFor('the first morning', async () => (await reminders('S1')).length && (await reminders('S2')).length, 10000);
    // Sentinel replication is asynchronous: what the master acknowledged but had not yet sent to the
    // replica dies with it. Kill it once the replica has caught up, as an operator's runbook would.
    expect(await (redis as import('ioredis').Redis).wait(1, 2000)).toBe(1);
    const oldMaster = await group.killMaster();
    await waitFor('the Sentinels to promote the replica', async () => group.masterPort() !== oldMaster, 20000);

    await waitFor('the later mornings', async () => {
      for (const id of customers) if (!(await reminders(id)).length) return false;
      return true;
    }, 40000);
    for (const id of customers) expect(await reminders(id)).toHaveLength(1);
  }, 80000);

  test('Given the new master, When S1 replies "下周五付款", Then the promise is recorded and confirmed, and nothing was sent twice', async () => {
    const before = (await chatLog({ redis, keys }).read('chat-S1')).length;
    await bot.runtime.services.inbound({ platform: 'local', address: 'chat-S1', sender: 'chat-S1', text: '下周五付款', platformMessageId: 'sm-1' });
    const c = await waitFor('the promise', async () => {
      const cs = await bot.runtime.store.cases.get('S1');
      return cs?.promises.length ? cs : null;
    });
    // "Next Friday" from the simulated day of the reply (the clock runs fast here).
    expect(c.promises[0]!.date).toMatch(/^2026-12-1\d$/);
    await waitFor('the confirmation', async () => (await chatLog({ redis, keys }).read('chat-S1')).slice(before).find((l) => l.from === 'bot'));
    const sent = await chatLog({ redis, keys }).sentIds();
    expect(new Set(sent).size).toBe(sent.length);
  }, 30000);
});
