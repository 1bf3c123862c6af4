import { testRedis, type TestRedis } from '../support/redis.js';
import { invoice, localCustomer, seed, startTestBot, waitFor } from './helpers.js';
import type { Running } from '../../src/app/start.js';

describe('a mailbox item that always fails', () => {
  let t: TestRedis;
  let bot: Running;
  beforeAll(async () => {
    t = await testRedis('poison');
    bot = await startTestBot(t, { DUEBOT_CLOCK_START: '2026-12-01T08:55:00+08:00', DUEBOT_CLOCK_SPEED: '1' });
  });
  afterAll(async () => {
    await bot.stop();
    await t.cleanup();
  });

  test('Given a broken item at the head of a customer\'s mailbox, When the workers retry it, Then it is set aside after five failures, staff are told, and the next message is handled', async () => {
    await seed(bot, localCustomer('C1'), [invoice('INV-1', 'C1', '2026-12-08')]);
    await waitFor('the case', async () => bot.runtime.store.cases.get('C1'));
    await t.redis.rpush(t.keys.mailbox('C1'), '{not json');
    await bot.runtime.queues.inbound.add('mail', { customerId: 'C1' }, { attempts: 10, backoff: { type: 'fixed', delay: 100 } });
    await bot.runtime.services.inbound({ platform: 'local', address: 'chat-C1', sender: 'chat-C1', text: '下周五付款', platformMessageId: 'after-poison' });

    const c = await waitFor('the promise after the broken item', async () => {
      const cs = await bot.runtime.store.cases.get('C1');
      return cs?.promises.length ? cs : null;
    }, 30000);
    expect(c.promises[0]!.date).toBe('2026-12-11');
    expect(await t.redis.lrange(t.keys.k('mailbox-dead', 'C1'), 0, -1)).toEqual(['{not json']);
    expect((await bot.runtime.store.audit.forCustomer('C1')).map((e) => e.kind)).toContain('event_failed');
  }, 40000);
});
