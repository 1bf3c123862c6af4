import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { answerLine, streamUnderstand } from '../../src/cli/commands/understand.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NOW = '2026-11-24T10:15:00+08:00';
const good = (id: string, text: string) => JSON.stringify({ id, text, now: NOW, tz: 'Asia/Shanghai', lang: 'zh' });

describe('duebot understand: JSON lines in, one JSON line out per line, in order', () => {
  it('Given the spec example, When answered, Then the output is exactly the spec line', () => {
    expect(answerLine(good('zh-0001', '下周五之前一定付'), 1, { evidence: false })).toBe(
      '{"id":"zh-0001","intent":"promise","date":"2026-12-04","amount":null}',
    );
  });

  it('Given bad lines, When answered, Then each gets its own error line with the id when known', () => {
    const opts = { evidence: false };
    expect(JSON.parse(answerLine('not json', 3, opts)!)).toEqual({ id: null, error: 'line 3: not valid JSON' });
    expect(JSON.parse(answerLine('[1,2]', 4, opts)!)).toMatchObject({ id: null });
    expect(JSON.parse(answerLine('{"id":"a","text":"hi","tz":"Asia/Shanghai"}', 5, opts)!)).toEqual({
      id: 'a',
      error: 'line 5: missing or non-string field "now"',
    });
    expect(JSON.parse(answerLine('{"id":7,"text":"hi","now":"x","tz":"Asia/Shanghai"}', 6, opts)!).error).toContain('now');
    expect(answerLine('   ', 7, opts)).toBeNull();
  });

  it('Given a stream with a blank and a bad line, When streamed, Then answers keep the input order', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.on('data', (chunk: Buffer) => (written += chunk.toString()));
    const done = streamUnderstand(input, output, { evidence: true });
    input.write(good('a', '明天付5000') + '\n\n{oops}\r\n' + good('b', '好的'));
    input.end('\n' + good('c', '周五转的'));
    await done;
    const lines = written.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'b', 'c']);
    expect(lines[0]).toMatchObject({ intent: 'promise', date: '2026-11-25', amount: 5000 });
    expect(lines[0]!.evidence).toBeInstanceOf(Array);
    expect(lines[3]).toMatchObject({ intent: 'paid', date: '2026-11-20' });
  });

  it('Given the real command, When lines including a bad one are piped in, Then it answers each and exits 0', () => {
    const input = [good('x1', '下周五之前一定付'), 'garbage', good('x2', '发一下对公账户')].join('\n') + '\n';
    const run = spawnSync(process.execPath, [join(root, 'bin', 'duebot.js'), 'understand'], { input, encoding: 'utf8', cwd: root });
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([
      '{"id":"x1","intent":"promise","date":"2026-12-04","amount":null}',
      '{"id":null,"error":"line 2: not valid JSON"}',
      '{"id":"x2","intent":"request_info","date":null,"amount":null}',
    ]);
  });
});
