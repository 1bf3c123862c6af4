/** The page's words in zh and en; the browser's language picks one. */
const en = {
  title: 'duebot — collections desk',
  customers: 'Customers', staff: 'Staff channel', aging: 'Aging', import: 'Import',
  demo: 'Run demo', demoLoaded: 'Demo loaded: {n} customers. Reminders go out at their slots on the bot clock.',
  demoSlowClock: 'This bot runs on real time, so the demo plays out over days. Run `duebot demo` to watch a month in a couple of minutes.',
  clock: 'Bot clock', speed: '×{n}',
  name: 'Customer', status: 'Status', overdue: 'Overdue', next: 'Next action', none: '—',
  pick: 'Pick a customer to chat as them and see their case.',
  noCustomers: 'No customers yet. Press “Run demo”, or import a CSV.',
  chatAs: 'Chat as {name}', noLocalChat: 'This customer is not on the local chat.',
  typeHere: 'Type as the customer…', send: 'Send',
  invoices: 'Invoices', promises: 'Promises', timeline: 'Evidence log', noAlerts: 'No alerts yet.',
  invoice: 'Invoice', amount: 'Amount', outstanding: 'Outstanding', due: 'Due', date: 'Date',
  st_new: 'new', st_active: 'active', st_promised: 'promised', st_paused: 'paused', st_disputed: 'disputed', st_opted_out: 'opted out', st_closed: 'closed',
  inv_open: 'open', inv_promised: 'promised', inv_paid: 'paid', inv_disputed: 'disputed', inv_written_off: 'written off',
  pr_pending: 'pending', pr_kept: 'kept', pr_broken: 'broken',
  na_step: 'reminder', na_promise_check: 'promise check', na_resume: 'resume',
  al_open: 'open', al_acknowledged: 'acknowledged', al_resolved: 'resolved',
  acknowledge: 'Acknowledge', assign_to_me: 'Assign to me', snooze_1d: 'Snooze 1 day', mark_paid: 'Mark paid', approve_notice: 'Approve notice',
  assignee: 'Assigned to {name}', awaitingApproval: 'Formal notice waiting for approval',
  byBucket: 'Open receivables by days overdue', byRisk: 'By risk class',
  b_not_due: 'not due', 'b_1-30': '1–30', 'b_31-60': '31–60', 'b_61-90': '61–90', 'b_90+': '90+',
  promisesWeek: 'Promises due this week', keptRate: 'Promises kept vs broken', kept: 'kept', broken: 'broken', pending: 'pending',
  noOpen: 'No open receivables.', asOf: 'as of {date}',
  failed: 'Something went wrong: {msg}',
  importHelp: 'Upload a CSV of open invoices (UTF-8 or GB18030, English or Chinese headers), as for `duebot import`. A file with bad rows is refused whole unless you skip them.',
  importSkip: 'import the good rows, skip the bad ones',
  importRefused: 'Refused: {n} problems, nothing imported.',
  importDone: 'Imported {imported} invoices for {customers} customers ({updated} updated, {unchanged} unchanged, {rejected} rejected).',
  importRejects: 'Download the rejected rows',
};
type Key = keyof typeof en;

const zh: Record<Key, string> = {
  title: 'duebot — 催收工作台',
  customers: '客户', staff: '员工频道', aging: '账龄', import: '导入',
  demo: '运行演示', demoLoaded: '演示已加载:{n} 个客户。提醒会按机器人时钟在合适的时段发出。',
  demoSlowClock: '这个机器人按真实时间运行,演示要好几天才能走完。运行 `duebot demo` 可在几分钟内看完一个月。',
  clock: '机器人时钟', speed: '×{n}',
  name: '客户', status: '状态', overdue: '逾期金额', next: '下一步', none: '—',
  pick: '选一个客户,以客户身份聊天并查看案件。',
  noCustomers: '还没有客户。点“运行演示”,或导入 CSV。',
  chatAs: '以 {name} 的身份聊天', noLocalChat: '这个客户不在本地聊天里。',
  typeHere: '以客户身份输入…', send: '发送',
  invoices: '发票', promises: '付款承诺', timeline: '证据记录', noAlerts: '暂无提醒。',
  invoice: '发票号', amount: '金额', outstanding: '未付', due: '到期日', date: '日期',
  st_new: '新建', st_active: '催收中', st_promised: '已承诺', st_paused: '暂停', st_disputed: '有争议', st_opted_out: '已退订', st_closed: '已结案',
  inv_open: '未付', inv_promised: '已承诺', inv_paid: '已付', inv_disputed: '有争议', inv_written_off: '已核销',
  pr_pending: '待兑现', pr_kept: '已兑现', pr_broken: '已违约',
  na_step: '提醒', na_promise_check: '核对承诺', na_resume: '恢复',
  al_open: '待处理', al_acknowledged: '已确认', al_resolved: '已解决',
  acknowledge: '确认', assign_to_me: '分配给我', snooze_1d: '推迟一天', mark_paid: '标记已付', approve_notice: '批准正式通知',
  assignee: '负责人:{name}', awaitingApproval: '正式通知等待批准',
  byBucket: '按逾期天数的应收账款', byRisk: '按风险类别',
  b_not_due: '未到期', 'b_1-30': '1–30 天', 'b_31-60': '31–60 天', 'b_61-90': '61–90 天', 'b_90+': '90 天以上',
  promisesWeek: '本周到期的付款承诺', keptRate: '承诺兑现与违约', kept: '兑现', broken: '违约', pending: '待定',
  noOpen: '没有未收的应收账款。', asOf: '截至 {date}',
  failed: '出错了:{msg}',
  importHelp: '上传未付发票的 CSV(UTF-8 或 GB18030,中文或英文表头),规则与 `duebot import` 相同。有错误行时整份文件不导入,除非选择跳过错误行。',
  importSkip: '导入正确的行,跳过错误行',
  importRefused: '未导入:{n} 处问题,没有写入任何数据。',
  importDone: '已导入 {customers} 个客户的 {imported} 张发票(更新 {updated},未变 {unchanged},拒绝 {rejected})。',
  importRejects: '下载被拒绝的行',
};

export const lang: 'zh' | 'en' = (navigator.language || 'en').toLowerCase().startsWith('zh') ? 'zh' : 'en';
export const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
const dict: Record<Key, string> = lang === 'zh' ? zh : en;

export function t(key: Key | string, vars: Record<string, string | number> = {}): string {
  const text = (dict as Record<string, string>)[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
