import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { understand, type UnderstandInput } from '../../../src/index.js';
import { InputError } from '../../../src/errors.js';

/**
 * Golden outputs: understand() on ~5,000 inputs (dev corpus, test tables, generated variants) must give
 * byte-for-byte the readings recorded in golden.jsonl, evidence spans and error messages included.
 * Speed work must not change a single answer. Rewrite the file only for a deliberate change of behaviour:
 *   UPDATE_GOLDEN=1 node --experimental-vm-modules node_modules/jest/bin/jest.js test/understand/golden
 */
const file = join(dirname(fileURLToPath(import.meta.url)), 'golden.jsonl');

function outcome(input: unknown): unknown {
  try {
    return understand(input as UnderstandInput);
  } catch (err) {
    if (err instanceof InputError) return { error: err.message, field: err.field ?? null };
    throw err;
  }
}

if (process.env.UPDATE_GOLDEN) {
  test('writes golden.jsonl', async () => {
    const { goldenInputs } = await import('./inputs.js');
    const lines = goldenInputs().map((input) => JSON.stringify({ in: input, out: outcome(input) }));
    writeFileSync(file, `${lines.join('\n')}\n`);
  });
} else {
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l !== '') : [];

  test('Given the golden inputs, there are thousands of them', () => {
    expect(lines.length).toBeGreaterThan(4000);
  });

  test('When each is read again, Then every reading is byte-identical to the recorded one', () => {
    const differ: string[] = [];
    for (const line of lines) {
      const { in: input } = JSON.parse(line) as { in: unknown };
      const again = JSON.stringify({ in: input, out: outcome(input) });
      if (again !== line) differ.push(`want ${line}\n got ${again}`);
    }
    expect(differ.slice(0, 10).join('\n')).toBe('');
    expect(differ.length).toBe(0);
  });
}
