import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { testRedis, type TestRedis } from '../support/redis.js';
import { Store } from '../../src/runtime/store/index.js';
import { LocalSocket } from '../../adapters/local/socket.js';
import { localCustomer, waitFor } from './helpers.js';

const root = join(import.meta.dirname, '..', '..');

/** `duebot start --role web`, resolved once it logs that it started. */
function startWeb(t: TestRedis): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(root, 'bin', 'duebot.js'), 'start', '--role', 'web'], {
    env: { ...process.env, REDIS_URL: t.url, DUEBOT_PREFIX: t.prefix, DUEBOT_ADAPTERS: 'local', PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('duebot started')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`duebot start --role web exited with ${code}: ${out}`)));
  });
}

function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/**
 * Two web processes; only the lease holder reads the platform's push connection (here the local
 * platform's, which stands in for Socket Mode and the puppet). The holder is killed with SIGKILL
 * while customers keep writing: the other takes the lease over within seconds and every message
 * still reaches the runtime.
 */
describe('the receiver lease across web processes', () => {
  let t: TestRedis;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    t = await testRedis('lease');
    const store = new Store(t.redis, t.keys);
    const multi = t.redis.multi();
    store.customers.addSave(multi, localCustomer('L1'));
    await multi.exec();
  });
  afterAll(async () => {
    await Promise.all(children.map((c) => kill(c, 'SIGKILL')));
    await t.cleanup();
  });

  test('Given two web processes, When the lease holder is killed -9, Then the other takes over within 10 s and no inbound message is lost', async () => {
    const leaseKey = t.keys.lease('local-socket');
    const holderPid = async () => Number((await t.redis.get(leaseKey))?.split(':')[1] ?? 0);
    const a = await startWeb(t);
    children.push(a);
    await waitFor('A to take the lease', async () => (await holderPid()) === a.pid, 10000);
    const b = await startWeb(t);
    children.push(b);

    const pushed: string[] = [];
    let pushing = true;
    const pusher = (async () => {
      for (let i = 0; pushing; i++) {
        const id = `lm-${i}`;
        await LocalSocket.push(t.redis, t.keys, { address: 'chat-L1', text: `第${i}条`, id });
        pushed.push(id);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const received = async () => {
      const audit = await new Store(t.redis, t.keys).audit.forCustomer('L1');
      return new Set(audit.filter((e) => e.kind === 'message_in').map((e) => e.platformMessageId));
    };
    await waitFor('A to receive messages', async () => (await received()).size >= 10, 10000);

    await kill(a, 'SIGKILL');
    const killedAt = Date.now();
    await waitFor('B to take the lease', async () => (await holderPid()) === b.pid, 15000);
    const takeoverMs = Date.now() - killedAt;
    expect(takeoverMs).toBeLessThan(10000);
    await new Promise((r) => setTimeout(r, 500));
    pushing = false;
    await pusher;

    const got = await waitFor('every message', async () => {
      const r = await received();
      return pushed.every((id) => r.has(id)) ? r : null;
    }, 10000);
    expect(pushed.filter((id) => !got.has(id))).toEqual([]);
    expect(pushed.length).toBeGreaterThan(20);
  }, 60000);
});
