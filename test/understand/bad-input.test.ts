import fc from 'fast-check';
import { InputError, understand, INTENTS } from '../../src/index.js';
import { SHANGHAI, WEDNESDAY, reply } from './given.js';

describe('Bad input: odd text is answered, a bad clock or zone is a clear InputError', () => {
  it('Given empty text, Then it is other with no date or amount', () => {
    expect(reply('')).toEqual({ intent: 'other', date: null, amount: null });
  });

  it('Given emoji only, Then it is other', () => {
    expect(reply('🎄🎉🙏').intent).toBe('other');
  });

  it('Given control characters around the words, Then they read as spaces', () => {
    expect(reply('\u0000周五\u0007付\u200b')).toEqual({ intent: 'promise', date: '2026-12-11', amount: null });
  });

  it('Given 10,000 characters, Then it answers quickly with a valid intent', () => {
    const text = '下周五付5000，'.repeat(1111).padEnd(10_000, '。');
    expect(text.length).toBe(10_000);
    const started = performance.now();
    const got = understand({ text, now: WEDNESDAY, tz: SHANGHAI });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(got).toMatchObject({ intent: 'promise', date: '2026-12-18', amount: 5000 });
  });

  it.each([
    [{ text: '周五付', now: WEDNESDAY, tz: 'Mars/Olympus' }, 'tz'],
    [{ text: '周五付', now: WEDNESDAY, tz: '' }, 'tz'],
    [{ text: '周五付', now: 'next tuesday', tz: SHANGHAI }, 'now'],
    [{ text: '周五付', now: '2026-13-45T10:00:00Z', tz: SHANGHAI }, 'now'],
    [{ text: '周五付', now: new Date(Number.NaN), tz: SHANGHAI }, 'now'],
    [{ text: '周五付', now: WEDNESDAY, tz: SHANGHAI, dueDate: '2026-02-30' }, 'dueDate'],
    [{ text: 42, now: WEDNESDAY, tz: SHANGHAI }, 'text'],
  ])('Given %j, Then an InputError names the field %s', (input, field) => {
    const call = () => understand(input as never);
    expect(call).toThrow(InputError);
    try {
      call();
    } catch (err) {
      expect((err as InputError).field).toBe(field);
      expect((err as Error).message).toContain(field);
    }
  });

  it('Given now as a Date or a wall time without offset, Then today is read in tz', () => {
    expect(understand({ text: '明天付', now: new Date('2026-12-09T17:00:00Z'), tz: SHANGHAI }).date).toBe('2026-12-11');
    expect(understand({ text: '明天付', now: '2026-12-09T23:30', tz: 'America/New_York' }).date).toBe('2026-12-10');
  });

  it('Given any text, Then it never throws, the date is a day or null, and evidence quotes the original text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const got = understand({ text, now: WEDNESDAY, tz: SHANGHAI });
        expect(INTENTS).toContain(got.intent);
        expect(got.date === null || /^\d{4}-\d{2}-\d{2}$/.test(got.date)).toBe(true);
        for (const span of got.evidence) expect(text.slice(span.start, span.end)).toBe(span.text);
      }),
      { numRuns: 500 },
    );
  });

  it('Given a reply in traditional forms and full-width digits, Then evidence points at the original characters', () => {
    const text = '禮拜一付５０００';
    const got = understand({ text, now: WEDNESDAY, tz: SHANGHAI });
    expect(got).toMatchObject({ intent: 'promise', date: '2026-12-14', amount: 5000 });
    expect(got.evidence.find((e) => e.role === 'date')?.text).toBe('禮拜一');
    expect(got.evidence.find((e) => e.role === 'amount')?.text).toBe('５０００');
  });
});
