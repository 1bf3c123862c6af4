import { InputError } from '../../src/errors.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { slashCommand } from '../support/slack-requests.js';
import { startSlackHarness, STAFF, type SlackHarness } from './harness.js';

describe('Slack adapter: /duebot for staff', () => {
  let t: TestRedis;
  let h: SlackHarness;
  beforeAll(async () => {
    t = await testRedis('slack-staff');
    h = await startSlackHarness(t);
  });
  afterAll(async () => {
    await h.close();
    await t.cleanup();
  });
  beforeEach(() => {
    h.fake.reset();
    h.services.commands.length = 0;
    h.services.staffReply = { ok: true, text: 'done' };
    h.services.staffDelayMs = 0;
    h.services.staffFailure = undefined;
  });

  test('Given a customer (not in SLACK_STAFF_USERS), When they type /duebot paid INV-1, Then a polite ephemeral refusal and staffCommand is not called', async () => {
    const res = await h.slack.command(slashCommand({ text: 'paid INV-1', user_id: 'UCUST1', response_url: h.fake.responseUrl('r1') }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { response_type: string; text: string };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toMatch(/^Sorry, this is only for the collections team/);
    expect(h.services.commands).toHaveLength(0);
  });

  test('Given a staff member, When they link a customer to a channel, Then the text reaches staffCommand as typed, with who asked', async () => {
    h.services.staffReply = { ok: true, text: 'C001 is now linked to #acme-billing' };
    const res = await h.slack.command(slashCommand({ text: 'link C001 <#C0ACME|acme-billing>', user_id: STAFF, user_name: 'mei', response_url: h.fake.responseUrl('r2') }));
    expect(await res.json()).toEqual({ response_type: 'ephemeral', text: 'C001 is now linked to #acme-billing' });
    expect(h.services.commands).toEqual([{ line: 'link C001 <#C0ACME|acme-billing>', actor: { platform: 'slack', id: STAFF, name: 'mei' } }]);
  });

  test('Given a reply meant for the channel, When answered, Then it is in_channel; its text is escaped', async () => {
    h.services.staffReply = { ok: true, text: 'Aging: <!here> 3 customers > 30 days', public: true };
    const res = await h.slack.command(slashCommand({ text: 'aging', user_id: STAFF, response_url: h.fake.responseUrl('r3') }));
    expect(await res.json()).toEqual({ response_type: 'in_channel', text: 'Aging: &lt;!here&gt; 3 customers &gt; 30 days' });
  });

  test('Given an empty /duebot, When typed by staff, Then it asks the runtime for help', async () => {
    await h.slack.command(slashCommand({ text: '  ', user_id: STAFF, response_url: h.fake.responseUrl('r4') }));
    expect(h.services.commands[0]?.line).toBe('help');
  });

  test('Given a slow command, When typed, Then Slack is answered at once and the reply follows on response_url', async () => {
    h.services.staffDelayMs = 2500;
    h.services.staffReply = { ok: true, text: 'Reminder queued for C001' };
    const started = Date.now();
    const res = await h.slack.command(slashCommand({ text: 'remind C001 now', user_id: STAFF, response_url: h.fake.responseUrl('r5') }));
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    const [posted] = await h.fake.waitFor('response_url');
    expect(posted?.params).toMatchObject({ response_type: 'ephemeral', text: 'Reminder queued for C001' });
  });

  test('Given a mistake in the command, When the runtime rejects it, Then its message is shown to the asker only', async () => {
    h.services.staffFailure = new InputError('no customer C999', 'customer');
    const res = await h.slack.command(slashCommand({ text: 'status C999', user_id: STAFF, response_url: h.fake.responseUrl('r6') }));
    expect(await res.json()).toEqual({ response_type: 'ephemeral', text: 'no customer C999' });
  });

  test('Given an unsigned slash command, When it arrives, Then it is rejected and nothing runs', async () => {
    const res = await h.slack.command(slashCommand({ text: 'paid INV-1', user_id: STAFF, response_url: h.fake.responseUrl('r7') }), { signing: 'none' });
    expect(res.status).toBe(401);
    expect(h.services.commands).toHaveLength(0);
  });
});
