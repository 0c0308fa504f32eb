import type { LocaleBundle } from '../bundle.js';

/** The German part of report/: its texts (keys `report.…`) and the data sets it owns. Sie-Form throughout. */
export const deReport: Omit<Partial<LocaleBundle>, 'locale'> = {
  texts: {},
};
