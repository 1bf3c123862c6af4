import fc from 'fast-check';
import { understand } from '../../src/index.js';
import { ANY, entryGrams, exitGrams } from '../../src/understand/regex-grams.js';
import { firstPossibleStart, lastPossibleStart, mayMatch, registeredGates, triggersOf } from '../../src/understand/triggers.js';
import { readCorpus } from './corpus.js';

describe('Entry grams: the strings of up to k characters a match can start with', () => {
  it.each<[RegExp, number, string[] | null]>([
    [/周五|礼拜五/, 2, ['周五', '礼拜']],
    [/(?<!没)收到/, 3, ['收到']],
    [/\b(?:next|this)\s+week\b/, 3, ['nex', 'thi']],
    // Digits read as 0 and spaces as ' ', in the regex and the text alike.
    [/(\d{1,2})\s*号/, 3, ['0号', '00号', '0 号', '00 ', '0  ']],
    [/付款?了/, 3, ['付了', '付款了']],
    [/[^a]b/, 2, null],
    [/x?/, 2, null],
    [/.b/, 2, null],
    [/a.b/, 3, ['a']],
    [/(a)\1/, 2, null],
  ])('Given %s and k=%i, Then the grams are %j', (re, k, want) => {
    const got = entryGrams(re, k);
    expect(got === null ? null : [...got].sort()).toEqual(want === null ? null : [...want].sort());
    if (got) for (const g of got) expect(g).not.toContain(ANY);
  });
});

describe('Exit grams: the strings of up to k characters a match can end with', () => {
  it.each<[RegExp, number, string[] | null]>([
    [/周五|礼拜五/, 2, ['周五', '拜五']],
    [/\b(?:the\s+)?day after (?:tomorrow|tmr)\b/, 3, ['row', 'tmr']],
    [/(\d{1,2})\s*号/, 3, ['0号', '0 号', '  号']],
    [/付款?了(?!吗)/, 3, ['付了', '付款了']],
    [/已(?:于|在)[^,]{1,12}?(?:付|转)/, 3, ['付', '转']],
    [/a[^b]/, 2, null],
    [/x?/, 2, null],
    [/b./, 2, null],
    [/a.b/, 3, ['b']],
    [/(?:ab)+c/, 3, ['abc']],
  ])('Given %s and k=%i, Then the grams are %j', (re, k, want) => {
    const got = exitGrams(re, k);
    expect(got === null ? null : [...got].sort()).toEqual(want === null ? null : [...want].sort());
    if (got) for (const g of got) expect(g).not.toContain(ANY);
  });
});

describe('Triggers: a regex is skipped, started late or stopped early, only when it cannot match', () => {
  understand({ text: '', now: '2026-12-09T10:00:00+08:00', tz: 'Asia/Shanghai' }); // every rule module loaded
  const gates = registeredGates();
  const wouldMatch = (re: RegExp, text: string) => new RegExp(re.source, re.flags.replace('g', '')).test(text);
  /** Where `re` can match `text`: every position a match can start at, lookbehinds included. */
  const startsOf = (re: RegExp, text: string) => {
    const sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
    const out: number[] = [];
    for (let p = 0; p <= text.length; p++) {
      sticky.lastIndex = p;
      if (sticky.test(text)) out.push(p);
    }
    return out;
  };
  const unsoundOn = (text: string) =>
    gates
      .filter((g) => {
        if (!wouldMatch(g.re, text)) return false;
        if (!mayMatch(triggersOf(text), g)) return true;
        const first = firstPossibleStart(g);
        const last = lastPossibleStart(g);
        return startsOf(g.re, text).some((p) => p < first || p > last);
      })
      .map((g) => g.re.source.slice(0, 40));

  it('Given the rule modules, Then every regex is gated (an ungated one runs on every reply)', () => {
    expect(gates.length).toBeGreaterThan(80);
    expect(gates.filter((g) => !g.gated).map((g) => g.re.source.slice(0, 40))).toEqual([]);
  });

  it('Given each dev corpus reply, upper-cased or not, Then no regex that matches it is skipped', () => {
    for (const line of readCorpus()) {
      expect([line.text, unsoundOn(line.text.toLowerCase())]).toEqual([line.text, []]);
    }
  });

  it('Given random text from the rules own characters, Then no regex that matches it is skipped', () => {
    const pieces = ['周', '五', '下', '个', '月', '底', '号', '1', '5', '0', ' ', ',', '.', '付', '了', '已', '转', '账', '款', '不', '是',
      'next', 'fri', 'day', 'the', ' ', '15', 'th', 'pay', 'paid', 'week', 'end', 'of', 'in', '3', 'days', 'k', '万', '¥', '$', '到', '才',
      '好', '的', '收', '吗', '?', 'not', 'can\'t', 'until', 'tomorrow', 'ago', 'month', 'due', 'date', 'sent', 'after', 'next', '前', '后', '天', '明', '今', '昨', '工作日', '内', '\n', '\u3000'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect([text, unsoundOn(text)]).toEqual([text, []]);
      }),
      { numRuns: 1500 },
    );
  });
});
