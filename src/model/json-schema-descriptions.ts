import * as z from 'zod/mini';
import { JURISDICTION_PATTERN } from '../internal/jurisdiction-codes.js';
import { CandidacySchema, CurrencySchema, StageKindSchema } from './candidacy.js';
import {
  AudienceSchema,
  DateOrDateTimeSchema,
  DateTimeSchema,
  IdSchema,
  InterviewFormatSchema,
  JurisdictionSchema,
  PlainDateSchema,
  RoundSchema,
  TimeZoneSchema,
} from './primitives.js';

/**
 * What each field of a candidacy is, for the JSON Schema: the field's path from the root (`candidate.name`;
 * `[]` an array's element, `?` the inner schema of an optional or a default, `|1` a union's second option),
 * then its description. Kept out of the schemas so a bundle that only validates carries none of this prose;
 * `candidacyJsonSchema` attaches it to the fields (their own copies, made by `field`) on its first call. A
 * test holds every path to a field and every field of the JSON Schema to a description.
 */
export const FIELD_DESCRIPTIONS: readonly (readonly [path: string, description: string])[] = [
  ['candidate.timeZone', 'Where the candidate lives, as an IANA zone name; times are shown in it'],
  [
    'interviews.[].timeZone.?',
    'Where the interview happens, as an IANA zone name, when it differs from the candidate’s',
  ],
  ['schemaVersion', 'The version of this format: 1'],
  ['candidate', 'The person preparing'],
  ['candidate.name', 'The candidate’s name'],
  ['candidate.jurisdiction', 'Where the candidate lives, for pay law, e.g. US-CA, US-NY-NYC, DE, EU'],
  ['candidate.targetRole', 'The role the candidate is interviewing for'],
  ['candidate.targetRole.title', 'The job title'],
  ['candidate.targetRole.company', 'The company hiring'],
  ['candidate.targetRole.managesPeople', 'Whether the role manages people'],
  [
    'candidate.targetRole.jurisdiction',
    'Where the job is, when it differs from where the candidate lives (same codes); its pay law applies too',
  ],
  ['interviews', 'Every interview of every round, dated or planned'],
  ['interviews.[].id', 'The interview id, unique among the interviews'],
  [
    'interviews.[].round',
    'The round: 1 is the screen, 2 the decision round; several interviews (sessions) may share a round',
  ],
  [
    'interviews.[].scheduledAt',
    'When the interview starts; leave it out for an interview planned but not yet scheduled',
  ],
  ['interviews.[].durationMinutes', 'How long the interview lasts, in minutes; an hour when left out'],
  ['interviews.[].medium', 'How the interview is held'],
  ['interviews.[].platform', 'The video or coding platform, e.g. zoom, coderpad'],
  ['interviews.[].location', 'The address of an in-person interview'],
  ['interviews.[].formats', 'The formats of the interview; a conversation when left out'],
  ['interviews.[].interviewers', 'The people on the panel; none yet for a panel not yet known (a warning)'],
  [
    'interviews.[].interviewers.?.[].id',
    'The interviewer id, unique within the interview; the same person keeps the same id in every round',
  ],
  ['interviews.[].interviewers.?.[].name', 'The interviewer’s name, as the candidate addresses them'],
  [
    'interviews.[].interviewers.?.[].audience',
    'Who the interviewer is to the candidate, which decides what they care about',
  ],
  ['interviews.[].interviewers.?.[].function', 'The interviewer’s function, e.g. Engineering, Finance'],
  ['interviews.[].interviewers.?.[].title', 'The interviewer’s job title'],
  [
    'interviews.[].interviewers.?.[].tenureMonths',
    'How long the interviewer has been at the company, in months',
  ],
  [
    'interviews.[].interviewers.?.[].research.?',
    'What the candidate found out about this interviewer; merged by interviewer id across rounds, a later entry overriding an earlier one field by field',
  ],
  [
    'interviews.[].interviewers.?.[].research.?.background',
    'What the interviewer does and has done, in a few words',
  ],
  [
    'interviews.[].interviewers.?.[].research.?.previousCompanies',
    'Companies the interviewer worked at before',
  ],
  [
    'interviews.[].interviewers.?.[].research.?.recentActivity',
    'Recent talks, posts or launches by the interviewer worth mentioning',
  ],
  ['interviews.[].interviewers.?.[].research.?.commonGround', 'What the candidate and the interviewer share'],
  [
    'interviews.[].interviewers.?.[].research.?.plannedReferences',
    'Points of the research the candidate plans to bring up in the interview',
  ],
  ['interviews.[].interviewers.?.[].research.?.researchedAt', 'When the research was done'],
  [
    'interviews.[].interviewers.?.[].research.?.companyNews',
    "Recent news about the interviewer's company or team",
  ],
  ['interviews.[].decisionExpectedBy', 'When the company said it would decide'],
  ['interviews.[].debrief.?', 'The candidate’s own notes, written right after the interview'],
  ['interviews.[].debrief.?.writtenAt', 'When the notes were written'],
  ['interviews.[].debrief.?.summary', 'How the interview went, in the candidate’s words'],
  ['interviews.[].debrief.?.questionsAsked', 'The questions the candidate asked'],
  ['interviews.[].debrief.?.questionsFaced', 'The questions the candidate was asked'],
  ['interviews.[].debrief.?.topicsDiscussed', 'The topics that came up'],
  ['interviews.[].takeHome.?', 'A take-home assignment attached to this interview'],
  ['interviews.[].takeHome.?.assignedAt', 'When the assignment was given'],
  ['interviews.[].takeHome.?.dueAt', 'When the assignment is due; after assignedAt'],
  ['interviews.[].takeHome.?.timeboxHours', 'The hours the company suggested spending'],
  ['interviews.[].takeHome.?.hoursSpent', 'The hours actually spent so far'],
  ['interviews.[].takeHome.?.writeupWords', 'The length of the write-up, in words'],
  ['interviews.[].presentation.?', 'A presentation to the panel and how it was rehearsed'],
  ['interviews.[].presentation.?.slotMinutes', 'The minutes given for the presentation'],
  ['interviews.[].presentation.?.rehearsals', 'Timed run-throughs of the presentation'],
  ['interviews.[].presentation.?.rehearsals.?.[].at', 'When the rehearsal took place'],
  ['interviews.[].presentation.?.rehearsals.?.[].minutes', 'How long the run-through took, in minutes'],
  [
    'interviews.[].presentation.?.closingSlideAnswersObviousQuestions',
    'Whether the closing slide answers the questions the panel will obviously ask',
  ],
  ['interviews.[].presentation.?.backupPlan', 'What to do if the screen share or the projector fails'],
  ['stories', 'The candidate’s stories, each with its tellings per round'],
  ['stories.?.[].id', 'The story id, unique among the stories'],
  ['stories.?.[].title', 'A short name for the story'],
  ['stories.?.[].kind', 'What the story answers'],
  ['stories.?.[].tags', 'What the story shows, e.g. quantified-outcome, trade-off'],
  ['stories.?.[].partnerFunctions', 'The functions the story shows working with, e.g. Finance, Design'],
  ['stories.?.[].tellings', 'The story per round, at most one telling per round'],
  [
    'stories.?.[].tellings.?.[].round',
    'The round of this telling; an interview of that round must exist, dated or not',
  ],
  ['stories.?.[].tellings.?.[].text', 'The story as told (round 1) or as planned (round 2)'],
  ['stories.?.[].tellings.?.[].facts', 'Structured details, compared across rounds'],
  ['stories.?.[].tellings.?.[].facts.?.[].subject', 'What the fact is about, e.g. "rebuild duration"'],
  [
    'stories.?.[].tellings.?.[].facts.?.[].kind',
    'The kind of value, which decides how two tellings are compared',
  ],
  ['stories.?.[].tellings.?.[].facts.?.[].value', 'The value: a number or a text'],
  ['stories.?.[].tellings.?.[].facts.?.[].unit', 'The unit of a number, e.g. months, people, USD'],
  ['stories.?.[].tellings.?.[].facts.?.[].approximate', 'Whether the value was given as roughly'],
  [
    'stories.?.[].tellings.?.[].facts.?.[].corrects',
    'true when this telling deliberately corrects the earlier round',
  ],
  ['questions', 'The candidate’s own questions; the built-in bank fills gaps'],
  ['questions.?.[].id', 'The question id, unique among the questions'],
  ['questions.?.[].text', 'The question, as the candidate would ask it'],
  ['questions.?.[].audiences', 'The audiences the question suits'],
  ['questions.?.[].purpose', 'What the candidate wants to learn from it'],
  ['questions.?.[].askedInRound', 'The round the question was already asked in'],
  ['concerns', 'What felt weak after an earlier round, and the plan for it'],
  ['concerns.?.[].id', 'The concern id, unique among the concerns'],
  ['concerns.?.[].raisedInRound', 'The round the concern came up in'],
  ['concerns.?.[].raisedBy', 'The id of the interviewer who raised it, one of the panel'],
  ['concerns.?.[].topic', 'What felt weak or unresolved'],
  ['concerns.?.[].plan', 'What the candidate plans to do about it'],
  ['concerns.?.[].plan.?.action', 'Bring the topic back with a better answer, or acknowledge it and move on'],
  ['concerns.?.[].plan.?.improvedAnswer', 'The better answer, when revisiting'],
  ['concerns.?.[].plan.?.timing', 'Early or late in the next interview'],
  ['compensation', 'Pay and logistics positions'],
  ['compensation.?.range', 'The pay range the candidate will name'],
  ['compensation.?.range.?.min', 'The bottom of the range; at most max'],
  ['compensation.?.range.?.max', 'The top of the range'],
  ['compensation.?.range.?.basis', 'Whether the range is total pay or base salary'],
  ['compensation.?.researched', 'Whether the range comes from market research'],
  ['compensation.?.discloseCurrentSalary', 'Whether the candidate is willing to share current pay'],
  ['compensation.?.walkAway', 'The number below which the candidate would say no'],
  ['compensation.?.noticePeriodWeeks', 'The notice to give the current employer, in weeks'],
  ['compensation.?.earliestStart', 'The earliest day the candidate could start'],
  ['compensation.?.relocation', 'Whether the candidate would move'],
  ['compensation.?.workMode', 'How the candidate wants to work'],
  ['pipeline', 'The rest of the candidate’s search'],
  ['pipeline.?.otherProcesses', 'Other hiring processes the candidate is in'],
  ['pipeline.?.otherProcesses.?.[].company', 'The other company'],
  [
    'pipeline.?.otherProcesses.?.[].stage',
    'The stage in the sender’s own words ("round 1", "onsite scheduled"), kept as sent',
  ],
  ['pipeline.?.otherProcesses.?.[].lastActivityAt', 'When that process last moved'],
  ['pipeline.?.offers', 'Offers expected or received; never invented'],
  ['pipeline.?.offers.?.[].company', 'The company making the offer'],
  ['pipeline.?.offers.?.[].status', 'Where the offer stands'],
  ['pipeline.?.offers.?.[].expectedBy', 'When the offer is expected'],
  [
    'pipeline.?.offers.?.[].deadline',
    'When the answer is due; a plain date is read as the end of that day (a warning)',
  ],
  ['pipeline.?.offers.?.[].package', 'What the offer pays'],
  ['pipeline.?.offers.?.[].package.?.base', 'Base salary per year'],
  ['pipeline.?.offers.?.[].package.?.bonus', 'Target bonus per year'],
  ['pipeline.?.offers.?.[].package.?.equity', 'Equity value per year'],
  ['pipeline.?.offers.?.[].package.?.benefits', 'Benefits worth noting, in words'],
  ['prep', 'What the candidate has done, each step with the time it was done'],
  ['prep.?.roundOneNotesReviewedAt', 'When the round-one notes were reviewed'],
  ['prep.?.checklistRunAt', 'When the day-before checklist was run'],
  ['prep.?.setupTestedAt', 'When camera, microphone and connection were tested'],
  ['prep.?.platformTestedAt', 'When the interview platform was tested'],
  ['prep.?.routePlannedAt', 'When the route to an in-person interview was planned'],
  ['prep.?.thankYouDraftedAt', 'When the thank-you notes were drafted'],
  ['prep.?.thankYouSent', 'The thank-you notes sent, one per interviewer'],
  ['prep.?.thankYouSent.?.[].interviewerId', 'The id of the interviewer thanked, one of the panel'],
  ['prep.?.thankYouSent.?.[].at', 'When the note was sent'],
  ['prep.?.followUpSentAt', 'When the follow-up after the decision date was sent'],
  ['prep.?.outcomePlans', 'Plans for either outcome'],
  ['prep.?.outcomePlans.?.ifOffer', 'What to do if an offer comes'],
  ['prep.?.outcomePlans.?.ifRejected', 'What to do if the answer is no'],
  ['prep.?.formatPrep', 'Preparation per interview format'],
  ['prep.?.formatPrep.?.case-study.?', 'Preparation for this format'],
  ['prep.?.formatPrep.?.case-study.?.practicedAt', 'When the format was last practised'],
  [
    'prep.?.formatPrep.?.case-study.?.platformPracticedAt',
    'When the platform (coding pad, whiteboard) was practised',
  ],
  [
    'prep.?.formatPrep.?.case-study.?.designTemplateReady',
    'Whether a template for design questions is ready',
  ],
  ['prep.?.formatPrep.?.case-study.?.notes', 'Notes on the preparation'],
];

type Schema = z.core.$ZodType;

/** `value` when it is a zod schema (it carries `_zod`), undefined otherwise. */
function schemaOrNone(value: unknown): Schema | undefined {
  return typeof value === 'object' && value !== null && '_zod' in value ? (value as Schema) : undefined;
}

/** The schema one step below `schema` on a path: a field of an object, an element, an inner or union option. */
function step(schema: Schema, name: string): Schema | undefined {
  const def = schema._zod.def as unknown as Readonly<Record<string, unknown>>;
  if (name === '[]') return schemaOrNone(def.element);
  if (name === '?') return schemaOrNone(def.innerType);
  if (name.startsWith('|')) {
    const options = def.options;
    return Array.isArray(options) ? schemaOrNone(options[Number(name.slice(1))]) : undefined;
  }
  const shape = def.shape;
  return typeof shape === 'object' && shape !== null && Object.hasOwn(shape, name)
    ? schemaOrNone((shape as Readonly<Record<string, unknown>>)[name])
    : undefined;
}

/** The schema at `path` below the candidacy's, or undefined when the path leads nowhere. */
export function schemaAtPath(path: string): Schema | undefined {
  let schema: Schema | undefined = CandidacySchema;
  for (const name of path.split('.')) schema = schema === undefined ? undefined : step(schema, name);
  return schema;
}

/** The JSON Schema keywords of the shared schemas (dates, zones, codes, ids, enums), each on its own copy. */
function sharedMetadata(): readonly (readonly [Schema, z.core.GlobalMeta])[] {
  return [
    [
      DateTimeSchema,
      {
        format: 'date-time',
        description: 'ISO 8601 date-time with a UTC offset, e.g. 2026-12-03T14:00:00-05:00',
      },
    ],
    [PlainDateSchema, { format: 'date', description: 'ISO 8601 calendar date, e.g. 2026-12-03' }],
    [
      DateOrDateTimeSchema,
      {
        anyOf: [{ format: 'date' }, { format: 'date-time' }],
        description: 'A plain date (2026-12-03) or a date-time with an offset (2026-12-03T14:00:00-05:00)',
      },
    ],
    [TimeZoneSchema, { description: 'An IANA time zone name, e.g. America/New_York' }],
    [JurisdictionSchema, { pattern: JURISDICTION_PATTERN }],
    [
      IdSchema,
      {
        description:
          'An identifier chosen by the sender: printable single-line text, unique within its collection',
      },
    ],
    [AudienceSchema, { description: 'One of the six audiences of round two' }],
    [InterviewFormatSchema, { description: 'The format of (part of) an interview' }],
    [RoundSchema, { description: 'A round number: 1 is the screen, 2 the decision round' }],
    [CurrencySchema, { description: 'An ISO 4217 currency code in capitals, e.g. USD, EUR' }],
    [StageKindSchema, { description: 'The stage normalised; read from the stage text when left out' }],
  ];
}

let attached = false;

/**
 * Gives the shared schemas their JSON Schema keywords and every field of FIELD_DESCRIPTIONS its description in
 * zod's global registry (what `z.toJSONSchema` reads), once. Returns the paths that led to no field (none, while the test holds).
 */
export function attachFieldDescriptions(): string[] {
  const lost: string[] = [];
  if (attached) return lost;
  attached = true;
  for (const [schema, metadata] of sharedMetadata()) z.globalRegistry.add(schema, metadata);
  for (const [path, description] of FIELD_DESCRIPTIONS) {
    const schema = schemaAtPath(path);
    if (schema === undefined) lost.push(path);
    else z.globalRegistry.add(schema, { description });
  }
  return lost;
}
