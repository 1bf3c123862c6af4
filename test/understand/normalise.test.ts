import fc from 'fast-check';
import { normalise } from '../../src/understand/normalise.js';
import { scriptsOf } from '../../src/understand/scripts.js';
import { readCorpus } from './corpus.js';

describe('normalise: the script bits it reports are those of the text it returns', () => {
  it('Given each dev corpus reply, Then the bits match a fresh reading of the normalised text', () => {
    for (const line of readCorpus()) {
      const n = normalise(line.text);
      expect([line.text, n.scripts]).toEqual([line.text, scriptsOf(n.text)]);
    }
  });

  it('Given random text of capitals, full-width forms, traditional characters and numerals, Then the bits match', () => {
    const pieces = ['A', 'Ｚ', 'ａ', '１', '５', '兩', '萬', '十', '五', '周', '號', '　', ',', '，', 'ok', 'Fri', '\u200b', '$', '¥', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
        const n = normalise(parts.join(''));
        expect(n.scripts).toBe(scriptsOf(n.text));
      }),
      { numRuns: 1000 },
    );
  });
});
