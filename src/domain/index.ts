export * from './money.js';
export * from './ids.js';
export * from './customer.js';
export * from './invoice.js';
export * from './promise.js';
export * from './escalation.js';
export * from './audit.js';
export * from './case.js';
