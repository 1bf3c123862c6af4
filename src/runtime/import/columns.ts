/** The canonical column names of an invoice row, in the order the reject file and docs list them. */
export const COLUMNS = [
  'customer_id',
  'customer_name',
  'invoice_number',
  'amount',
  'currency',
  'issue_date',
  'due_date',
  'channel',
  'address',
  'language',
  'timezone',
  'rep',
] as const;
export type Column = (typeof COLUMNS)[number];

/** Columns a file must have; the others may be missing or blank and get defaults. */
export const REQUIRED_COLUMNS: readonly Column[] = ['customer_id', 'customer_name', 'invoice_number', 'amount', 'issue_date', 'due_date', 'channel', 'address'];

const CHINESE: Record<string, Column> = {
  客户编号: 'customer_id',
  客户名称: 'customer_name',
  发票号: 'invoice_number',
  金额: 'amount',
  币种: 'currency',
  开票日期: 'issue_date',
  到期日: 'due_date',
  渠道: 'channel',
  联系地址: 'address',
  语言: 'language',
  时区: 'timezone',
  业务员: 'rep',
};

/** "Due Date", "due-date" and "due_date" are the same column; Chinese headers map to the English ones. */
export function canonicalColumn(header: string): Column | undefined {
  const h = header.normalize('NFKC').trim();
  if (CHINESE[h]) return CHINESE[h];
  const en = h.toLowerCase().replace(/[\s-]+/g, '_');
  return (COLUMNS as readonly string[]).includes(en) ? (en as Column) : undefined;
}
