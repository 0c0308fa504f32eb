// Readiness benchmark: the compiled scorer against json-rules-engine on the same pack, in one process.
// Run on built code: `npm run build && node bench/readiness.bench.mjs [count]`
// (or point SECOND_ROUND_ENTRY at another build of src/index.ts).
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const entry = process.env.SECOND_ROUND_ENTRY ?? new URL('../dist/index.js', import.meta.url).href;
const { assessReadiness, createScorer, deriveFacts, parseCandidacy } = await import(
  entry.startsWith('file:') ? entry : pathToFileURL(entry).href
);

const COUNT = Number(process.argv[2] ?? 10_000);
const NOW = '2026-12-02T09:00:00-05:00';

/** A small seeded generator (mulberry32) so every run scores the same candidacies. */
function random(seed) {
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

const next = random(20261202);
const candidacies = [];
while (candidacies.length < COUNT) {
  const parsed = parseCandidacy(dropUndefined(generate(next)));
  if (!parsed.ok) throw new Error(`generated an invalid candidacy: ${JSON.stringify(parsed.issues)}`);
  candidacies.push(parsed.value);
}

const scorer = createScorer();

// Warm up both paths, then compare every output before timing anything.
for (const candidacy of candidacies.slice(0, 200)) {
  scorer.score(candidacy, NOW);
  await assessReadiness(candidacy, { now: NOW });
}
let mismatches = 0;
for (const candidacy of candidacies) {
  const compiled = JSON.stringify(scorer.score(candidacy, NOW));
  const engine = JSON.stringify(await assessReadiness(candidacy, { now: NOW }));
  if (compiled !== engine) mismatches++;
}

function time(label, run) {
  const start = performance.now();
  run();
  const seconds = (performance.now() - start) / 1000;
  return { label, seconds, perSecond: COUNT / seconds };
}

async function timeAsync(label, run) {
  const start = performance.now();
  await run();
  const seconds = (performance.now() - start) / 1000;
  return { label, seconds, perSecond: COUNT / seconds };
}

const facts = time('deriveFacts only', () => {
  for (const candidacy of candidacies) deriveFacts(candidacy, { now: NOW });
});
const compiled = time('createScorer().score', () => {
  for (const candidacy of candidacies) scorer.score(candidacy, NOW);
});
const engine = await timeAsync('assessReadiness (json-rules-engine)', async () => {
  for (const candidacy of candidacies) await assessReadiness(candidacy, { now: NOW });
});

const row = ({ label, seconds, perSecond }) =>
  `${label.padEnd(38)} ${seconds.toFixed(3).padStart(8)} s ${Math.round(perSecond).toLocaleString('en-US').padStart(12)} /s`;
console.log(`readiness bench: ${COUNT.toLocaleString('en-US')} candidacies, node ${process.version}`);
console.log(row(facts));
console.log(row(compiled));
console.log(row(engine));
console.log(`outputs compared: ${COUNT - mismatches} identical, ${mismatches} different`);
console.log(
  `end to end (facts + rules + report): compiled is ${(engine.seconds / compiled.seconds).toFixed(1)}x json-rules-engine`,
);
const compiledRules = Math.max(compiled.seconds - facts.seconds, 1e-9);
const engineRules = engine.seconds - facts.seconds;
console.log(
  `rules + report only (minus deriveFacts): compiled is ${(engineRules / compiledRules).toFixed(1)}x json-rules-engine`,
);
if (mismatches > 0) process.exitCode = 1;
