import type { LocaleBundle } from '../bundle.js';

/** The German part of compensation/: its texts (keys `compensation.…`) and the data sets it owns. Sie-Form throughout. */
export const deCompensation: Omit<Partial<LocaleBundle>, 'locale'> = {
  texts: {},
};
