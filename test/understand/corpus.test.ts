import { understand } from '../../src/index.js';
import { readCorpus } from './corpus.js';

const lines = readCorpus();

describe('Given the worked examples of the dev corpus', () => {
  it('has examples to check', () => {
    expect(lines.length).toBeGreaterThanOrEqual(150);
  });

  it.each(lines.map((l) => [l.id, l] as const))('%s: When the customer replies, Then intent, date and amount are as expected', (_id, line) => {
    const got = understand({ text: line.text, now: line.now, tz: line.tz, dueDate: line.dueDate });
    expect({ text: line.text, intent: got.intent, date: got.date, amount: got.amount }).toEqual({ text: line.text, ...line.expect });
  });
});
