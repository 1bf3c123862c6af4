import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startDuebot, type Running } from '../../src/app/start.js';
import { createLogger } from '../../src/logger.js';
import { testRedis, type TestRedis } from '../support/redis.js';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = join(import.meta.dirname, '..', '..', 'test-output');

/** Debian's chromium, never a downloaded browser; a missing one fails the test with the fix. */
function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`the browser test needs Debian's chromium at ${CHROMIUM}: run \`apt-get install -y chromium\``);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * The playground end to end in a real browser: a bot on a simulated clock (2 simulated minutes per
 * real second, from Tuesday 2026-12-08 08:50 in Shanghai), the demo loaded by its button, a reminder
 * answered as the customer, and an alert acknowledged in the staff channel.
 */
describe('dashboard in headless Chromium', () => {
  let t: TestRedis;
  let bot: Running;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    t = await testRedis('browser');
    bot = await startDuebot({
      env: { REDIS_URL: t.url, PORT: '0', DUEBOT_PREFIX: t.prefix, DUEBOT_CLOCK_START: '2026-12-08T08:50:00+08:00', DUEBOT_CLOCK_SPEED: '120' },
      logger: createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    });
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 } });
  });

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
    await t?.cleanup();
  });

  test('Given the demo, When the customer answers a reminder with 下周五付款, Then the bot confirms next week\'s Friday and the case shows the promise; an alert can be acknowledged', async () => {
    await page.goto(`http://127.0.0.1:${bot.port}/`);
    await page.click('#demo-button');
    await page.click('.customer-row[data-id="DEMO-XINGHE"]');

    // The reminder arrives over the live stream at the 09:00 slot: no reload.
    await page.waitForSelector('#chat .chat-line.bot', { timeout: 60000 });
    const reminder = await page.textContent('#chat .chat-line.bot .bubble');
    expect(reminder).toContain('DEMO-INV-1001');

    const today = DateTime.fromJSDate(bot.runtime.opts.clock.now(), { zone: 'Asia/Shanghai' });
    const nextFriday = today.startOf('week').plus({ weeks: 1, days: 4 });
    await page.fill('#chat-input', '下周五付款');
    await page.click('#chat-send');
    await page.waitForSelector('#chat .chat-line.customer >> text=下周五付款');
    const confirmation = page.locator('#chat .chat-line.bot .bubble', { hasText: `${nextFriday.month}月${nextFriday.day}日` });
    await confirmation.first().waitFor({ timeout: 30000 });
    await page.waitForSelector(`#case .promise[data-date="${nextFriday.toISODate()}"]`, { timeout: 30000 });
    expect(await page.textContent('#case .promise')).toContain('待兑现');

    // The long-overdue demo customer goes to legal review at the same slot: a staff alert.
    const ack = page.locator('.alert.al-open button[data-action="acknowledge"]').first();
    await ack.waitFor({ timeout: 60000 });
    const [alertId, customerId] = await ack.evaluate((b) => [b.closest('.alert')!.getAttribute('data-id'), b.closest('.alert')!.getAttribute('data-customer')]);
    await ack.click();
    const acknowledged = page.locator(`.alert[data-id="${alertId}"] .alert-status`, { hasText: '已确认' });
    await acknowledged.waitFor({ timeout: 15000 });
    expect(await page.locator(`.alert[data-id="${alertId}"] button[data-action="acknowledge"]`).count()).toBe(0);

    // The list follows live: the customer's open-alert badge goes once the alert is acknowledged.
    await page.waitForSelector(`.customer-row[data-id="${customerId}"] .badge`, { state: 'detached', timeout: 15000 });

    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'dashboard.png'), fullPage: true });
  }, 180000);

  test('Given the Import tab, When a CSV is uploaded, Then the summary shows and the customer joins the list', async () => {
    await page.click('nav [data-tab="import"]');
    const file = 'customer_id,customer_name,invoice_number,amount,currency,issue_date,due_date,channel,address\nUP-1,上传客户,UP-INV-1,500,CNY,2026-11-01,2026-12-20,local,chat-up-1\n';
    await page.setInputFiles('#import-file', { name: 'invoices.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    await page.click('#import-button');
    await page.locator('#import-result .ok', { hasText: '已导入 1 个客户的 1 张发票' }).waitFor({ timeout: 15000 });
    await page.click('nav [data-tab="customers"]');
    await page.waitForSelector('.customer-row[data-id="UP-1"]', { timeout: 15000 });
  }, 60000);
});
