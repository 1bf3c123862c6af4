import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlaybook } from '../../src/engine/playbook/load.js';
import { InputError } from '../../src/errors.js';
import { sampleContext } from '../../src/engine/playbook/sample.js';

const standard = 'flows/standard.yaml';

/** A copy of flows/ in a temp folder, with one file edited. */
function editedCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'duebot-flows-'));
  cpSync('flows', dir, { recursive: true });
  const target = join(dir, file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
  return join(dir, 'standard.yaml');
}

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('loadPlaybook', () => {
  test('Given the standard playbook, When loaded, Then its seven steps run -7d to +60d and every template renders', () => {
    const pb = loadPlaybook(standard);
    expect(pb.steps.map((s) => s.offset)).toEqual([-7, -1, 0, 3, 10, 30, 60]);
    expect(pb.steps.map((s) => s.tone)).toEqual(['friendly', 'friendly', 'friendly', 'clear', 'firm', 'formal', 'formal']);
    const text = pb.compiled.render('reminder', 'zh', sampleContext('zh', 'clear'));
    expect(text).toContain('华东贸易您好');
    expect(text).toContain('¥12,000.00');
    expect(text).toContain('2026年12月4日(周五)');
    expect(pb.compiled.render('reminder', 'en', sampleContext('en', 'friendly'))).toContain('due on Fri 4 Dec 2026');
  });

  test('Given a step with a bad offset, When loaded, Then the error names the line and field', () => {
    const path = editedCopy('standard.yaml', (t) => t.replace('offset: +3d', 'offset: 3 days'));
    const err = errorOf(() => loadPlaybook(path));
    expect(err.message).toMatch(new RegExp(`^${path} line 10: steps\\[3\\]\\.offset: `));
    expect(err.line).toBe(10);
    expect(err.field).toBe('steps[3].offset');
  });

  test('Given an unknown tone, When loaded, Then the line of that step is reported', () => {
    const path = editedCopy('standard.yaml', (t) => t.replace('tone: firm', 'tone: angry'));
    expect(errorOf(() => loadPlaybook(path)).message).toMatch(/line 11: steps\[4\]\.tone: /);
  });

  test('Given a missing required section, When loaded, Then the field is named', () => {
    const path = editedCopy('standard.yaml', (t) => t.replace(/^weeklyCap: 3\n/m, 'weeklyCap: zero\n'));
    expect(errorOf(() => loadPlaybook(path)).message).toMatch(/line \d+: weeklyCap: /);
  });

  test('Given a template with an unknown variable, When loaded, Then it is rejected', () => {
    const path = editedCopy('templates/fallback.en.liquid', (t) => `${t}{{ customer.nmae }}`);
    expect(errorOf(() => loadPlaybook(path)).message).toMatch(/fallback\.en\.liquid: .*customer\.nmae/);
  });

  test('Given a template with an unknown filter, When loaded, Then it is rejected', () => {
    const path = editedCopy('templates/ask_date.zh.liquid', (t) => `${t}{{ due_date | shout }}`);
    expect(errorOf(() => loadPlaybook(path)).message).toMatch(/ask_date\.zh\.liquid: .*shout/);
  });

  test('Given broken YAML, When loaded, Then the syntax error has its line', () => {
    const path = editedCopy('standard.yaml', (t) => t.replace('vague: { alertAfter: 2 }', 'vague: { alertAfter: 2'));
    expect(errorOf(() => loadPlaybook(path)).message).toMatch(/standard\.yaml line \d+: /);
  });
});
