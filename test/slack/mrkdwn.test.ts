import fc from 'fast-check';
import { escapeMrkdwn, quoteMrkdwn, splitMrkdwn } from '../../adapters/slack/mrkdwn.js';

describe('Slack mrkdwn safety', () => {
  test.each([
    ['<!channel> pay now', '&lt;!channel&gt; pay now'],
    ['<!here|here>', '&lt;!here|here&gt;'],
    ['<https://evil.example|INV-1>', '&lt;https://evil.example|INV-1&gt;'],
    ['<@U123>', '&lt;@U123&gt;'],
    ['R&D &amp; co', 'R&amp;D &amp;amp; co'],
    ['下周五付款', '下周五付款'],
  ])('Given %j, When escaped, Then %j', (input, expected) => {
    expect(escapeMrkdwn(input)).toBe(expected);
  });

  test('Given several lines of a customer, When quoted, Then each line is quoted and escaped', () => {
    expect(quoteMrkdwn('a <b>\n> c')).toBe('>a &lt;b&gt;\n>&gt; c');
  });

  test('For any text, escaped and split into sections, no piece holds a raw < or >, none is too long, none cuts an entity or an emoji, and together they are the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '&', '<', '>', '\n', '付', '😀', ' '), maxLength: 8000 }), (text) => {
        const escaped = escapeMrkdwn(text);
        const parts = splitMrkdwn(escaped, 300);
        for (const p of parts) {
          expect(p.length).toBeLessThanOrEqual(300);
          expect(p).not.toMatch(/[<>]/);
          expect(p).not.toMatch(/&(?!amp;|lt;|gt;)/);
          expect(p).not.toMatch(/[\uD800-\uDBFF]$/);
        }
        expect(parts.join('').replace(/\n/g, '')).toBe(escaped.replace(/\n/g, ''));
      }),
      { numRuns: 200 },
    );
  });
});
