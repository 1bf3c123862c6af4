import { startDuebot, type Running, type StartOptions } from '../../src/app/start.js';
import { createLogger } from '../../src/logger.js';
import type { Customer } from '../../src/domain/customer.js';
import type { Invoice } from '../../src/domain/invoice.js';
import { LocalChatLog } from '../../adapters/local/chat-log.js';
import type { TestRedis } from '../support/redis.js';
import type { RedisClient } from '../../src/redis/connect.js';
import type { Keys } from '../../src/runtime/keys.js';

export async function startTestBot(t: Pick<TestRedis, 'url' | 'prefix'>, env: Record<string, string> = {}, opts: Omit<StartOptions, 'env' | 'logger'> = {}): Promise<Running> {
  return startDuebot({
    ...opts,
    env: { REDIS_URL: t.url, PORT: '0', DUEBOT_PREFIX: t.prefix, ...env },
    logger: createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
  });
}

/** Saves a customer and invoices and plans the case, as an import does. */
export async function seed(bot: Running, customer: Customer, invoices: Invoice[]): Promise<void> {
  const { store, services } = bot.runtime;
  const multi = store.redis.multi();
  store.customers.addSave(multi, customer);
  for (const inv of invoices) store.invoices.addSave(multi, inv);
  await multi.exec();
  await services.enqueueEvent(customer.id, { type: 'invoices_changed', id: `seed-${customer.id}-${Date.now()}`, invoices });
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function chatLog(t: { redis: RedisClient; keys: Keys }): LocalChatLog {
  return new LocalChatLog(t.redis, t.keys);
}

export function localCustomer(id: string, over: Partial<Customer> = {}): Customer {
  return {
    id,
    name: over.name ?? `华东贸易 ${id}`,
    contacts: [{ platform: 'local', address: `chat-${id}`, role: 'payer' }],
    language: 'zh',
    timezone: 'Asia/Shanghai',
    holidayCalendar: 'CN',
    ...over,
  };
}

export function invoice(id: string, customerId: string, dueDate: string, amount = 1200000): Invoice {
  return { id, customerId, amount, currency: 'CNY', issueDate: '2026-11-01', dueDate, status: 'open', amountPaid: 0 };
}
