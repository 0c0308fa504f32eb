/**
 * second-round: second-round interview preparation as data, with a rules engine over it.
 *
 * @packageDocumentation
 */

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

// Timeline: follow-up timeline and iCalendar export (issue #6).
export {
  type BuildTimelineOptions,
  buildTimeline,
  type DayCounting,
  defaultTimelineSettings,
  type Timeline,
  type TimelineEvent,
  type TimelineEventKind,
  type TimelineEventStatus,
  type TimelineSettings,
  type TimelineSnooze,
  type TimelineState,
  type TimelineWindow,
  type ToICalendarOptions,
  toICalendar,
} from './timeline/index.js';
