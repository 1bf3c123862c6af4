export * from './connect.js';
export * from './private-server.js';
export * from './private-cluster.js';
export * from './resolve.js';
export * from './target.js';
