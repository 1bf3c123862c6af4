import { escapeMarkdown, safeLink } from '../../adapters/wecom/alerts/escape.js';
import { LABELS } from '../../adapters/wecom/alerts/labels.js';
import { MAX_CONTENT_BYTES, renderAlert, renderMessage, type AlertItem } from '../../adapters/wecom/alerts/markdown.js';
import { alertView } from './alert-fixtures.js';

const zh = LABELS.zh;

describe('WeCom markdown: customer text is shown, never interpreted', () => {
  test.each([
    ['a forged link', '已付 [点此查看回单](http://evil.example/x)', /\]\(/],
    ['a mention of everyone', '<@all> 你们别催了', /<@/],
    ['a font tag', '<font color="warning">紧急</font>', /<font/],
    ['bold and code', '**马上** `付`', /\*\*|`/],
    ['a new heading line', '好的\n# 已全部付清', /\n/],
  ])('Given %s, When escaped, Then no markdown construct survives', (_what, input, forbidden) => {
    const out = escapeMarkdown(input);
    expect(out).not.toMatch(forbidden);
    expect(out.replace(/\s/g, '').length).toBeGreaterThan(0);
  });

  test('Given a long reply, When escaped, Then it is cut at the limit with an ellipsis', () => {
    expect([...escapeMarkdown('付'.repeat(500), 300)]).toHaveLength(301);
  });

  test.each([
    ['https://duebot.example.com/cases/C001', 'https://duebot.example.com/cases/C001'],
    ['https://duebot.example.com/cases/C(1)', 'https://duebot.example.com/cases/C%281%29'],
    ['javascript:alert(1)', undefined],
    [undefined, undefined],
  ])('Given the case link %s, When made safe, Then it is %s', (input, expected) => {
    expect(safeLink(input)).toBe(expected);
  });
});

describe('WeCom markdown: what an alert shows', () => {
  test('Given an alert, When rendered, Then it names customer, invoices, amounts, reason, the quote and the case link', () => {
    const md = renderAlert(alertView({ quote: '看这里 [回单](http://evil.example) <@all>' }), zh);
    expect(md).toContain('ACME 贸易（C001）');
    expect(md).toContain('INV-1001 ¥12,000.00（到期 2026-11-30）');
    expect(md).toContain('**¥15,500.00**');
    expect(md).toContain('承诺付款日已过，未收到付款');
    expect(md).toContain('「看这里 ［回单］（http://evil.example） ＜@all＞」');
    expect(md).toContain('[在网页上处理](https://duebot.example.com/cases/C001)');
  });

  test('Given a sink that hides amounts, When rendered, Then invoice ids show and amounts do not', () => {
    const md = renderAlert(alertView({ showAmounts: false }), zh);
    expect(md).toContain('INV-1001');
    expect(md).not.toContain('12,000');
  });

  test('Given more alerts than fit in 4096 bytes, When rendered together, Then the message stays under the limit and the rest are returned', () => {
    const items: AlertItem[] = Array.from({ length: 40 }, (_, i) => ({
      kind: 'new',
      alert: alertView({ escalationId: `E-${i}`, customerId: `C${i}`, quote: '这个月资金紧张，下个月一定付清'.repeat(8) }),
    }));
    const { content, included, rest } = renderMessage(items, zh);
    expect(Buffer.byteLength(content)).toBeLessThanOrEqual(MAX_CONTENT_BYTES);
    expect(included.length).toBeGreaterThan(1);
    expect(included.length + rest.length).toBe(40);
    expect(content).toContain(`催款提醒 ×${included.length}`);
  });
});
