/** Words of an alert in the staff's language (DUEBOT_LANG). */
export interface AlertLabels {
  title: string;
  update: string;
  note: string;
  batch: (n: number) => string;
  customer: string;
  invoices: string;
  due: string;
  total: string;
  reason: string;
  quote: string;
  assignee: string;
  approval: string;
  open: string;
  severity: Record<'info' | 'warning' | 'critical', string>;
  status: Record<'open' | 'acknowledged' | 'resolved', string>;
  reasons: Record<string, string>;
  hidden: string;
}

export const LABELS: Record<'zh' | 'en', AlertLabels> = {
  zh: {
    title: '催款提醒',
    update: '催款提醒更新',
    note: '催款提醒跟进',
    batch: (n) => `催款提醒 ×${n}（本分钟机器人额度已用完，合并发送）`,
    customer: '客户',
    invoices: '发票',
    due: '到期',
    total: '合计',
    reason: '原因',
    quote: '客户原话',
    assignee: '负责人',
    approval: '有正式通知等待审批',
    open: '在网页上处理',
    severity: { info: '知悉', warning: '需要处理', critical: '紧急' },
    status: { open: '待处理', acknowledged: '已确认', resolved: '已解决' },
    reasons: {
      broken_promise: '承诺付款日已过，未收到付款',
      silence: '多次提醒未回复',
      dispute: '客户提出异议',
      hardship: '客户表示付款困难',
      paid_claim: '客户称已付款，请核实',
      hostility: '客户情绪激烈',
      vague: '多次未给出具体付款日期',
      late_promise: '承诺日期晚于可接受范围',
      send_failed: '消息多次发送失败',
    },
    hidden: '（金额不在此群显示）',
  },
  en: {
    title: 'Collections alert',
    update: 'Collections alert update',
    note: 'Collections alert follow-up',
    batch: (n) => `${n} collections alerts (merged: the robot's per-minute limit was reached)`,
    customer: 'Customer',
    invoices: 'Invoices',
    due: 'due',
    total: 'Total',
    reason: 'Reason',
    quote: 'Customer said',
    assignee: 'Assignee',
    approval: 'A formal notice awaits approval',
    open: 'Open on the web page',
    severity: { info: 'FYI', warning: 'action needed', critical: 'urgent' },
    status: { open: 'open', acknowledged: 'acknowledged', resolved: 'resolved' },
    reasons: {
      broken_promise: 'promised payment date passed without payment',
      silence: 'several reminders unanswered',
      dispute: 'customer disputes the invoice',
      hardship: 'customer reports difficulty paying',
      paid_claim: 'customer says it is paid: please verify',
      hostility: 'hostile reply',
      vague: 'repeatedly no concrete payment date',
      late_promise: 'promised date later than the playbook accepts',
      send_failed: 'a message could not be delivered',
    },
    hidden: '(amounts not shown in this group)',
  },
};
