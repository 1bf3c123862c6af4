import type { Running } from '../../src/app/start.js';
import { PlatformError } from '../../src/errors.js';
import type { OutboundMessage } from '../../src/runtime/ports.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { chatLog, invoice, localCustomer, seed, startTestBot, waitFor } from './helpers.js';

/**
 * A customer who just wrote is waiting for the answer: it goes out from the worker that understood
 * the reply, without a trip through the outbox queue. When that first attempt cannot go out, the
 * outbox takes over with its retries, and the answer still reaches the customer exactly once.
 */
describe('answers to a customer go out at once', () => {
  let t: TestRedis;
  let bot: Running;
  let outboxAdds: string[];
  beforeEach(async () => {
    t = await testRedis('answer-now');
    bot = await startTestBot(t, { DUEBOT_CLOCK_START: '2026-12-01T20:00:00+08:00' });
    outboxAdds = [];
    const outbox = bot.runtime.queues.outbox;
    const add = outbox.add.bind(outbox);
    // Observe, don't replace: every job still goes to the real queue.
    outbox.add = (name, data, opts) => {
      outboxAdds.push(String(opts?.jobId));
      return add(name, data, opts);
    };
    // After hours: the first reminder waits for the morning, so only the answer is in the chat.
    await seed(bot, localCustomer('C1'), [invoice('INV-1', 'C1', '2026-12-08')]);
    await waitFor('the case to be planned', async () => (await bot.runtime.store.cases.get('C1'))?.epoch);
  });
  afterEach(async () => {
    await bot?.stop();
    await t?.cleanup();
  });

  async function reply(text: string, id: string) {
    await bot.runtime.services.inbound({ platform: 'local', address: 'chat-C1', sender: 'chat-C1', text, platformMessageId: id });
  }

  test('Given an open invoice, When the customer replies "下周五付款", Then the confirmation reaches the chat without an outbox job', async () => {
    await reply('下周五付款', 'm-1');
    const answer = await waitFor('the confirmation', async () => (await chatLog(t).read('chat-C1')).find((l) => l.from === 'bot'));
    expect(answer.text).toMatch(/12月11日/);
    expect(outboxAdds.filter((id) => id.includes('in-local-m-1'))).toEqual([]);
    const out = (await bot.runtime.store.audit.forCustomer('C1')).filter((a) => a.kind === 'message_out');
    expect(out).toHaveLength(1);
  });

  test('Given the platform refuses the first attempt (busy, retry soon), When the customer replies, Then the outbox delivers the confirmation once', async () => {
    const local = bot.runtime.channels.get('local')!;
    const send = local.send.bind(local);
    let refusals = 0;
    local.send = async (msg: OutboundMessage) => {
      if (refusals++ === 0) throw new PlatformError('local', 'busy', true, 50);
      return send(msg);
    };
    await reply('下周五付款', 'm-2');
    const answer = await waitFor('the confirmation', async () => (await chatLog(t).read('chat-C1')).find((l) => l.from === 'bot'));
    expect(answer.text).toMatch(/12月11日/);
    expect(outboxAdds.filter((id) => id.includes('in-local-m-2'))).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 300));
    expect((await chatLog(t).read('chat-C1')).filter((l) => l.from === 'bot')).toHaveLength(1);
    expect((await bot.runtime.store.audit.forCustomer('C1')).filter((a) => a.kind === 'message_out')).toHaveLength(1);
  });
});
