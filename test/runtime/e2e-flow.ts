import type { Running } from '../../src/app/start.js';
import type { RedisClient } from '../../src/redis/connect.js';
import type { Keys } from '../../src/runtime/keys.js';
import { chatLog, invoice, localCustomer, seed, startTestBot, waitFor } from './helpers.js';

/** Where the flow runs: a prefix on some Redis (one node, a cluster, a Sentinel group) and a client to look with. */
export interface FlowTarget {
  url: string;
  prefix: string;
  keys: Keys;
  redis: RedisClient;
  cleanup(): Promise<void>;
}

/**
 * The runtime on a real Redis with a simulated clock (10 simulated minutes per real second):
 * an invoice is planned, its first reminder fires at the calendar's slot and reaches the local chat;
 * a reply is understood into a promise and confirmed; a payment closes the case.
 * Shared by the single-node, cluster and Sentinel suites so all three prove the same flow.
 */
export function describeEndToEnd(title: string, target: () => Promise<FlowTarget>): void {
  describe(title, () => {
    let t: FlowTarget;
    let bot: Running;
    beforeAll(async () => {
      t = await target();
      bot = await startTestBot(t, { DUEBOT_CLOCK_START: '2026-12-01T08:55:00+08:00', DUEBOT_CLOCK_SPEED: '600' });
    });
    afterAll(async () => {
      await bot?.stop();
      await t?.cleanup();
    });

    test('Given an invoice due 2026-12-08, When it is imported, Then the first reminder reaches the chat in the morning window of 12-01 (Asia/Shanghai)', async () => {
      await seed(bot, localCustomer('C1'), [invoice('INV-1', 'C1', '2026-12-08')]);
      const lines = await waitFor('the first reminder', async () => {
        const l = await chatLog(t).read('chat-C1');
        return l.length ? l : null;
      });
      expect(lines[0]!.from).toBe('bot');
      expect(lines[0]!.text).toContain('INV-1');
      const at = new Date(lines[0]!.at);
      const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
      expect(local).toMatch(/^01\/12\/2026, 09:(0\d|1[0-5])$/);
    });

    test('Given the reminder, When the customer replies "下周五付款", Then a promise for 2026-12-11 is recorded and confirmed back', async () => {
      const before = (await chatLog(t).read('chat-C1')).length;
      await bot.runtime.services.inbound({ platform: 'local', address: 'chat-C1', sender: 'chat-C1', text: '下周五付款', platformMessageId: 'm-1' });
      const c = await waitFor('the promise', async () => {
        const cs = await bot.runtime.store.cases.get('C1');
        return cs?.promises.length ? cs : null;
      });
      expect(c.promises[0]!.date).toBe('2026-12-11');
      expect(c.promises[0]!.status).toBe('pending');
      const confirmation = await waitFor('the confirmation', async () => {
        const l = await chatLog(t).read('chat-C1');
        return l.slice(before).find((x) => x.from === 'bot');
      });
      expect(confirmation.from).toBe('bot');
      expect(confirmation.text).toMatch(/12月11日/);
    });

    test('Given the promise, When the payment arrives, Then the case closes and pending timers do nothing', async () => {
      const paid = await bot.runtime.services.applyNow('C1', { type: 'payment', id: 'pay-1', invoiceId: 'INV-1', amount: 1200000, date: '2026-12-03' });
      expect(paid?.state.case.status).toBe('closed');
      expect((await bot.runtime.store.invoices.get('INV-1'))?.status).toBe('paid');
      const countAfterPayment = (await chatLog(t).read('chat-C1')).length;
      // Fire a stale timer by hand: the old epoch makes it a no-op.
      await bot.runtime.services.applyNow('C1', { type: 'step_due', id: 'stale-1', epoch: 0, stepIndex: 1 });
      await new Promise((r) => setTimeout(r, 500));
      const after = await chatLog(t).read('chat-C1');
      expect(after.slice(countAfterPayment).filter((l) => l.from === 'bot' && /INV-1/.test(l.text) && !/谢谢|感谢|thank/i.test(l.text))).toHaveLength(0);
      const audit = await bot.runtime.store.audit.forCustomer('C1');
      const kinds = audit.map((a) => a.kind);
      expect(kinds).toEqual(expect.arrayContaining(['message_out', 'message_in', 'promise_recorded', 'invoice_updated']));
      expect(audit.map((a) => a.seq)).toEqual(audit.map((_, i) => i + 1));
      // The local adapter's own log: every message went out exactly once.
      const sent = await chatLog(t).sentIds();
      expect(new Set(sent).size).toBe(sent.length);
    });
  });
}
