/**
 * `second-round/locales/de`: the German locale bundle. Spread it into any options object:
 * `prepareSync(candidacy, { now, ...de })`, `renderMarkdown(report, { ...de })`.
 *
 * @module
 */

export type { LocaleBundle } from '../locales/bundle.js';
export { de } from '../locales/de/index.js';
