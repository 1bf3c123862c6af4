/** Staff command lines, in English or Chinese: `status C001`, `催款 状态 C001`, `pause C001 2026-12-20`. */
export type StaffCommand =
  | { name: 'status'; customer: string }
  | { name: 'remind'; customer: string; now: boolean }
  | { name: 'pause'; customer: string; until: string | null }
  | { name: 'resume'; customer: string }
  | { name: 'paid'; invoice: string; amount: number | null }
  | { name: 'link'; customer: string; target: string }
  | { name: 'say'; customer: string; text: string }
  | { name: 'aging' }
  | { name: 'help' };

const ALIASES: Record<string, StaffCommand['name']> = {
  status: 'status', 状态: 'status',
  remind: 'remind', 提醒: 'remind',
  pause: 'pause', 暂停: 'pause',
  resume: 'resume', 恢复: 'resume',
  paid: 'paid', 已付: 'paid',
  link: 'link', 关联: 'link', 绑定: 'link',
  say: 'say', 发送: 'say',
  aging: 'aging', 账龄: 'aging',
  help: 'help', 帮助: 'help',
};

export class CommandError extends Error {}

/** Parses one line (the `/duebot` or 催款 prefix already removed or not). Throws CommandError with usage help. */
export function parseStaffCommand(line: string): StaffCommand {
  const trimmed = line.replace(/^\s*(\/duebot|催款)\s*/i, '').trim();
  if (!trimmed) return { name: 'help' };
  const [verb = '', ...rest] = trimmed.split(/\s+/);
  const name = ALIASES[verb.toLowerCase()];
  if (!name) throw new CommandError(`unknown command "${verb}"; try help`);
  const need = (n: number, usage: string) => {
    if (rest.length < n) throw new CommandError(`usage: ${usage}`);
  };
  switch (name) {
    case 'status':
      need(1, 'status <customer>');
      return { name, customer: rest[0]! };
    case 'remind':
      need(1, 'remind <customer> [now]');
      return { name, customer: rest[0]!, now: (rest[1] ?? '').toLowerCase() === 'now' || rest[1] === '立即' };
    case 'pause': {
      need(1, 'pause <customer> [until YYYY-MM-DD]');
      const until = rest[1] ?? null;
      if (until !== null && !/^\d{4}-\d{2}-\d{2}$/.test(until)) throw new CommandError('usage: pause <customer> [until YYYY-MM-DD]');
      return { name, customer: rest[0]!, until };
    }
    case 'resume':
      need(1, 'resume <customer>');
      return { name, customer: rest[0]! };
    case 'paid': {
      need(1, 'paid <invoice> [amount]');
      const raw = rest[1]?.replace(/[,¥$，]/g, '');
      const amount = raw === undefined ? null : Number(raw);
      if (amount !== null && !(Number.isFinite(amount) && amount > 0)) throw new CommandError('usage: paid <invoice> [amount], amount a positive number');
      return { name, invoice: rest[0]!, amount };
    }
    case 'link':
      need(2, 'link <customer> <#channel or @user>');
      return { name, customer: rest[0]!, target: rest.slice(1).join(' ') };
    case 'say':
      need(2, 'say <customer> <text>');
      return { name, customer: rest[0]!, text: trimmed.slice(trimmed.indexOf(rest[0]!) + rest[0]!.length).trim() };
    default:
      return { name } as StaffCommand;
  }
}

export const HELP_TEXT = {
  en: [
    'status <customer> — invoices, promises and what happens next',
    'remind <customer> [now] — send the next reminder (now: at once)',
    'pause <customer> [YYYY-MM-DD] — hold reminders (until a date)',
    'resume <customer> — resume reminders',
    'paid <invoice> [amount] — record a payment (full when no amount)',
    'link <customer> <#channel or @user> — link a chat to a customer',
    'say <customer> <text> — message the customer through the bot, signed with your name',
    'aging — open receivables by age',
  ].join('\n'),
  zh: [
    '状态 <客户> — 发票、承诺与下一步',
    '提醒 <客户> [立即] — 发送下一次提醒',
    '暂停 <客户> [YYYY-MM-DD] — 暂停提醒(至某日)',
    '恢复 <客户> — 恢复提醒',
    '已付 <发票号> [金额] — 登记收款(不填金额即全额)',
    '关联 <客户> <联系人或群> — 把聊天关联到客户',
    '发送 <客户> <内容> — 以你的名义经机器人发消息给客户',
    '账龄 — 应收账款账龄',
  ].join('\n'),
};
