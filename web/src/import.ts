import { h, replace } from './dom.js';
import { t } from './i18n.js';

interface ImportAnswer {
  summary: { imported: number; customers: number; updated: number; unchanged: number; rejected: number };
  refused: boolean;
  errors: string[];
  rejectCsv?: string;
}

/** CSV upload: the same rules and error report as `duebot import`; a bad file writes nothing unless told to skip bad rows. */
export function mountImport(el: HTMLElement, done: () => void): void {
  const file = h('input', { type: 'file', id: 'import-file', accept: '.csv,text/csv' });
  const skip = h('input', { type: 'checkbox', id: 'import-skip' });
  const result = h('div', { id: 'import-result' });
  const upload = async () => {
    const f = file.files?.[0];
    if (!f) return;
    const res = await fetch(`/ui/import${skip.checked ? '?skipBad=1' : ''}`, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'text/csv' }, body: await f.arrayBuffer() });
    if (res.status !== 200 && res.status !== 422) return replace(result, h('p', { class: 'error' }, t('failed', { msg: `${res.status} ${(await res.text()).slice(0, 300)}` })));
    const a = (await res.json()) as ImportAnswer;
    const s = a.summary;
    replace(result,
      h('p', { class: a.refused ? 'error' : 'ok' }, a.refused ? t('importRefused', { n: a.errors.length }) : t('importDone', { imported: s.imported, customers: s.customers, updated: s.updated, unchanged: s.unchanged, rejected: s.rejected })),
      a.errors.length ? h('ul', { class: 'import-errors' }, a.errors.slice(0, 200).map((e) => h('li', {}, e))) : null,
      a.rejectCsv ? h('a', { download: 'rejected.csv', href: URL.createObjectURL(new Blob([a.rejectCsv], { type: 'text/csv' })) }, t('importRejects')) : null);
    done();
  };
  replace(el,
    h('p', { class: 'muted' }, t('importHelp')),
    h('div', { class: 'say' }, file, h('label', {}, skip, ' ', t('importSkip')), h('button', { id: 'import-button', class: 'primary', onclick: () => void upload() }, t('import'))),
    result);
}
