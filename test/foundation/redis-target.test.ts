import { loadConfig } from '../../src/config/index.js';
import { ConfigError } from '../../src/errors.js';
import { parseRedisTarget } from '../../src/redis/target.js';

describe('REDIS_URL forms', () => {
  test.each([
    ['redis://127.0.0.1:6379', { kind: 'single', url: 'redis://127.0.0.1:6379' }],
    ['rediss://:s3cret@redis.example.com:6380', { kind: 'single', url: 'rediss://:s3cret@redis.example.com:6380' }],
    ['redis+cluster://10.0.0.1:7000,10.0.0.2:7000', { kind: 'cluster', nodes: [{ host: '10.0.0.1', port: 7000 }, { host: '10.0.0.2', port: 7000 }] }],
    ['redis+cluster://:pw@r1:7000?tls=true', { kind: 'cluster', nodes: [{ host: 'r1', port: 7000 }], password: 'pw', tls: true }],
    ['redis+sentinel://s1:26379,s2:26379/mymaster', { kind: 'sentinel', sentinels: [{ host: 's1', port: 26379 }, { host: 's2', port: 26379 }], name: 'mymaster' }],
    ['redis+sentinel://:pw@s1:26379/mymaster/2?sentinelPassword=sp', { kind: 'sentinel', sentinels: [{ host: 's1', port: 26379 }], name: 'mymaster', db: 2, password: 'pw', sentinelPassword: 'sp' }],
  ])('Given REDIS_URL=%s, Then it names %j', (url, target) => {
    expect(parseRedisTarget(url)).toEqual(target);
  });

  test('Given REDIS_CLUSTER_NODES alone, Then it is a cluster of those seeds', () => {
    expect(parseRedisTarget(undefined, ['a:7000', 'b:7001'])).toEqual({ kind: 'cluster', nodes: [{ host: 'a', port: 7000 }, { host: 'b', port: 7001 }] });
  });

  test.each([
    [{ REDIS_URL: 'redis+sentinel://s1:26379' }, /^REDIS_URL=the value given is not valid: redis\+sentinel:\/\/ needs the master name/],
    [{ REDIS_URL: 'redis+cluster://r1' }, /^REDIS_URL=the value given is not valid: "r1" is not host:port/],
    [{ REDIS_URL: 'redis+cluster://r1:7000/3' }, /^REDIS_URL=.* Redis Cluster has only database 0/],
    [{ REDIS_URL: 'redis://x:6379', REDIS_CLUSTER_NODES: 'a:1' }, /^REDIS_URL=.* REDIS_CLUSTER_NODES is set/],
    [{ REDIS_CLUSTER_NODES: 'a:1,b' }, /^REDIS_CLUSTER_NODES="a:1,b" is not valid: "b" is not host:port/],
  ])('Given %j, When the configuration loads, Then one ConfigError line names the variable', (env, message) => {
    let caught: unknown;
    try {
      loadConfig(env);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as Error).message).toMatch(message);
  });
});
