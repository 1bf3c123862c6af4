import type { RedisClient } from '../../redis/connect.js';
import type { Keys } from '../keys.js';
import { AuditLog } from './audit.js';
import { CaseStore } from './cases.js';
import { CustomerStore } from './customers.js';
import { EscalationIndex } from './escalations.js';
import { InvoiceStore } from './invoices.js';

export { AuditLog, CaseStore, CustomerStore, EscalationIndex, InvoiceStore };
export type { StoredAuditEntry } from './audit.js';

/** All of duebot's state in Redis, behind one object. */
export class Store {
  readonly customers: CustomerStore;
  readonly invoices: InvoiceStore;
  readonly cases: CaseStore;
  readonly audit: AuditLog;
  readonly escalations: EscalationIndex;
  constructor(
    readonly redis: RedisClient,
    readonly keys: Keys,
  ) {
    this.customers = new CustomerStore(redis, keys);
    this.invoices = new InvoiceStore(redis, keys);
    this.cases = new CaseStore(redis, keys);
    this.audit = new AuditLog(redis, keys);
    this.escalations = new EscalationIndex(redis, keys);
  }
}
