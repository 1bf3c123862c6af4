import { testRedis } from '../support/redis.js';
import { Redis } from 'ioredis';

describe('test isolation on the real Redis', () => {
  test('Given a test file writes under its own prefix, When it cleans up, Then none of its keys remain and others are untouched', async () => {
    const a = await testRedis('isolation-a');
    const b = await testRedis('isolation-b');
    expect(a.prefix).not.toBe(b.prefix);
    await a.redis.set(a.keys.customer('C1'), 'x');
    await a.redis.xadd(a.keys.auditGlobal(), '*', 'k', 'v');
    await b.redis.set(b.keys.customer('C1'), 'y');
    expect(await a.ownKeys()).toHaveLength(2);

    await a.cleanup();

    const probe = new Redis(a.url);
    try {
      expect(await probe.exists(a.keys.customer('C1'), a.keys.auditGlobal())).toBe(0);
      expect(await probe.get(b.keys.customer('C1'))).toBe('y');
    } finally {
      await probe.quit();
      await b.cleanup();
    }
  });
});
