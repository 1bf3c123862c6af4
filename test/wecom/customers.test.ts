import type { EventEmitter } from 'node:events';
import { FileBox } from 'file-box';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { createWecomAdapter } from '../../adapters/wecom/index.js';
import { REFUSAL } from '../../adapters/wecom/customers/staff.js';
import type { AdapterBundle, ChannelAdapter, OutboundMessage } from '../../src/runtime/ports.js';
import { PlatformError } from '../../src/errors.js';
import { eventually, RecordingServices } from '../support/recording-services.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { wecomContext } from './context.js';

type ContactMock = ReturnType<mock.Mocker['createContact']>;

/** Everything the bot said to one mocked contact (or in one mocked room). */
function heardBy(target: object, botId: string): string[] {
  const heard: string[] = [];
  (target as EventEmitter).on('message', (m: { talker(): { id: string }; text(): string | undefined }) => {
    if (m.talker().id === botId) heard.push(m.text() ?? '');
  });
  return heard;
}

const reminder = (address: string, text: string): OutboundMessage => ({
  messageId: `m-${address}-${text.length}`,
  customerId: 'C001',
  platform: 'wecom',
  address,
  text,
  language: 'zh',
});

describe('WeCom customer chats through Wechaty (wechaty-puppet-mock)', () => {
  let t: TestRedis;
  let services: RecordingServices;
  let mocker: mock.Mocker;
  let puppet: PuppetMock;
  let bundle: AdapterBundle;
  let channel: ChannelAdapter;
  let me: ContactMock, customer: ContactMock, stranger: ContactMock, staff: ContactMock;
  let room: ReturnType<mock.Mocker['createRoom']>;
  let toCustomer: string[], toRoom: string[], toStaff: string[], toStranger: string[];

  beforeAll(async () => {
    t = await testRedis('wecom-customers');
    services = new RecordingServices((line) => ({ ok: true, text: `C001 ACME 贸易：未付 ¥12,000.00（${line}）` }));
    mocker = new mock.Mocker();
    puppet = new PuppetMock({ mocker });
    bundle = await createWecomAdapter(wecomContext(t, services, { WECHATY_PUPPET: 'wechaty-puppet-mock', WECOM_STAFF_IDS: 'staff-li' }), { puppet });
    channel = bundle.channel!;
    await channel.start(async (msg) => void (await services.inbound(msg)));
    me = mocker.createContact({ id: 'duebot-self', name: 'duebot' });
    customer = mocker.createContact({ id: 'wang-finance', name: '王会计' });
    stranger = mocker.createContact({ id: 'zhao-stranger', name: '赵先生' });
    staff = mocker.createContact({ id: 'staff-li', name: '李销售' });
    room = mocker.createRoom({ id: 'acme-group@chatroom', topic: 'ACME 对账群', memberIdList: [me.id, customer.id, stranger.id, staff.id] });
    mocker.login(me);
    await eventually(() => expect(puppet.isLoggedIn).toBe(true));
    toCustomer = heardBy(customer, me.id);
    toRoom = heardBy(room, me.id);
    toStaff = heardBy(staff, me.id);
    toStranger = heardBy(stranger, me.id);
  });

  afterAll(async () => {
    await bundle.stop();
    await t.cleanup();
  });

  beforeEach(() => {
    services.inbounds.length = 0;
    services.commands.length = 0;
  });

  test('Given a customer contact, When a reminder is sent, Then the contact receives its text and the echo is not taken as a reply', async () => {
    const receipt = await channel.send(reminder(customer.id, '王会计您好，发票 INV-1001（¥12,000.00）将于 12 月 1 日到期。'));
    expect(receipt.platformMessageId).toBeTruthy();
    await eventually(() => expect(toCustomer).toContain('王会计您好，发票 INV-1001（¥12,000.00）将于 12 月 1 日到期。'));
    await new Promise((r) => setTimeout(r, 50));
    expect(services.inbounds).toEqual([]);
  });

  test('Given a customer room, When a reminder is sent to the room id, Then the room receives it', async () => {
    await channel.send(reminder(room.id, '各位好，ACME 的两张发票本周五到期。'));
    await eventually(() => expect(toRoom).toContain('各位好，ACME 的两张发票本周五到期。'));
  });

  test('Given a customer, When they write "礼拜五一定付", Then the runtime receives it with address, sender and message id', async () => {
    customer.say('礼拜五一定付').to(me);
    await eventually(() => expect(services.inbounds).toHaveLength(1));
    const [msg] = services.inbounds;
    expect(msg).toMatchObject({ platform: 'wecom', address: customer.id, sender: customer.id, senderName: '王会计', text: '礼拜五一定付' });
    expect(msg!.platformMessageId).toEqual(expect.any(String));
    expect(msg!.receivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(msg!.mentionsBot).toBeUndefined();
    expect(msg!.attachment).toBeUndefined();
  });

  test('Given a customer, When they send an image, Then the runtime receives it as an image attachment with empty text', async () => {
    customer.say(FileBox.fromBase64(Buffer.from('fake-png').toString('base64'), 'slip.png')).to(me);
    await eventually(() => expect(services.inbounds).toHaveLength(1));
    const [msg] = services.inbounds;
    expect(msg).toMatchObject({ address: customer.id, sender: customer.id, text: '', attachment: { kind: 'image', name: 'slip.png' } });
    expect(msg!.attachment!.ref).toBe(msg!.platformMessageId);
  });

  test('Given a customer, When they send a video, Then nothing reaches the runtime', async () => {
    customer.say(FileBox.fromBase64(Buffer.from('fake-mp4').toString('base64'), 'clip.mp4')).to(me);
    customer.say('好的').to(me);
    await eventually(() => expect(services.inbounds).toHaveLength(1));
    expect(services.inbounds[0]!.text).toBe('好的');
  });

  test('Given a room, When someone writes without mentioning the bot, Then it is passed with mentionsBot false for the runtime to filter by linked contacts', async () => {
    stranger.say('今天天气不错').to(room);
    await eventually(() => expect(services.inbounds).toHaveLength(1));
    expect(services.inbounds[0]).toMatchObject({ address: room.id, sender: stranger.id, senderName: '赵先生', text: '今天天气不错', mentionsBot: false });
  });

  test('Given a room, When the customer mentions the bot, Then mentionsBot is true and the mention is taken out of the text', async () => {
    customer.say('@duebot 下周一付款', [me]).to(room);
    await eventually(() => expect(services.inbounds).toHaveLength(1));
    expect(services.inbounds[0]).toMatchObject({ address: room.id, sender: customer.id, text: '下周一付款', mentionsBot: true });
  });

  test('Given a staff contact, When they write "/duebot 状态 C001", Then the runtime runs the command and the answer comes back to them', async () => {
    staff.say('/duebot 状态 C001').to(me);
    await eventually(() => expect(toStaff).toContain('C001 ACME 贸易：未付 ¥12,000.00（状态 C001）'));
    expect(services.commands).toEqual([{ line: '状态 C001', actor: { platform: 'wecom', id: staff.id, name: '李销售' }, lang: 'zh' }]);
    expect(services.inbounds).toEqual([]);
  });

  test('Given a staff contact in a customer room, When they write "催款 暂停 C001 2026-12-20", Then the answer goes to them privately, not to the room', async () => {
    const roomBefore = toRoom.length;
    staff.say('催款 暂停 C001 2026-12-20').to(room);
    await eventually(() => expect(toStaff).toContain('C001 ACME 贸易：未付 ¥12,000.00（暂停 C001 2026-12-20）'));
    expect(services.commands.map((c) => c.line)).toEqual(['暂停 C001 2026-12-20']);
    expect(toRoom).toHaveLength(roomBefore);
  });

  test('Given someone not in WECOM_STAFF_IDS, When they write "/duebot 已付 C001", Then they get a polite refusal and nothing runs', async () => {
    stranger.say('/duebot 已付 C001').to(me);
    await eventually(() => expect(toStranger).toContain(REFUSAL));
    expect(services.commands).toEqual([]);
    expect(services.inbounds).toEqual([]);
  });

  test('Given a customer, When they write "催款催得太急了" (no command verb), Then it is an ordinary reply, not a refused command', async () => {
    customer.say('催款催得太急了').to(me);
    await eventually(() => expect(services.inbounds).toHaveLength(1));
    expect(services.inbounds[0]!.text).toBe('催款催得太急了');
    expect(services.commands).toEqual([]);
  });

  test('Given the puppet delivers a message twice (after a reconnect), When it arrives again, Then the runtime sees it once', async () => {
    customer.say('已经安排付款了').to(me);
    await eventually(() => expect(services.inbounds).toHaveLength(1));
    puppet.emit('message', { messageId: services.inbounds[0]!.platformMessageId });
    await new Promise((r) => setTimeout(r, 100));
    expect(services.inbounds).toHaveLength(1);
  });

  test('Given the puppet logs out, When a reminder is sent, Then it fails as retryable (it waits in the outbox) and goes out after the next login', async () => {
    await puppet.logout('test');
    const err = await channel.send(reminder(customer.id, '您好，提醒一下付款。')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatformError);
    expect(err).toMatchObject({ platform: 'wecom', retryable: true, retryAfterMs: expect.any(Number) });
    mocker.login(me);
    await eventually(() => expect(puppet.isLoggedIn).toBe(true));
    await channel.send(reminder(customer.id, '您好，提醒一下付款。'));
    await eventually(() => expect(toCustomer).toContain('您好，提醒一下付款。'));
  });
});
