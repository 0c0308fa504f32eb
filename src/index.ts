/**
 * second-round: second-round interview preparation as data, with a rules engine over it.
 *
 * @packageDocumentation
 */

// --- Compensation and jurisdictions (issue #7): compensationBrief, lookupJurisdiction, defaultLawTable ---
export {
  type CompensationBrief,
  type CompensationBriefLine,
  type CompensationBriefOptions,
  type CompensationBriefSource,
  compensationBrief,
  type OfferComparison,
  type OfferComparisonRow,
} from './compensation/index.js';
export {
  defaultLawTable,
  type JurisdictionLookup,
  type LawRow,
  LawRowSchema,
  type LawTable,
  LawTableSchema,
  type LookupJurisdictionOptions,
  lookupJurisdiction,
} from './jurisdictions/index.js';
export {
  AUDIENCES,
  type Audience,
  type Candidacy,
  type CandidacyInput,
  CandidacySchema,
  type Candidate,
  type Compensation,
  type Concern,
  type Debrief,
  type Fact,
  formatIssues,
  formatPath,
  INTERVIEW_FORMATS,
  type Interview,
  type Interviewer,
  type InterviewFormat,
  type Issue,
  type IssueCode,
  type IssuePath,
  type Offer,
  type ParseResult,
  type PrepState,
  type Presentation,
  type Process,
  parseCandidacy,
  type Question,
  type Research,
  STORY_TAGS,
  type Story,
  type StoryTag,
  SUPPORTED_SCHEMA_VERSIONS,
  type TakeHome,
  type TargetRole,
  type Telling,
} from './model/index.js';
