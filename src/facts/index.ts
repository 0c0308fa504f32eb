export {
  audienceStoryTags,
  defaultFactThresholds,
  type FactDefinition,
  type FactName,
  type FactThresholds,
  type FactType,
  type FactValue,
  factCatalogue,
  type ReadinessFacts,
} from './catalogue.js';
export {
  type DeriveFactsOptions,
  deriveFacts,
  deriveFactsWithSubjects,
  type FactsWithSubjects,
} from './derive.js';
export { type PayHistoryLaw, payHistoryLawFor } from './law.js';
export {
  defaultNoteLabels,
  defaultSubjectNames,
  type FactSubjects,
  type NoteCode,
  type NoteLabels,
  type Subject,
  type SubjectKind,
  type SubjectNames,
  type SubjectNote,
} from './subjects.js';
