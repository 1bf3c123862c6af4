import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findOnPath, freePort } from '../../src/redis/private-server.js';
import { stopChild, waitUntilAnswers } from '../../src/redis/private-cluster.js';

export interface SentinelGroup {
  /** redis+sentinel://127.0.0.1:S1,.../duebot */
  url: string;
  masterName: string;
  /** The data node serving as master right now, as the Sentinels see it. */
  masterPort(): number;
  /** kill -9 the current master's process. */
  killMaster(): Promise<number>;
  redisCli(port: number, ...args: string[]): string;
  stop(): Promise<void>;
}

/**
 * One master, one replica and three Sentinels (quorum 2) on free loopback ports: the fewest that
 * make a real, voted failover. Timeouts are short so a failover completes in a few seconds.
 */
export async function startSentinelGroup(masterName = 'duebot'): Promise<SentinelGroup> {
  const server = findOnPath('redis-server');
  const cli = findOnPath('redis-cli');
  if (!server || !cli) throw new Error('redis-server and redis-cli must be on PATH');
  const dir = mkdtempSync(join(tmpdir(), 'duebot-sentinel-'));
  const byPort = new Map<number, ChildProcess>();
  const sentinels: ChildProcess[] = [];
  const redisCli = (port: number, ...args: string[]) => spawnSync(cli, ['-p', String(port), ...args], { encoding: 'utf8' }).stdout.trim();
  const common = ['--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'];
  const stop = async () => {
    await Promise.all([...sentinels, ...byPort.values()].map((c) => stopChild(c)));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const master = await freePort();
    const replica = await freePort();
    byPort.set(master, spawn(server, ['--port', String(master), '--dir', dir, '--dbfilename', `m${master}.rdb`, ...common], { stdio: 'ignore' }));
    await waitUntilAnswers(`redis://127.0.0.1:${master}`);
    byPort.set(replica, spawn(server, ['--port', String(replica), '--dir', dir, '--dbfilename', `r${replica}.rdb`, '--replicaof', '127.0.0.1', String(master), ...common], { stdio: 'ignore' }));
    await waitUntilAnswers(`redis://127.0.0.1:${replica}`);
    const sentinelPorts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const port = await freePort();
      sentinelPorts.push(port);
      const conf = join(dir, `sentinel-${port}.conf`);
      writeFileSync(
        conf,
        [
          `port ${port}`,
          'bind 127.0.0.1',
          `dir ${dir}`,
          `sentinel monitor ${masterName} 127.0.0.1 ${master} 2`,
          `sentinel down-after-milliseconds ${masterName} 1000`,
          `sentinel failover-timeout ${masterName} 3000`,
          `sentinel parallel-syncs ${masterName} 1`,
        ].join('\n') + '\n',
      );
      sentinels.push(spawn(server, [conf, '--sentinel'], { stdio: 'ignore' }));
    }
    // Ready when the replica is in sync and every Sentinel has met the other two (they vote together).
    await until('the replica to sync', () => /master_link_status:up/.test(redisCli(replica, 'info', 'replication')));
    for (const port of sentinelPorts) {
      await until(`Sentinel ${port} to see the group`, () => {
        const info = redisCli(port, 'sentinel', 'master', masterName);
        return /num-other-sentinels\n2\b/.test(info) && /num-slaves\n1\b/.test(info);
      });
    }
    const masterPort = () => Number(redisCli(sentinelPorts[0]!, 'sentinel', 'get-master-addr-by-name', masterName).split('\n')[1]);
    return {
      url: `redis+sentinel://${sentinelPorts.map((p) => `127.0.0.1:${p}`).join(',')}/${masterName}`,
      masterName,
      masterPort,
      redisCli,
      async killMaster() {
        const port = masterPort();
        await stopChild(byPort.get(port)!, 'SIGKILL');
        return port;
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

async function until(what: string, probe: () => boolean, timeoutMs = 20000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
