import type { LocaleBundle } from '../bundle.js';

/** The German part of timeline/: its texts (keys `timeline.…`) and the data sets it owns. Sie-Form throughout. */
export const deTimeline: Omit<Partial<LocaleBundle>, 'locale'> = {
  texts: {},
};
