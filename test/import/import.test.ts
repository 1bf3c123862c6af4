import iconv from 'iconv-lite';
import { importCsv, formatRowError } from '../../src/runtime/import/index.js';
import { Store } from '../../src/runtime/store/index.js';
import { createQueues, closeQueues, type Queues } from '../../src/runtime/queues.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { csv, GOOD, HEADER } from './fixtures.js';

let t: TestRedis;
let store: Store;
let queues: Queues;

beforeEach(async () => {
  t = await testRedis('import');
  store = new Store(t.redis, t.keys);
  queues = createQueues(t.redis, t.keys);
});
afterEach(async () => {
  await closeQueues(queues);
  await queues.inbound.obliterate({ force: true }).catch(() => undefined);
  await t.cleanup();
});

const run = (input: string | Buffer, skipBad = false) => importCsv(input, { runtime: { store, queues }, skipBad });
/** Keys other than BullMQ's own queue metadata, which exists as soon as a Queue is created. */
const written = async () => (await t.ownKeys()).filter((k) => !k.endsWith(':meta'));
const mailbox = async (customerId: string) => (await t.redis.lrange(t.keys.mailbox(customerId), 0, -1)).map((s) => JSON.parse(s));

describe('import: a good file', () => {
  test('Given a file with two customers, When imported, Then customers, contacts, invoices are stored and each customer gets one invoices_changed event', async () => {
    const r = await run(csv(...GOOD));
    expect(r.refused).toBe(false);
    expect(r.summary).toEqual({ imported: 3, customers: 2, updated: 0, unchanged: 0, rejected: 0 });
    const c1 = await store.customers.get('C001');
    expect(c1).toMatchObject({ name: 'Acme Ltd', language: 'en', timezone: 'Asia/Shanghai', holidayCalendar: 'CN', rep: 'Li', contacts: [{ platform: 'slack', address: 'U001' }] });
    expect(await store.customers.findByContact('wecom', 'wm-abc')).toBe('C002');
    expect(await store.invoices.get('INV-1')).toMatchObject({ amount: 1200050, currency: 'CNY', dueDate: '2026-04-01', status: 'open', amountPaid: 0 });
    expect(await store.invoices.get('INV-3')).toMatchObject({ amount: 500000, issueDate: '2026-03-02', dueDate: '2026-04-02' });
    const box = await mailbox('C001');
    expect(box).toHaveLength(1);
    expect(box[0].event).toMatchObject({ type: 'invoices_changed' });
    expect(box[0].event.invoices.map((i: { id: string }) => i.id)).toEqual(['INV-1', 'INV-2']);
    expect(await queues.inbound.getJobCountByTypes('waiting')).toBe(2);
  });

  test('Given an imported file, When the same file is imported again, Then nothing changes and no event is enqueued', async () => {
    await run(csv(...GOOD));
    const before = await t.redis.dump(t.keys.invoice('INV-1'));
    const r = await run(csv(...GOOD));
    expect(r.summary).toEqual({ imported: 0, customers: 2, updated: 0, unchanged: 3, rejected: 0 });
    expect(await mailbox('C001')).toHaveLength(1);
    expect(await t.redis.dump(t.keys.invoice('INV-1'))).toEqual(before);
  });

  test('Given an imported file, When an amount and a due date change, Then those invoices are updated and one re-plan event carries the full list', async () => {
    await run(csv(...GOOD));
    const changed = [GOOD[0]!.replace('"12,000.50"', '13000'), GOOD[1]!.replace('2026-04-05', '2026-04-20'), GOOD[2]!];
    const r = await run(csv(...changed));
    expect(r.summary).toEqual({ imported: 0, customers: 2, updated: 2, unchanged: 1, rejected: 0 });
    expect(await store.invoices.get('INV-1')).toMatchObject({ amount: 1300000 });
    const box = await mailbox('C001');
    expect(box).toHaveLength(2);
    expect(box[1].event.id).not.toBe(box[0].event.id);
    expect(box[1].event.invoices.map((i: { id: string; amount: number; dueDate: string }) => [i.id, i.amount, i.dueDate])).toEqual([
      ['INV-1', 1300000, '2026-04-01'],
      ['INV-2', 80000, '2026-04-20'],
    ]);
    expect(await mailbox('C002')).toHaveLength(1);
  });

  test('Given Chinese headers in GB18030 (Chinese Excel), When imported, Then names and amounts come through intact', async () => {
    const text = ['客户编号,客户名称,发票号,金额,币种,开票日期,到期日,渠道,联系地址,语言,时区,业务员', 'C010,上海鑫源贸易有限公司,FP-001,"￥12,000.50",CNY,2026年3月1日,2026年4月1日,wecom,鑫源财务,zh,Asia/Shanghai,张三'].join('\r\n');
    const r = await run(iconv.encode(text, 'gb18030'));
    expect(r.encoding).toBe('gb18030');
    expect(r.summary.imported).toBe(1);
    expect(await store.customers.get('C010')).toMatchObject({ name: '上海鑫源贸易有限公司', rep: '张三' });
    expect(await store.invoices.get('FP-001')).toMatchObject({ amount: 1200050, dueDate: '2026-04-01' });
  });

  test('Given a UTF-8 file with a BOM, When imported, Then the first header is still recognised', async () => {
    const r = await run(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(GOOD[2]!), 'utf8')]));
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.refused).toBe(false);
    expect(await store.customers.get('C002')).toMatchObject({ name: '北京星河' });
  });
});

describe('import: bad files are refused with every bad row named, and nothing is written', () => {
  const cases: Array<[string, string, string[]]> = [
    ['missing columns', 'customer_id,customer_name,amount\nC1,A,100\n', ['line 1: invoice_number: missing column', 'line 1: issue_date: missing column', 'line 1: due_date: missing column', 'line 1: channel: missing column', 'line 1: address: missing column']],
    ['bad dates', csv(GOOD[0]!, 'C002,B,INV-9,100,CNY,2026-02-30,next week,slack,U9,,,'), ['line 3: issue_date: not a real calendar date', 'line 3: due_date: a date as YYYY-MM-DD']],
    ['negative amount', csv(GOOD[0]!, 'C002,B,INV-9,-100,CNY,2026-03-01,2026-04-01,slack,U9,,,'), ['line 3: amount: must be more than zero']],
    ['unknown channel', csv(GOOD[0]!, 'C002,B,INV-9,100,CNY,2026-03-01,2026-04-01,fax,555,,,'), ['line 3: channel: "fax" is not a channel: use slack, wecom or local']],
    ['one invoice number for two customers', csv(GOOD[0]!, 'C002,B,INV-1,100,CNY,2026-03-01,2026-04-01,slack,U9,,,'), ['line 3: invoice_number: INV-1 is already on line 2 for customer C001, here for C002']],
    ['one customer id with two names', csv(GOOD[0]!, 'C001,Acme Limited,INV-9,100,CNY,2026-03-01,2026-04-01,slack,U001,,,'), ['line 3: customer_name: customer C001 is "Acme Ltd" on line 2, here "Acme Limited"']],
    ['empty file', '', ['line 1: file: is empty: expected a header row and at least one invoice']],
    ['header only', `${HEADER}\n`, ['line 2: file: has a header but no invoices']],
  ];
  test.each(cases)('%s', async (_name, input, expected) => {
    const r = await run(input);
    expect(r.refused).toBe(true);
    expect(r.errors.map(formatRowError)).toEqual(expected);
    expect(await written()).toEqual([]);
  });

  test('Given several bad rows, Then every one is reported with its line, even after a quoted cell that spans two lines', async () => {
    const r = await run(csv('C001,"Acme\nLtd",INV-1,100,CNY,2026-03-01,2026-04-01,slack,U1,,,', 'C002,B,INV-2,abc,CNY,2026-03-01,2026-04-01,slack,U2,,,', 'C003,C,INV-3,100,XX,2026-03-01,2026-04-01,slack,U3,,,'));
    expect(r.errors.map(formatRowError)).toEqual(['line 4: amount: "abc" is not an amount such as 12,000.50 or ¥12000', 'line 5: currency: a three-letter ISO 4217 code such as CNY or USD']);
  });

  test('Given an invoice stored for another customer, When a file gives it to a new customer, Then it is refused', async () => {
    await run(csv(GOOD[0]!));
    const r = await run(csv('C009,Other,INV-1,100,CNY,2026-03-01,2026-04-01,slack,U9,,,'));
    expect(r.errors.map(formatRowError)).toEqual(['line 2: invoice_number: INV-1 belongs to customer C001 already']);
    expect(await store.customers.get('C009')).toBeNull();
  });

  test('Given bad rows and skipBad, When imported, Then good rows are stored and the reject file holds the bad rows with their errors', async () => {
    const r = await run(csv(GOOD[0]!, 'C002,B,INV-9,-1,CNY,2026-03-01,2026-04-01,fax,U9,,,', GOOD[2]!), true);
    expect(r.refused).toBe(false);
    expect(r.summary).toEqual({ imported: 2, customers: 2, updated: 0, unchanged: 0, rejected: 1 });
    expect(await store.invoices.get('INV-9')).toBeNull();
    expect(r.rejectCsv).toBe(`\uFEFF${HEADER},error\r\nC002,B,INV-9,-1,CNY,2026-03-01,2026-04-01,fax,U9,,,,"line 3: amount: must be more than zero; line 3: channel: ""fax"" is not a channel: use slack, wecom or local"\r\n`);
  });
});
