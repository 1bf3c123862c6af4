export * from './connect.js';
export * from './private-server.js';
export * from './resolve.js';
