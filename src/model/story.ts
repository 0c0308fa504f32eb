import * as z from 'zod';
import { CANDIDACY_LIMITS } from './limits.js';
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
  subject: TextSchema.min(1).max(200).describe('What the fact is about, e.g. "rebuild duration"'),
  kind: z.enum(FACT_KINDS).describe('The kind of value, which decides how two tellings are compared'),
  value: z
    .union([z.number().refine(Number.isFinite, { message: 'a finite number' }), TextSchema])
    .describe('The value: a number or a text'),
  unit: TextSchema.max(40).optional().describe('The unit of a number, e.g. months, people, USD'),
  approximate: z.boolean().optional().describe('Whether the value was given as roughly'),
  corrects: z
    .literal(true)
    .optional()
    .describe('true when this telling deliberately corrects the earlier round'),
});

/** One structured, comparable detail of a telling. */
export type Fact = z.output<typeof FactSchema>;

/** A story as told in one round: round 1 is what was said, round 2 what is planned. */
export const TellingSchema = z.strictObject({
  round: RoundSchema.describe(
    'The round of this telling; an interview of that round must exist, dated or not',
  ),
  text: TextSchema.describe('The story as told (round 1) or as planned (round 2)'),
  facts: z.array(FactSchema).max(200).optional().describe('Structured details, compared across rounds'),
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
  id: IdSchema.describe('The story id, unique among the stories'),
  title: TextSchema.min(1).max(300).describe('A short name for the story'),
  kind: z
    .enum(['project', 'reason-for-leaving', 'role-interest', 'strength', 'other'])
    .describe('What the story answers'),
  tags: z
    .array(z.enum(STORY_TAGS))
    .max(STORY_TAGS.length * 2)
    .default([])
    .describe('What the story shows, e.g. quantified-outcome, trade-off'),
  partnerFunctions: z
    .array(TextSchema.max(100))
    .max(50)
    .optional()
    .describe('The functions the story shows working with, e.g. Finance, Design'),
  tellings: z
    .array(TellingSchema)
    .max(CANDIDACY_LIMITS.tellingsPerStory)
    .default([])
    .describe('The story per round, at most one telling per round'),
});

/** One of the candidate's stories, with its tellings per round. */
export type Story = z.output<typeof StorySchema>;
