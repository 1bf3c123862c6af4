import { startDuebot, type Running } from '../../src/app/start.js';
import { createLogger } from '../../src/logger.js';
import { testRedis, type TestRedis } from '../support/redis.js';

const TOKEN = 'test-token-0123456789abcdef';
const GUARDED = ['/', '/ui/customers', '/ui/aging', '/local/alerts', '/local/chats/demo-xinghe', '/admin/queues', '/static/js/main.js', '/static/style.css'];

async function bot(t: TestRedis, env: Record<string, string>): Promise<Running> {
  return startDuebot({ env: { REDIS_URL: t.url, PORT: '0', DUEBOT_PREFIX: t.prefix, ...env }, logger: createLogger({ level: 'silent' }) });
}

describe('dashboard access', () => {
  let t: TestRedis;
  beforeAll(async () => (t = await testRedis('dashauth')));
  afterAll(async () => t.cleanup());

  describe('Given DUEBOT_API_TOKEN is set', () => {
    let running: Running;
    let base: string;
    beforeAll(async () => {
      running = await bot(t, { DUEBOT_API_TOKEN: TOKEN });
      base = `http://127.0.0.1:${running.port}`;
    });
    afterAll(async () => running.stop());

    test.each(GUARDED)('When %s is asked without the token, Then 401; with a wrong one, 401', async (path) => {
      expect((await fetch(base + path)).status).toBe(401);
      expect((await fetch(base + path, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    });

    test.each(['/local/chats/demo-xinghe', '/local/chats/demo-xinghe/actions', '/local/alerts/E1/acknowledge', '/ui/demo'])(
      'When %s is posted to without the token, Then 401 and nothing is loaded',
      async (path) => {
        const res = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"下周五付款","id":"confirm_promise"}' });
        expect(res.status).toBe(401);
        expect(await running.runtime.store.customers.ids()).toEqual([]);
      },
    );

    test.each(GUARDED)('When %s is asked with the bearer token, Then it answers', async (path) => {
      expect((await fetch(base + path, { headers: { authorization: `Bearer ${TOKEN}` }, redirect: 'manual' })).status).toBeLessThan(400);
    });

    test('When a browser opens /?token=..., Then it gets an HttpOnly cookie and a clean address, and the cookie opens the page', async () => {
      const res = await fetch(`${base}/?token=${TOKEN}`, { redirect: 'manual' });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/');
      const cookie = res.headers.get('set-cookie')!;
      expect(cookie).toMatch(/^duebot_token=.+; Path=\/; HttpOnly; SameSite=Strict/);
      const page = await fetch(`${base}/`, { headers: { cookie: cookie.split(';')[0]! } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<script type="module" src="/static/js/main.js">');
      expect((await fetch(`${base}/?token=nope-nope-nope-nope`, { redirect: 'manual' })).status).toBe(401);
    });

    test('Then health stays open for load balancers', async () => {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    });
  });

  test('Given no token, When the page and its data are asked for, Then they are open (the local playground)', async () => {
    const running = await bot(t, {});
    try {
      const base = `http://127.0.0.1:${running.port}`;
      for (const path of ['/', '/ui/customers', '/ui/status', '/local/alerts', '/static/style.css']) expect([path, (await fetch(base + path)).status]).toEqual([path, 200]);
    } finally {
      await running.stop();
    }
  });
});
