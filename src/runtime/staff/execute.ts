import { randomUUID } from 'node:crypto';
import type { RuntimeServices } from '../service.js';
import type { Actor, StaffReply } from '../services.js';
import { CommandError, HELP_TEXT, parseStaffCommand } from './parse.js';
import { formatMoney } from '../../engine/playbook/filters.js';
import { outstanding, isOpen } from '../../domain/invoice.js';
import { toMinor } from '../../domain/money.js';
import { loadAgingReport } from '../reports/load.js';
import { DateTime } from 'luxon';
import type { Contact } from '../../domain/customer.js';

const t = (lang: 'zh' | 'en', zh: string, en: string) => (lang === 'zh' ? zh : en);

/** Runs a parsed staff command through the engine (so every change is decided and audited the same way). */
export async function executeStaffCommand(svc: RuntimeServices, line: string, actor: Actor, lang: 'zh' | 'en'): Promise<StaffReply> {
  let cmd;
  try {
    cmd = parseStaffCommand(line);
  } catch (err) {
    if (err instanceof CommandError) return { ok: false, text: `${err.message}\n${HELP_TEXT[lang]}` };
    throw err;
  }
  const { store, clock, config, playbook } = svc.deps;
  const who = actor.name ?? actor.id;
  const id = () => `staff-${randomUUID()}`;
  const unknown = (c: string) => ({ ok: false, text: t(lang, `没有客户 ${c}`, `No customer ${c}`) });

  switch (cmd.name) {
    case 'help':
      return { ok: true, text: HELP_TEXT[lang] };
    case 'status': {
      const view = await svc.customerView(cmd.customer);
      if (!view) return unknown(cmd.customer);
      const open = view.invoices.filter(isOpen);
      const lines = [
        `${view.customer.name} (${view.customer.id}) — ${view.case?.status ?? 'new'}`,
        ...open.map((i) => `  ${i.id}: ${formatMoney(outstanding(i), i.currency, lang)} ${t(lang, '到期', 'due')} ${i.dueDate} [${i.status}]`),
        ...(view.case?.promises ?? []).filter((p) => p.status === 'pending').map((p) => `  ${t(lang, '承诺', 'promise')}: ${p.date} (${p.status})`),
        view.case?.nextAction ? `  ${t(lang, '下一步', 'next')}: ${view.case.nextAction.kind} @ ${view.case.nextAction.at}` : `  ${t(lang, '无待办', 'nothing scheduled')}`,
      ];
      return { ok: true, text: lines.join('\n') };
    }
    case 'remind': {
      const c = await store.cases.get(cmd.customer);
      if (!c) return unknown(cmd.customer);
      // The next step fires now: the same event a timer would deliver, with the current epoch.
      await svc.applyNow(cmd.customer, { type: 'step_due', id: id(), epoch: c.epoch, stepIndex: c.stepIndex });
      return { ok: true, text: t(lang, `已向 ${cmd.customer} 发送提醒`, `Reminder for ${cmd.customer} is on its way`) };
    }
    case 'pause': {
      if (!(await store.customers.get(cmd.customer))) return unknown(cmd.customer);
      const customer = (await store.customers.get(cmd.customer))!;
      const until = cmd.until ? DateTime.fromISO(cmd.until, { zone: customer.timezone }).startOf('day').toISO() : null;
      await svc.applyNow(cmd.customer, { type: 'staff', id: id(), actor: who, action: 'pause', until });
      return { ok: true, text: t(lang, `已暂停 ${cmd.customer}${cmd.until ? ` 至 ${cmd.until}` : ''}`, `Paused ${cmd.customer}${cmd.until ? ` until ${cmd.until}` : ''}`) };
    }
    case 'resume':
      if (!(await store.customers.get(cmd.customer))) return unknown(cmd.customer);
      await svc.applyNow(cmd.customer, { type: 'staff', id: id(), actor: who, action: 'resume' });
      return { ok: true, text: t(lang, `已恢复 ${cmd.customer}`, `Resumed ${cmd.customer}`) };
    case 'paid': {
      const inv = await store.invoices.get(cmd.invoice);
      if (!inv) return { ok: false, text: t(lang, `没有发票 ${cmd.invoice}`, `No invoice ${cmd.invoice}`) };
      const today = DateTime.fromJSDate(clock.now(), { zone: config.DUEBOT_TZ }).toISODate()!;
      const amount = cmd.amount === null ? outstanding(inv) : toMinor(cmd.amount, inv.currency);
      await svc.applyNow(inv.customerId, { type: 'payment', id: id(), invoiceId: inv.id, amount, date: today });
      await store.audit.append({ at: clock.now().toISOString(), actor: `staff:${who}`, kind: 'payment_recorded', customerId: inv.customerId, payload: { invoiceId: inv.id, amount, via: actor.platform } });
      return { ok: true, text: t(lang, `已登记 ${inv.id} 收款 ${formatMoney(amount, inv.currency, lang)}`, `Recorded ${formatMoney(amount, inv.currency, lang)} paid on ${inv.id}`) };
    }
    case 'link': {
      const contact = parseTarget(cmd.target, actor);
      if (!contact) return { ok: false, text: t(lang, '用法: link <客户> <#频道 或 @用户>', 'usage: link <customer> <#channel or @user>') };
      const updated = await store.customers.link(cmd.customer, contact);
      if (!updated) return unknown(cmd.customer);
      await store.audit.append({ at: clock.now().toISOString(), actor: `staff:${who}`, kind: 'contact_linked', customerId: cmd.customer, payload: { platform: contact.platform, address: contact.address } });
      return { ok: true, text: t(lang, `已把 ${contact.address} 关联到 ${cmd.customer}`, `Linked ${contact.address} to ${cmd.customer}`) };
    }
    case 'say': {
      if (!(await store.customers.get(cmd.customer))) return unknown(cmd.customer);
      const c = await store.cases.get(cmd.customer);
      await svc.applyNow(cmd.customer, { type: 'staff', id: id(), actor: who, action: 'rep_message', text: cmd.text, repName: who });
      // The customer's answer comes back under the latest alert for this customer.
      const latest = c?.escalations.filter((e) => e.status !== 'resolved').at(-1) ?? c?.escalations.at(-1);
      if (latest) await store.redis.set(store.keys.k('rep-thread', cmd.customer), latest.id, 'EX', Math.max(1, playbook.humanContactPauseDays) * 86400);
      return { ok: true, text: t(lang, `已转达给 ${cmd.customer}`, `Sent to ${cmd.customer} on your behalf`) };
    }
    case 'aging': {
      const r = await loadAgingReport(store, clock.now(), config.DUEBOT_TZ, playbook.aging);
      const lines = Object.entries(r.buckets).map(
        ([cur, b]) => `${cur}: ${Object.entries(b).map(([k, v]) => `${k} ${formatMoney(v, cur, lang)}`).join(' · ')}`,
      );
      return { ok: true, text: lines.length ? lines.join('\n') : t(lang, '没有未收款项', 'No open receivables') };
    }
  }
}

/** `<#C123|name>`, `<@U123|name>`, `#C123`, `@U123`, or a bare id on the actor's platform. */
function parseTarget(target: string, actor: Actor): Contact | null {
  const slack = /^<([#@])([A-Z0-9]+)(?:\|[^>]*)?>$/.exec(target.trim());
  if (slack) return { platform: 'slack', address: slack[2]!, role: 'finance' };
  const bare = /^[#@]?(\S+)$/.exec(target.trim());
  if (!bare) return null;
  const platform = actor.platform === 'slack' || actor.platform === 'wecom' ? actor.platform : 'local';
  return { platform, address: bare[1]!, role: 'finance' };
}
