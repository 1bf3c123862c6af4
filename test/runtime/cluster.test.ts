import { Cluster } from 'ioredis';
import { createRedis } from '../../src/redis/connect.js';
import { startPrivateCluster } from '../../src/redis/private-cluster.js';
import { Keys } from '../../src/runtime/keys.js';
import { testPrefix } from '../support/redis.js';
import { describeEndToEnd } from './e2e-flow.js';

/**
 * The same flow on a Redis Cluster of three masters started here: any key or Lua script that left
 * the `{prefix}` hash tag would fail with CROSSSLOT, and BullMQ's scripts with it.
 */
describeEndToEnd('runtime end to end on a Redis Cluster of three masters', async () => {
  const cluster = await startPrivateCluster(3);
  const prefix = testPrefix('cluster');
  const redis = createRedis(cluster.url);
  expect(redis).toBeInstanceOf(Cluster);
  return {
    url: cluster.url,
    prefix,
    keys: new Keys(prefix),
    redis,
    async cleanup() {
      await redis.quit().catch(() => redis.disconnect());
      await cluster.stop();
    },
  };
});
