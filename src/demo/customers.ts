/**
 * The demo's sample book: a handful of customers in zh and en, all chatting on the local page.
 * Due dates are days from the clock's today, so reminders, a rep alert and a legal review all come soon.
 */
export interface DemoCustomer {
  id: string;
  name: string;
  language: 'zh' | 'en';
  timezone: string;
  address: string;
  displayName: string;
  rep: string;
  invoices: Array<{ id: string; amount: number; currency: string; dueInDays: number; issuedDaysBefore: number }>;
}

export const DEMO_CUSTOMERS: DemoCustomer[] = [
  {
    id: 'DEMO-XINGHE', name: '上海星河贸易有限公司', language: 'zh', timezone: 'Asia/Shanghai',
    address: 'demo-xinghe', displayName: '王会计', rep: '李娜',
    // Three days overdue: the clear reminder goes out at the next working slot.
    invoices: [{ id: 'DEMO-INV-1001', amount: 12_800_000, currency: 'CNY', dueInDays: -3, issuedDaysBefore: 30 }],
  },
  {
    id: 'DEMO-QINGSONG', name: '北京青松餐饮管理有限公司', language: 'zh', timezone: 'Asia/Shanghai',
    address: 'demo-qingsong', displayName: '赵经理', rep: '李娜',
    invoices: [
      { id: 'DEMO-INV-1002', amount: 3_650_000, currency: 'CNY', dueInDays: 1, issuedDaysBefore: 30 },
      { id: 'DEMO-INV-1003', amount: 980_000, currency: 'CNY', dueInDays: 20, issuedDaysBefore: 10 },
    ],
  },
  {
    id: 'DEMO-NORTHWIND', name: 'Northwind Traders Ltd', language: 'en', timezone: 'Europe/London',
    address: 'demo-northwind', displayName: 'Sarah (AP)', rep: 'Tom',
    // Twelve days overdue: the firm reminder also alerts the rep.
    invoices: [{ id: 'DEMO-INV-2001', amount: 845_000, currency: 'USD', dueInDays: -12, issuedDaysBefore: 30 }],
  },
  {
    id: 'DEMO-ACME', name: 'Acme Pty Ltd', language: 'en', timezone: 'Australia/Sydney',
    address: 'demo-acme', displayName: 'Priya', rep: 'Tom',
    invoices: [{ id: 'DEMO-INV-2002', amount: 1_230_000, currency: 'AUD', dueInDays: 7, issuedDaysBefore: 23 }],
  },
  {
    id: 'DEMO-LANHAI', name: '深圳蓝海电子有限公司', language: 'zh', timezone: 'Asia/Shanghai',
    address: 'demo-lanhai', displayName: '陈总', rep: '王强',
    // Long overdue: a 准呆账 in the aging chart and a legal review for staff.
    invoices: [{ id: 'DEMO-INV-1004', amount: 56_000_000, currency: 'CNY', dueInDays: -95, issuedDaysBefore: 30 }],
  },
];
