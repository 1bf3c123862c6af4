import type { TemplateContext } from '../types.js';
import type { Language } from '../../domain/ids.js';
import type { Tone } from './schema.js';

/** A context with every variable filled, so a template that names anything else fails at load time. */
export function sampleContext(lang: Language, tone: Tone): TemplateContext {
  return {
    lang,
    tone,
    customer: { name: lang === 'zh' ? '华东贸易' : 'Acme Trading' },
    rep: { name: lang === 'zh' ? '王芳' : 'Alex Chen' },
    invoices: [
      { number: 'INV-1', amount: 1_200_000, outstanding: 1_200_000, currency: 'CNY', due_date: '2026-12-04', days_overdue: 3 },
      { number: 'INV-2', amount: 350_050, outstanding: 150_050, currency: 'CNY', due_date: '2026-12-10', days_overdue: 0 },
    ],
    totals: [{ amount: 1_350_050, currency: 'CNY' }],
    due_date: '2026-12-04',
    show_amounts: true,
    payee: { name: 'Example Co.', bank: 'Example Bank', account: '0000 0000', note: 'ref' },
    promise: { date: '2026-12-11', amount: 500_000, currency: 'CNY' },
    choices: [{ date: '2026-12-08' }, { date: '2026-12-11' }],
    instalments: [
      { parts: 2, every_days: 30, payments: [{ date: '2026-12-08', amount: 675_025, currency: 'CNY' }, { date: '2027-01-07', amount: 675_025, currency: 'CNY' }] },
    ],
    message: lang === 'zh' ? '您好,我是王芳,关于发票的事我们电话聊一下?' : "Hi, it's Alex; shall we have a quick call about the invoices?",
  };
}
