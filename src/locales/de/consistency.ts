import type { LocaleBundle } from '../bundle.js';

/** The German part of consistency/: its texts (keys `consistency.…`) and the data sets it owns. Sie-Form throughout. */
export const deConsistency: Omit<Partial<LocaleBundle>, 'locale'> = {
  texts: {},
};
