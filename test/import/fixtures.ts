/** Small CSV builders for the import tests. */
export const HEADER = 'customer_id,customer_name,invoice_number,amount,currency,issue_date,due_date,channel,address,language,timezone,rep';

export function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\n') + '\n';
}

export const GOOD = [
  'C001,Acme Ltd,INV-1,"12,000.50",CNY,2026-03-01,2026-04-01,slack,U001,en,Asia/Shanghai,Li',
  'C001,Acme Ltd,INV-2,¥800,,2026-03-05,2026-04-05,slack,U001,,,',
  'C002,北京星河,INV-3,5000,CNY,2026/3/2,2026/4/2,wecom,wm-abc,zh,,Wang',
];
