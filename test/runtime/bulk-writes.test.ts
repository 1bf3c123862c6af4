import { addRpushEach, addSaddMany } from '../../src/runtime/store/bulk.js';
import { testRedis, type TestRedis } from '../support/redis.js';

describe('bulk writes for many keys in one command', () => {
  let t: TestRedis;
  beforeEach(async () => {
    t = await testRedis('bulk');
  });
  afterEach(async () => {
    await t.cleanup();
  });

  test('Given three sets, one of them with 2,500 members, When added in one transaction, Then each set holds exactly its members', async () => {
    const big = Array.from({ length: 2500 }, (_, i) => `INV-${i}`);
    const multi = t.redis.multi();
    addSaddMany(multi, [
      [t.keys.k('s', 'a'), ['x', 'y']],
      [t.keys.k('s', 'empty'), []],
      [t.keys.k('s', 'big'), big],
    ]);
    await multi.exec();
    expect((await t.redis.smembers(t.keys.k('s', 'a'))).sort()).toEqual(['x', 'y']);
    expect(await t.redis.exists(t.keys.k('s', 'empty'))).toBe(0);
    expect(await t.redis.scard(t.keys.k('s', 'big'))).toBe(2500);
  });

  test('Given lists with items already, When one value each is pushed, Then it lands at each tail, in order', async () => {
    await t.redis.rpush(t.keys.k('l', 'a'), 'first');
    const multi = t.redis.multi();
    addRpushEach(multi, [
      [t.keys.k('l', 'a'), 'second'],
      [t.keys.k('l', 'b'), '{"kind":"event"}'],
    ]);
    await multi.exec();
    expect(await t.redis.lrange(t.keys.k('l', 'a'), 0, -1)).toEqual(['first', 'second']);
    expect(await t.redis.lrange(t.keys.k('l', 'b'), 0, -1)).toEqual(['{"kind":"event"}']);
  });
});
