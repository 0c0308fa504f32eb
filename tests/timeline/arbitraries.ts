import fc from 'fast-check';
import {
  AUDIENCES,
  type Candidacy,
  type CandidacyInput,
  INTERVIEW_FORMATS,
  parseCandidacy,
} from '../../src/index.js';

/** Zones with northern, southern, half-hour and no DST, so random dates cross every kind of change. */
export const ZONES = [
  'UTC',
  'America/New_York',
  'America/Los_Angeles',
  'Europe/Berlin',
  'Europe/London',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Pacific/Auckland',
  'America/Sao_Paulo',
] as const;

const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2028, 11, 31);
const QUARTER_HOUR = 15 * 60_000;

/** DST changes of 2027 (New York, Berlin and London, Sydney, Auckland), where wall clocks skip or repeat. */
const TRANSITIONS = [
  Date.UTC(2027, 2, 14, 7),
  Date.UTC(2027, 10, 7, 6),
  Date.UTC(2027, 2, 28, 1),
  Date.UTC(2027, 9, 31, 1),
  Date.UTC(2027, 3, 3, 16),
  Date.UTC(2027, 9, 2, 16),
  Date.UTC(2027, 8, 25, 14),
];

const quarterNearTransition = fc
  .tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -12, max: 12 }))
  .map(([transition, quarters]) => transition / QUARTER_HOUR + quarters);

/** An instant on a quarter hour between 2026 and 2028 (often near a DST change), with `Z` or a fixed offset. */
export const isoInstant = fc
  .tuple(
    fc.oneof(fc.integer({ min: FROM / QUARTER_HOUR, max: TO / QUARTER_HOUR }), quarterNearTransition),
    fc.constantFrom(0, -300, 60, 330, 600),
  )
  .map(([quarters, offset]) => {
    const instant = quarters * QUARTER_HOUR;
    if (offset === 0) return new Date(instant).toISOString().replace('.000Z', 'Z');
    const shifted = new Date(instant + offset * 60_000).toISOString().slice(0, 19);
    const sign = offset < 0 ? '-' : '+';
    const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
    const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
    return `${shifted}${sign}${hours}:${minutes}`;
  });

const plainDate = fc
  .integer({ min: FROM / 86_400_000, max: TO / 86_400_000 })
  .map((days) => new Date(days * 86_400_000).toISOString().slice(0, 10));

const interviewer = (id: string) =>
  fc.record({
    id: fc.constant(id),
    name: fc.string({ minLength: 1, maxLength: 30 }),
    audience: fc.constantFrom(...AUDIENCES),
  });

const interview = (index: number) =>
  fc
    .record(
      {
        round: fc.integer({ min: 1, max: 3 }),
        scheduledAt: isoInstant,
        durationMinutes: fc.integer({ min: 15, max: 480 }),
        timeZone: fc.constantFrom(...ZONES),
        medium: fc.constantFrom('video' as const, 'in-person' as const, 'phone' as const),
        platform: fc.constantFrom('zoom', 'coderpad', 'teams; with, punctuation'),
        formats: fc.uniqueArray(fc.constantFrom(...INTERVIEW_FORMATS), { minLength: 1, maxLength: 3 }),
        interviewers: fc
          .integer({ min: 0, max: 3 })
          .chain((count) =>
            fc.tuple(...Array.from({ length: count }, (_, person) => interviewer(`iv-${index}-${person}`))),
          ),
        decisionExpectedBy: fc.oneof(plainDate, isoInstant),
        takeHome: fc.record({
          assignedAt: fc.constant('2026-06-01T09:00:00Z'),
          dueAt: isoInstant.filter((value) => Date.parse(value) > Date.parse('2026-06-01T09:00:00Z')),
          timeboxHours: fc.integer({ min: 1, max: 12 }),
        }),
        presentation: fc.record({
          slotMinutes: fc.integer({ min: 5, max: 60 }),
          rehearsals: fc.array(fc.record({ at: isoInstant, minutes: fc.integer({ min: 5, max: 60 }) }), {
            maxLength: 3,
          }),
        }),
      },
      { requiredKeys: ['round', 'scheduledAt', 'durationMinutes', 'medium', 'formats', 'interviewers'] },
    )
    .map((fields) => ({ id: `i${index}`, ...fields }));

const offer = fc.record(
  {
    company: fc.constantFrom('Target Co', 'target co', 'Globex', 'Initech'),
    status: fc.constantFrom(
      'expected' as const,
      'received' as const,
      'accepted' as const,
      'declined' as const,
    ),
    expectedBy: fc.oneof(plainDate, isoInstant),
    deadline: fc.oneof(plainDate, isoInstant),
  },
  { requiredKeys: ['company', 'status'] },
);

/** A random candidacy input that parses: 1–4 interviews, random prep, offers and zones. */
export const candidacyInput: fc.Arbitrary<CandidacyInput> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    interviews: fc
      .integer({ min: 1, max: 4 })
      .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => interview(index)))),
    offers: fc.array(offer, { maxLength: 3 }),
    prep: fc.record(
      {
        checklistRunAt: isoInstant,
        setupTestedAt: isoInstant,
        platformTestedAt: isoInstant,
        routePlannedAt: isoInstant,
        followUpSentAt: isoInstant,
        outcomePlans: fc.record({ ifOffer: fc.string(), ifRejected: fc.string() }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    ),
    thanked: fc.array(fc.tuple(fc.nat(), isoInstant), { maxLength: 4 }),
  })
  .map(({ timeZone, interviews, offers, prep, thanked }) => {
    const ids = interviews.flatMap((each) => each.interviewers.map((person) => person.id));
    const thankYouSent =
      ids.length === 0
        ? []
        : thanked.map(([pick, at]) => ({ interviewerId: ids[pick % ids.length] ?? '', at }));
    return {
      schemaVersion: 1 as const,
      candidate: {
        name: 'Random Candidate',
        timeZone,
        targetRole: { title: 'Engineer', company: 'Target Co', managesPeople: false },
      },
      interviews,
      stories: [],
      pipeline: { otherProcesses: [], offers },
      prep: { ...prep, thankYouSent },
    };
  });

/** A random candidacy, parsed; inputs the model rejects are filtered out. */
export const candidacy: fc.Arbitrary<Candidacy> = candidacyInput
  .chain((input) => {
    const result = parseCandidacy(input);
    return result.ok ? fc.constant(result.value) : fc.constant(undefined);
  })
  .filter((value): value is Candidacy => value !== undefined);
