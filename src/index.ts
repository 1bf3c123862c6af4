/** The package's public entry: `import { understand } from 'duebot'`. */
export * from './domain/index.js';
export * from './errors.js';
export * from './clock.js';
export * from './understand/index.js';
