export * from './domains.js';
export * from './topics.js';
export * from './crisis.js';
