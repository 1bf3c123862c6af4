import { Cluster } from 'ioredis';
import { createRedis, type RedisClient } from '../../src/redis/connect.js';
import { startPrivateCluster, type PrivateCluster } from '../../src/redis/private-cluster.js';
import { Keys } from '../../src/runtime/keys.js';
import { Lease } from '../../src/runtime/lease.js';
import { WebhookBudget } from '../../adapters/wecom/alerts/budget.js';
import { DEFAULT_ALERT_BUDGET } from '../../adapters/wecom/index.js';
import { ChannelPacer } from '../../adapters/slack/pacer.js';
import { testPrefix } from '../support/redis.js';
import { describeEndToEnd } from './e2e-flow.js';
import { waitFor } from './helpers.js';

// One cluster for the file, started on first use and stopped after every suite here.
let started: Promise<PrivateCluster> | undefined;
const cluster = () => (started ??= startPrivateCluster(3));
afterAll(async () => (await started)?.stop());

/**
 * The same flow on a Redis Cluster of three masters started here: any key or Lua script that left
 * the `{prefix}` hash tag would fail with CROSSSLOT, and BullMQ's scripts with it.
 */
describeEndToEnd('runtime end to end on a Redis Cluster of three masters', async () => {
  const { url } = await cluster();
  const prefix = testPrefix('cluster');
  const redis = createRedis(url);
  expect(redis).toBeInstanceOf(Cluster);
  return { url, prefix, keys: new Keys(prefix), redis, cleanup: () => redis.quit().then(() => undefined, () => redis.disconnect()) };
});

describe('the adapters’ own multi-key scripts on the cluster', () => {
  let redis: RedisClient;
  let keys: Keys;
  beforeAll(async () => {
    redis = createRedis((await cluster()).url);
    keys = new Keys(testPrefix('cluster-adapters'));
  });
  afterAll(async () => {
    await redis.quit().catch(() => redis.disconnect());
  });

  test('Given the WeCom robot budget, the Slack pacer and a lease, When they run on the cluster, Then no script crosses slots', async () => {
    const rate = keys.rate('wecom-webhook');
    const budget = new WebhookBudget(redis, { window: rate, pending: `${rate}:pending`, sending: `${rate}:sending`, sent: `${rate}:sent` }, DEFAULT_ALERT_BUDGET);
    const offer = await budget.offer('alert-1', '{"x":1}');
    expect(offer.state).toBe('claimed');
    await budget.settle(['alert-1'], []);
    expect((await budget.offer('alert-1', '{"x":1}')).state).toBe('sent');

    await new ChannelPacer(redis, keys, 1000).slot('C0123');

    let running = false;
    const lease = new Lease(redis, keys.lease('test'), { start: async () => void (running = true), stop: async () => void (running = false) }, { ttlMs: 1000 });
    lease.start();
    await waitFor('the lease', async () => running, 5000);
    await lease.stop();
    expect(running).toBe(false);
    expect(await redis.exists(keys.lease('test'))).toBe(0);
  });
});
