import { sendSlot, type CalendarCustomer, type SendPolicy, type SlotStep } from '../../src/calendar/index.js';

const shanghai: CalendarCustomer = { id: 'c-sh', timezone: 'Asia/Shanghai', holidayCalendar: 'CN' };
const policy = (now: string, extra: Partial<SendPolicy> = {}): SendPolicy => ({ now, spreadKey: 'c-sh', ...extra });
const step = (offsetDays: number, dueDate = '2026-12-10', extra: Partial<SlotStep> = {}): SlotStep => ({ id: `s${offsetDays}`, dueDate, offsetDays, ...extra });

describe('sendSlot: the instant a step goes out', () => {
  test('Given a plain weekday target, When placed, Then it is in the first 15 minutes of 09:00 local with no reasons', () => {
    const r = sendSlot(step(-7), shanghai, [], policy('2026-11-20T10:00:00+08:00'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.localDate).toBe('2026-12-03');
    expect(r.at).toMatch(/^2026-12-03T09:(0\d|1[0-4]):\d\d\+08:00$/);
    expect(r.reasons).toEqual([]);
  });

  test('Given a pre-due target on National Day, When placed, Then it moves earlier to the last working day before', () => {
    const r = sendSlot(step(-2, '2026-10-05'), shanghai, [], policy('2026-09-01T10:00:00+08:00'));
    expect(r).toMatchObject({ ok: true, localDate: '2026-09-30' });
  });

  test('Given an overdue target on National Day, When placed, Then it moves later to the first working day after', () => {
    const r = sendSlot(step(3, '2026-09-30'), shanghai, [], policy('2026-09-01T10:00:00+08:00'));
    expect(r).toMatchObject({ ok: true, localDate: '2026-10-08' });
  });

  test('Given a pre-due step whose day has passed and due tomorrow evening, When placed after hours, Then it is refused', () => {
    const r = sendSlot(step(-3, '2026-12-10'), shanghai, [], policy('2026-12-09T19:00:00+08:00'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/pre-due step would land on or after the due date 2026-12-10/);
  });

  test('Given three automated sends in the last week, When placed, Then it waits until the oldest leaves the 7-day window', () => {
    const history = ['2026-12-01T09:05:00+08:00', '2026-12-02T09:05:00+08:00', '2026-12-03T09:05:00+08:00'].map((at) => ({ at, automated: true }));
    const r = sendSlot(step(0, '2026-12-04'), shanghai, history, policy('2026-12-04T08:00:00+08:00'));
    expect(r).toMatchObject({ ok: true, localDate: '2026-12-08' });
  });
});
