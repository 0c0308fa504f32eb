import type { LocaleBundle } from '../bundle.js';

/** The German part of readiness/: its texts (keys `readiness.…`) and the data sets it owns. Sie-Form throughout. */
export const deReadiness: Omit<Partial<LocaleBundle>, 'locale'> = {
  texts: {},
};
