import * as z from 'zod';
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
  subject: TextSchema.min(1).max(200),
  kind: z.enum(FACT_KINDS),
  value: z.union([z.number().refine(Number.isFinite, { message: 'a finite number' }), TextSchema]),
  unit: TextSchema.max(40).optional(),
  approximate: z.boolean().optional(),
  corrects: z.literal(true).optional(),
});

/** One structured, comparable detail of a telling. */
export type Fact = z.output<typeof FactSchema>;

/** A story as told in one round: round 1 is what was said, round 2 what is planned. */
export const TellingSchema = z.strictObject({
  round: RoundSchema,
  text: TextSchema,
  facts: z.array(FactSchema).max(200).optional(),
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
  id: IdSchema,
  title: TextSchema.min(1).max(300),
  kind: z.enum(['project', 'reason-for-leaving', 'role-interest', 'strength', 'other']),
  tags: z
    .array(z.enum(STORY_TAGS))
    .max(STORY_TAGS.length * 2)
    .default([]),
  partnerFunctions: z.array(TextSchema.max(100)).max(50).optional(),
  tellings: z.array(TellingSchema).max(50).default([]),
});

/** One of the candidate's stories, with its tellings per round. */
export type Story = z.output<typeof StorySchema>;
