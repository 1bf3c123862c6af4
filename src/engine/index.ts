/** The conversation-flow engine: a pure `decide`, the playbook it reads, and a simulator built on both. */
export { decide } from './decide.js';
export * from './types.js';
export { loadPlaybook, parsePlaybook } from './playbook/load.js';
export { PlaybookSchema, StepSchema, ToneSchema, RungSchema } from './playbook/schema.js';
export { REPLY_TEMPLATES } from './playbook/templates.js';
export { formatDay, formatMoney } from './playbook/filters.js';
export { riskClass, stepDates } from './timeline.js';
