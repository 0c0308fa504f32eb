export { EU_MEMBER_STATES } from './eu.js';
export { calendarDateOf, type JurisdictionLookup, type LookupJurisdictionOptions } from './lookup.js';
export { lookupJurisdiction } from './lookup-default.js';
export {
  LAW_EXCEPTIONS,
  LAW_KINDS,
  LAW_LEVELS,
  type LawCore,
  type LawKind,
  type LawRow,
  LawRowSchema,
  type LawTable,
  LawTableSchema,
} from './schema.js';
export { defaultLawTable } from './table.js';
