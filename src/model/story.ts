import * as z from 'zod/mini';
import { maxLength, minLength } from './checks.js';
import { CANDIDACY_LIMITS } from './limits.js';
import { field } from './meta.js';
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
  subject: field(TextSchema.check(minLength(1), maxLength(200))),
  kind: field(z.enum(FACT_KINDS)),
  // z.number() already refuses NaN and ±Infinity: JSON has neither, and a finite number is all a fact compares.
  value: field(z.union([z.number(), TextSchema])),
  unit: field(z.optional(TextSchema.check(maxLength(40)))),
  approximate: field(z.optional(z.boolean())),
  corrects: field(z.optional(z.literal(true))),
});

/** One structured, comparable detail of a telling. */
export type Fact = z.output<typeof FactSchema>;

/** A story as told in one round: round 1 is what was said, round 2 what is planned. */
export const TellingSchema = z.strictObject({
  round: field(RoundSchema),
  text: field(TextSchema),
  facts: field(z.optional(z.array(FactSchema).check(maxLength(200)))),
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
  id: field(IdSchema),
  title: field(TextSchema.check(minLength(1), maxLength(300))),
  kind: field(z.enum(['project', 'reason-for-leaving', 'role-interest', 'strength', 'other'])),
  tags: field(z._default(z.array(z.enum(STORY_TAGS)).check(maxLength(STORY_TAGS.length * 2)), [])),
  partnerFunctions: field(z.optional(z.array(TextSchema.check(maxLength(100))).check(maxLength(50)))),
  tellings: field(z._default(z.array(TellingSchema).check(maxLength(CANDIDACY_LIMITS.tellingsPerStory)), [])),
});

/** One of the candidate's stories, with its tellings per round. */
export type Story = z.output<typeof StorySchema>;
