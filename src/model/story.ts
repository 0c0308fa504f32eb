import * as z from 'zod/mini';
import { CANDIDACY_LIMITS } from './limits.js';
import { described } from './meta.js';
import { IdSchema, RoundSchema, TextSchema } from './primitives.js';

/** The kinds of structured fact a telling can carry. */
export const FACT_KINDS = [
  'duration',
  'count',
  'percentage',
  'money',
  'date',
  'title',
  'reason',
  'stance',
] as const;

/** One structured, comparable detail of a telling: "rebuild duration = 14 months". */
export const FactSchema = z.strictObject({
  subject: described(
    TextSchema.check(z.minLength(1), z.maxLength(200)),
    'What the fact is about, e.g. "rebuild duration"',
  ),
  kind: described(z.enum(FACT_KINDS), 'The kind of value, which decides how two tellings are compared'),
  value: described(
    z.union([z.number().check(z.refine(Number.isFinite, { message: 'a finite number' })), TextSchema]),
    'The value: a number or a text',
  ),
  unit: described(
    z.optional(TextSchema.check(z.maxLength(40))),
    'The unit of a number, e.g. months, people, USD',
  ),
  approximate: described(z.optional(z.boolean()), 'Whether the value was given as roughly'),
  corrects: described(
    z.optional(z.literal(true)),
    'true when this telling deliberately corrects the earlier round',
  ),
});

/** One structured, comparable detail of a telling. */
export type Fact = z.output<typeof FactSchema>;

/** A story as told in one round: round 1 is what was said, round 2 what is planned. */
export const TellingSchema = z.strictObject({
  round: described(
    RoundSchema,
    'The round of this telling; an interview of that round must exist, dated or not',
  ),
  text: described(TextSchema, 'The story as told (round 1) or as planned (round 2)'),
  facts: described(
    z.optional(z.array(FactSchema).check(z.maxLength(200))),
    'Structured details, compared across rounds',
  ),
});

/** A story as told in one round. */
export type Telling = z.output<typeof TellingSchema>;

/** The tags that say what a story shows. */
export const STORY_TAGS = [
  'quantified-outcome',
  'trade-off',
  'collaboration',
  'disagreement',
  'credit-sharing',
  'people-development',
  'advocacy',
  'feedback',
  'strategy',
  'first-90-days',
  'partnering',
  'analytical',
  'leadership',
] as const;

/** What a story shows. */
export type StoryTag = (typeof STORY_TAGS)[number];

/** One of the candidate's stories, with its tellings per round. */
export const StorySchema = z.strictObject({
  id: described(IdSchema, 'The story id, unique among the stories'),
  title: described(TextSchema.check(z.minLength(1), z.maxLength(300)), 'A short name for the story'),
  kind: described(
    z.enum(['project', 'reason-for-leaving', 'role-interest', 'strength', 'other']),
    'What the story answers',
  ),
  tags: described(
    z._default(z.array(z.enum(STORY_TAGS)).check(z.maxLength(STORY_TAGS.length * 2)), []),
    'What the story shows, e.g. quantified-outcome, trade-off',
  ),
  partnerFunctions: described(
    z.optional(z.array(TextSchema.check(z.maxLength(100))).check(z.maxLength(50))),
    'The functions the story shows working with, e.g. Finance, Design',
  ),
  tellings: described(
    z._default(z.array(TellingSchema).check(z.maxLength(CANDIDACY_LIMITS.tellingsPerStory)), []),
    'The story per round, at most one telling per round',
  ),
});

/** One of the candidate's stories, with its tellings per round. */
export type Story = z.output<typeof StorySchema>;
