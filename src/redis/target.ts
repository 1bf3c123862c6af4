/**
 * What REDIS_URL (and REDIS_CLUSTER_NODES) name, parsed once so the start can reject a bad form
 * with one line and every client is then built the same way.
 */
export interface HostPort {
  host: string;
  port: number;
}

interface Auth {
  username?: string;
  password?: string;
  /** TLS to the data nodes: `rediss://`, or `?tls=true` on the cluster and Sentinel forms. */
  tls?: boolean;
}

export type RedisTarget =
  | { kind: 'single'; url: string }
  | ({ kind: 'cluster'; nodes: HostPort[] } & Auth)
  | ({ kind: 'sentinel'; sentinels: HostPort[]; name: string; db?: number; sentinelPassword?: string } & Auth);

export class RedisTargetError extends Error {}

const MULTI_HOST = /^(redis\+cluster|redis\+sentinel):\/\/(?:([^@/]*)@)?([^/?#]*)(?:\/([^?#]*))?(?:\?([^#]*))?$/;

/** `host:port` (IPv4, name, or [IPv6]:port); the port is required so a typo does not silently mean 6379. */
export function parseHostPort(s: string): HostPort {
  const m = /^(\[[^\]]+\]|[^:\s]+):(\d{1,5})$/.exec(s.trim());
  const port = m ? Number(m[2]) : NaN;
  if (!m || port < 1 || port > 65535) throw new RedisTargetError(`"${s.trim()}" is not host:port`);
  return { host: m[1]!.replace(/^\[|\]$/g, ''), port };
}

/**
 * redis:// and rediss:// are one node; redis+cluster://h1:p1,h2:p2 (or REDIS_CLUSTER_NODES) is a
 * Redis Cluster seeded from those nodes; redis+sentinel://h1:p1,h2:p2/mastername[/db] asks the
 * Sentinels for the master of that name. User and password go before the hosts as usual.
 */
export function parseRedisTarget(url: string | undefined, clusterNodes: string[] = []): RedisTarget | undefined {
  if (clusterNodes.length && url && !url.startsWith('redis+cluster:')) {
    throw new RedisTargetError('REDIS_CLUSTER_NODES is set, so REDIS_URL must be unset or a redis+cluster:// URL');
  }
  if (!url) return clusterNodes.length ? { kind: 'cluster', nodes: clusterNodes.map(parseHostPort) } : undefined;
  if (!url.startsWith('redis+')) return { kind: 'single', url };
  const m = MULTI_HOST.exec(url);
  if (!m) throw new RedisTargetError('must be redis+cluster://host:port,host:port or redis+sentinel://host:port,host:port/mastername');
  const [, scheme, userinfo, hostList, path, query] = m;
  const auth = parseAuth(userinfo, query);
  const hosts = hostList!.split(',').filter((h) => h.trim());
  if (scheme === 'redis+cluster') {
    const nodes = [...hosts, ...clusterNodes].map(parseHostPort);
    if (!nodes.length) throw new RedisTargetError('redis+cluster:// needs at least one host:port (or set REDIS_CLUSTER_NODES)');
    if (path) throw new RedisTargetError('Redis Cluster has only database 0: drop the path after the hosts');
    return { kind: 'cluster', nodes, ...auth };
  }
  if (!hosts.length) throw new RedisTargetError('redis+sentinel:// needs at least one Sentinel host:port');
  const [name, db, ...rest] = (path ?? '').split('/');
  if (!name) throw new RedisTargetError('redis+sentinel:// needs the master name after the hosts: redis+sentinel://host:26379/mymaster');
  if (rest.length || (db !== undefined && db !== '' && !/^\d{1,2}$/.test(db))) throw new RedisTargetError('after the master name only a database number may follow');
  const sentinelPassword = new URLSearchParams(query ?? '').get('sentinelPassword') ?? undefined;
  return {
    kind: 'sentinel',
    sentinels: hosts.map(parseHostPort),
    name: decodeURIComponent(name),
    ...(db ? { db: Number(db) } : {}),
    ...(sentinelPassword ? { sentinelPassword } : {}),
    ...auth,
  };
}

function parseAuth(userinfo: string | undefined, query: string | undefined): Auth {
  const out: Auth = {};
  if (userinfo) {
    const i = userinfo.indexOf(':');
    const user = decodeURIComponent(i < 0 ? userinfo : userinfo.slice(0, i));
    const pass = i < 0 ? '' : decodeURIComponent(userinfo.slice(i + 1));
    if (user) out.username = user;
    if (pass) out.password = pass;
  }
  const tls = new URLSearchParams(query ?? '').get('tls');
  if (tls === 'true' || tls === '1') out.tls = true;
  return out;
}

/** A one-line description without secrets, for logs and errors. */
export function describeTarget(t: RedisTarget): string {
  const list = (hs: HostPort[]) => hs.map((h) => `${h.host}:${h.port}`).join(',');
  if (t.kind === 'single') return t.url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
  if (t.kind === 'cluster') return `redis+cluster://${list(t.nodes)}`;
  return `redis+sentinel://${list(t.sentinels)}/${t.name}`;
}
