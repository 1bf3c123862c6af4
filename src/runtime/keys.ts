/**
 * Every key of one duebot installation shares a hash tag, `{prefix}`, so that on Redis Cluster all
 * of them (and BullMQ's queues, which use the same prefix) live on one slot and multi-key commands
 * and Lua scripts never cross slots.
 */
export class Keys {
  readonly tag: string;
  constructor(readonly prefix: string) {
    this.tag = `{${prefix}}`;
  }
  /** BullMQ's own prefix. */
  get queuePrefix(): string {
    return this.tag;
  }
  k(...parts: string[]): string {
    return [this.tag, ...parts].join(':');
  }
  customer(id: string) { return this.k('customer', id); }
  customers() { return this.k('customers'); }
  contact(platform: string, address: string) { return this.k('contact', platform, address); }
  invoice(id: string) { return this.k('invoice', id); }
  customerInvoices(customerId: string) { return this.k('customer-invoices', customerId); }
  case(customerId: string) { return this.k('case', customerId); }
  escalation(id: string) { return this.k('escalation', id); }
  escalations() { return this.k('escalations'); }
  openEscalations() { return this.k('escalations-open'); }
  auditGlobal() { return this.k('audit'); }
  auditCustomer(customerId: string) { return this.k('audit', customerId); }
  mailbox(customerId: string) { return this.k('mailbox', customerId); }
  /** Effects decided and committed but not yet all dispatched (replayed by the next run for the customer). */
  pendingEffects(customerId: string) { return this.k('pending-effects', customerId); }
  lock(customerId: string) { return this.k('lock', customerId); }
  ledger(messageId: string) { return this.k('ledger', messageId); }
  dedup(scope: string, id: string) { return this.k('dedup', scope, id); }
  rate(bucket: string) { return this.k('rate', bucket); }
  clockAnchor() { return this.k('clock-anchor'); }
  lease(name: string) { return this.k('lease', name); }
  local(...parts: string[]) { return this.k('local', ...parts); }
  metrics(name: string) { return this.k('metrics', name); }
}
