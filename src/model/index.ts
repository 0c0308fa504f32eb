export * from './candidacy.js';
export * from './interview.js';
export * from './issues.js';
export * from './json-schema.js';
export * from './parse.js';
export * from './primitives.js';
export * from './stage.js';
export * from './story.js';
