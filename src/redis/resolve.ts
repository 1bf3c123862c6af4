import { ConfigError } from '../errors.js';
import { DEFAULT_REDIS_URL, probeRedis, safeUrl } from './connect.js';
import { findOnPath, startPrivateRedis, type PrivateRedis } from './private-server.js';

export interface ResolvedRedis {
  url: string;
  /** Set when duebot started its own redis-server; stop it on shutdown. */
  private?: PrivateRedis;
}

const HOW_TO_GET_REDIS =
  'install Redis 7 (apt-get install redis-server, brew install redis) or run `docker compose up -d redis`, or set REDIS_URL';

/**
 * REDIS_URL (or REDIS_CLUSTER_NODES) set: it must answer. Unset: use the default address when
 * something answers there, else start a private redis-server from PATH, else say how to get one.
 */
export async function resolveRedis(configured: string | undefined, clusterNodes: string[] = []): Promise<ResolvedRedis> {
  if (clusterNodes.length) configured = withClusterNodes(configured, clusterNodes);
  if (configured) {
    const problem = await probeRedis(configured);
    if (problem) throw new ConfigError('REDIS_URL', `Redis at ${safeUrl(configured)} does not answer (${problem}); start it or fix REDIS_URL`);
    return { url: configured };
  }
  if ((await probeRedis(DEFAULT_REDIS_URL)) === null) return { url: DEFAULT_REDIS_URL };
  const binary = findOnPath('redis-server');
  if (!binary) throw new ConfigError('REDIS_URL', `no Redis answers at ${DEFAULT_REDIS_URL} and no redis-server is on PATH: ${HOW_TO_GET_REDIS}`);
  const priv = await startPrivateRedis(binary);
  return { url: priv.url, private: priv };
}

/** REDIS_CLUSTER_NODES joins the hosts of a redis+cluster:// URL (which may carry the password), or makes one. */
function withClusterNodes(url: string | undefined, nodes: string[]): string {
  if (!url) return `redis+cluster://${nodes.join(',')}`;
  const m = /^(redis\+cluster:\/\/(?:[^@/]*@)?)([^/?#]*)(.*)$/.exec(url)!;
  return `${m[1]}${[m[2], ...nodes].filter(Boolean).join(',')}${m[3]}`;
}
