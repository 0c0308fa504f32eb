import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  CandidacySchema,
  type Issue,
  LawRowSchema,
  parseCandidacy,
  parseRulePack,
  QuestionSchema,
} from '../../src/index.js';
import { minimalCandidacy } from '../fixtures/minimal.js';

// The exported schemas are zod/mini schemas (docs/data-model.md, "The exported schemas"): they work with
// zod/mini's functions and inside classic schemas, and the library's own messages never come from zod's locale.

function withChange(change: (candidacy: Record<string, unknown>) => void): unknown {
  const candidacy = minimalCandidacy() as unknown as Record<string, unknown>;
  change(candidacy);
  return candidacy;
}

// One bad value per kind of zod issue that parseCandidacy turns into words.
const BAD_INPUTS: readonly [string, unknown][] = [
  ['a missing field', withChange((c) => delete c.candidate)],
  ['a wrong type', withChange((c) => (c.interviews = 'r1'))],
  ['an empty name', withChange((c) => ((c.candidate as Record<string, unknown>).name = ''))],
  ['a round of 21', withChange((c) => ((c.interviews as Record<string, unknown>[])[0]!.round = 21))],
  ['a round of 1.5', withChange((c) => ((c.interviews as Record<string, unknown>[])[0]!.round = 1.5))],
  [
    'a medium outside the enum',
    withChange((c) => ((c.interviews as Record<string, unknown>[])[0]!.medium = 'zoom')),
  ],
  ['an unknown key', withChange((c) => (c.candidat = {}))],
  [
    'a date-time without a time',
    withChange((c) => ((c.interviews as Record<string, unknown>[])[0]!.scheduledAt = '2027-02-24')),
  ],
  [
    'a zone misspelt',
    withChange((c) => ((c.candidate as Record<string, unknown>).timeZone = 'America/New_Yrok')),
  ],
  ['an unknown state', withChange((c) => ((c.candidate as Record<string, unknown>).jurisdiction = 'US-XX'))],
  ['schema version 2', withChange((c) => (c.schemaVersion = 2))],
];

function issuesOf(input: unknown): readonly Issue[] {
  const result = parseCandidacy(input);
  return result.ok ? [] : result.issues;
}

describe('the exported schemas (zod/mini)', () => {
  afterEach(() => {
    z.config({ localeError: undefined, customError: undefined });
  });

  it('validate through zod/mini functions as through their own safeParse', () => {
    const valid = minimalCandidacy();
    expect(z.safeParse(CandidacySchema, valid).success).toBe(true);
    expect(CandidacySchema.safeParse(valid).success).toBe(true);
    expect(z.safeParse(CandidacySchema, { ...valid, extra: 1 }).success).toBe(false);
  });

  it('extend with z.extend, keeping the defaults and the strictness', () => {
    const Noted = z.extend(QuestionSchema, { note: z.optional(z.string()) });
    const parsed = Noted.safeParse({
      id: 'q1',
      text: 'What does success look like?',
      note: 'ask the manager',
    });
    expect(parsed.success && parsed.data).toEqual({
      id: 'q1',
      text: 'What does success look like?',
      note: 'ask the manager',
      audiences: [],
    });
    expect(Noted.safeParse({ id: 'q1', text: 'Why?', notes: 'typo' }).success).toBe(false);
  });

  it('nest inside classic zod schemas', async () => {
    const classic = await import('zod');
    const Envelope = classic.z.object({ candidacy: CandidacySchema, vendor: classic.z.string() });
    const parsed = Envelope.safeParse({ candidacy: minimalCandidacy(), vendor: 'acme' });
    expect(parsed.success).toBe(true);
    // The mini schema does inside the classic one what it does alone, defaults included.
    expect(parsed.success && parsed.data.candidacy).toEqual(z.parse(CandidacySchema, minimalCandidacy()));
    expect(LawRowSchema.safeParse({}).success).toBe(false);
  });

  it.each(BAD_INPUTS)('write their own message for %s, whatever locale zod is set to', (_, input) => {
    const plain = issuesOf(input);
    expect(plain.length).toBeGreaterThan(0);
    z.config(z.locales.en());
    expect(issuesOf(input)).toEqual(plain);
    z.config({ localeError: () => 'LOCALE MESSAGE', customError: () => 'CUSTOM MESSAGE' });
    const customised = issuesOf(input);
    expect(customised).toEqual(plain);
    expect(JSON.stringify(customised)).not.toMatch(/LOCALE MESSAGE|CUSTOM MESSAGE/);
  });

  it('leave parseRulePack messages untouched by a custom zod error map too', () => {
    const pack = { id: 'p', version: '1', rules: [{ id: 'Bad Id', dimension: 'x', weight: 0 }] };
    const plain = parseRulePack(pack);
    z.config({ localeError: () => 'LOCALE MESSAGE', customError: () => 'CUSTOM MESSAGE' });
    expect(parseRulePack(pack)).toEqual(plain);
    expect(JSON.stringify(plain)).not.toMatch(/LOCALE MESSAGE|CUSTOM MESSAGE|Invalid input/);
  });
});
