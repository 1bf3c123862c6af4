import fc from 'fast-check';
import { splitClauses } from '../../src/understand/clauses.js';
import { clausesOfLastText, triggersOf } from '../../src/understand/triggers.js';

/** The clause rule as one regex: the specification the character loop must agree with. */
const BREAK =
  /[，。；;！!？?、\n—–…~]|(?<!\d)[,.]|[,.](?!\d)|(?<=[\u3400-\u9fff]\d?) (?=[\u3400-\u9fff])|(?<=[吗吧呢啊呀哦嘛啦哈]) (?=\d)/g;
const byRegex = (text: string) => [0, ...[...text.matchAll(BREAK)].map((m) => m.index + 1)];

describe('Clauses: breaks at stops, at a comma or point not inside a number, at a space between CJK', () => {
  it.each([
    ['周五付，5000', [0, 4]],
    ['12,000.50元', [0]],
    ['今天付不了 礼拜三吧', [0, 6]],
    ['ok. pay 3.5k, friday', [0, 3, 13]],
  ])('Given %p, Then clauses start at %j', (text, starts) => {
    expect(splitClauses(text).starts).toEqual(starts);
  });

  it('Given any text of digits, stops, spaces, CJK and letters, Then the breaks are those of the regex rule', () => {
    const chars = [...'0123456789,. ，。;!?\n—…~周五付款ab'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(splitClauses(text).starts).toEqual(byRegex(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('Given any such text, When the trigger pass reads it, Then it finds the same clauses as splitClauses', () => {
    const chars = [...'0123456789,. ，。;!?\n—…~周五付款ab'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        triggersOf(text);
        expect(clausesOfLastText().starts).toEqual(splitClauses(text).starts);
      }),
      { numRuns: 2000 },
    );
  });
});
