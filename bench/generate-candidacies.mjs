// Seeded candidacy generator shared by the readiness benchmarks.

/** A small seeded generator (mulberry32) so every run scores the same candidacies. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const AUDIENCES = [
  'recruiter',
  'hiring-manager',
  'peer',
  'direct-report',
  'senior-leadership',
  'cross-functional',
];
const FORMATS = [
  'conversation',
  'case-study',
  'take-home',
  'presentation',
  'technical',
  'role-play',
  'shadow-day',
];
const TAGS = [
  'quantified-outcome',
  'trade-off',
  'collaboration',
  'disagreement',
  'people-development',
  'strategy',
  'partnering',
];
const TIMES = ['2026-11-20T10:00:00-05:00', '2026-12-01T18:00:00-05:00', '2026-12-02T08:00:00-05:00'];

function generate(next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const maybe = (value) => (next() < 0.6 ? value : undefined);
  const interviewers = Array.from({ length: 1 + Math.floor(next() * 5) }, (_, index) => ({
    id: `i${index}`,
    name: `Person ${index}`,
    audience: pick(AUDIENCES),
    function: maybe('sales'),
    tenureMonths: maybe(Math.floor(next() * 100)),
    research: maybe({
      background: 'Product lead',
      commonGround: ['Same school'],
      recentActivity: maybe(['A talk']),
      plannedReferences: next() < 0.7 ? ['The talk'] : ['The talk', 'The school'],
      companyNews: maybe(['Series C']),
    }),
  }));
  const stories = Array.from({ length: Math.floor(next() * 5) }, (_, index) => ({
    id: `s${index}`,
    title: `Story ${index}`,
    kind: pick(['project', 'reason-for-leaving', 'strength']),
    tags: TAGS.filter(() => next() < 0.3),
    partnerFunctions: maybe(['Sales']),
    tellings: [
      {
        round: 1,
        text: 'I led the rebuild over 14 months.',
        facts: [{ subject: 'duration', kind: 'duration', value: 14 }],
      },
      {
        round: 2,
        text:
          next() < 0.3
            ? 'I led the rebuild over 14 months.'
            : 'We chose to freeze features instead of two stacks; incidents fell 40%.',
        facts: [{ subject: 'duration', kind: 'duration', value: next() < 0.2 ? 18 : 14 }],
      },
    ],
  }));
  return {
    schemaVersion: 1,
    candidate: {
      name: 'Bench Candidate',
      timeZone: 'America/New_York',
      jurisdiction: pick(['US-CA', 'US-NY', undefined]),
      targetRole: { title: 'Lead', company: 'Acme', managesPeople: next() < 0.5 },
    },
    interviews: [
      { id: 'r1', round: 1, scheduledAt: '2026-11-20T10:00:00-05:00', durationMinutes: 45, medium: 'video' },
      {
        id: 'r2',
        round: 2,
        scheduledAt: '2026-12-03T14:00:00-05:00',
        durationMinutes: 120,
        medium: pick(['video', 'in-person']),
        formats: FORMATS.filter(() => next() < 0.3),
        interviewers,
      },
    ],
    stories,
    questions: Array.from({ length: Math.floor(next() * 8) }, (_, index) => ({
      id: `q${index}`,
      text: `Question ${index}?`,
      audiences: AUDIENCES.filter(() => next() < 0.4),
    })),
    concerns: maybe([
      {
        id: 'c',
        raisedInRound: 1,
        topic: 'x',
        plan: maybe({ action: 'revisit', timing: pick(['early', 'late']) }),
      },
    ]),
    compensation: maybe({
      range: { min: 100000, max: 100000 + Math.floor(next() * 3) * 20000, currency: 'USD', basis: 'total' },
      researched: next() < 0.7,
      discloseCurrentSalary: next() < 0.2,
      walkAway: maybe(90000),
      noticePeriodWeeks: maybe(Math.floor(next() * 10)),
      relocation: pick(['yes', 'no', 'open-in-principle', undefined]),
      workMode: maybe('hybrid'),
    }),
    pipeline: {
      otherProcesses: next() < 0.5 ? [{ company: 'Globex', stage: 'interviewing' }] : [],
      offers: [],
    },
    prep: {
      roundOneNotesReviewedAt: maybe(pick(TIMES)),
      checklistRunAt: maybe(pick(TIMES)),
      setupTestedAt: maybe(pick(TIMES)),
      platformTestedAt: maybe(pick(TIMES)),
      thankYouDraftedAt: maybe(pick(TIMES)),
      outcomePlans: { ifOffer: maybe('Negotiate'), ifRejected: maybe('Thank them') },
    },
  };
}

function dropUndefined(value) {
  return JSON.parse(JSON.stringify(value));
}

/**
 * Generates `count` valid candidacies from a fixed seed, parsed with the given parseCandidacy.
 *
 * @param count - How many to generate.
 * @param parseCandidacy - The library's parser (from whichever build is being measured).
 * @returns The parsed candidacies.
 */
export function generateCandidacies(count, parseCandidacy) {
  const next = random(20261202);
  const candidacies = [];
  while (candidacies.length < count) {
    const parsed = parseCandidacy(dropUndefined(generate(next)));
    if (!parsed.ok) throw new Error(`generated an invalid candidacy: ${JSON.stringify(parsed.issues)}`);
    candidacies.push(parsed.value);
  }
  return candidacies;
}
