import type { LocaleBundle } from '../bundle.js';
import { deAudiencesQuestions } from './audiences-questions.js';

/** The German part of audiences/: its texts (keys `audiences.…`) and the data sets it owns. Sie-Form throughout. */
export const deAudiences: Omit<Partial<LocaleBundle>, 'locale'> = {
  ...deAudiencesQuestions,
  texts: { ...deAudiencesQuestions.texts },
};
