// Sections 2 and 3: prepare latency (thorough example, a typical generated candidacy, a large one), a
// recompute after one edited field, and how consistency and timeline scale with stories and interviews.
// Method (issue 21): each path is timed alone, after ≥ 1,000 warm-up calls of prepare.
import { largeExample, readExample, scaledExample } from './fixtures.mjs';
import { generateCandidacies } from './generate-candidacies.mjs';
import { medianPass, sampleCalls } from './measure.mjs';

const NOW = '2027-03-09T12:00:00-05:00';
const WARM_UP = 1000;

function parse(library, input) {
  const parsed = library.parseCandidacy(input);
  if (!parsed.ok)
    throw new Error(`bench candidacy is invalid: ${JSON.stringify(parsed.issues).slice(0, 400)}`);
  return parsed.value;
}

function shape(candidacy) {
  const people = new Set(
    candidacy.interviews.flatMap((interview) => (interview.interviewers ?? []).map((p) => p.id)),
  );
  return {
    rounds: new Set(candidacy.interviews.map((interview) => interview.round)).size,
    interviews: candidacy.interviews.length,
    interviewers: people.size,
    stories: candidacy.stories.length,
  };
}

/** The generated candidacy of median size (stories × tellings), as the bench's "typical" one. */
function typicalGenerated(library) {
  const batch = generateCandidacies(201, library.parseCandidacy);
  const size = (candidacy) => candidacy.stories.reduce((sum, story) => sum + story.tellings.length, 0);
  return [...batch].sort((a, b) => size(a) - size(b))[100];
}

function makePreparer(library, config) {
  const made = library.createPreparer(config);
  if (!made.ok) throw new Error(`bench preparer config rejected: ${JSON.stringify(made.issues)}`);
  return made.value;
}

/** One field edited: the candidate's name (outside the stories) or one telling's text. */
function edited(candidacy, index, where) {
  if (where === 'name')
    return { ...candidacy, candidate: { ...candidacy.candidate, name: `Candidate ${index}` } };
  const [first, ...rest] = candidacy.stories;
  const [telling, ...others] = first.tellings;
  const story = { ...first, tellings: [{ ...telling, text: `${telling.text} (${index})` }, ...others] };
  return { ...candidacy, stories: [story, ...rest] };
}

/**
 * prepare median and p95 (CPU ms) on the thorough example, a typical generated candidacy and a large one,
 * through prepareSync and through a preparer; then a recompute after one edited field, with and without
 * the preparer's consistency cache.
 */
export function benchLatency(library, { quick = false } = {}) {
  const thorough = parse(library, readExample());
  const typical = typicalGenerated(library);
  const large = parse(library, largeExample());
  const preparer = makePreparer(library, {});
  const cached = makePreparer(library, { cache: { consistency: true, maxEntries: 64 } });
  const warm = quick ? 100 : WARM_UP;
  const samples = quick ? 50 : 400;
  for (let index = 0; index < warm; index++) library.prepareSync(thorough, { now: NOW });

  const run = (prepare, candidacy, count) => sampleCalls(count, 20, () => prepare(candidacy, { now: NOW }));
  const viaPrepareSync = (candidacy, options) => library.prepareSync(candidacy, options);
  const viaPreparer = (candidacy, options) => preparer.prepare(candidacy, options);
  const result = {
    method: `${warm} warm-up calls, then ${samples} timed calls per figure (${Math.round(samples / 4)} for large), CPU time`,
    thorough: { shape: shape(thorough), ...run(viaPrepareSync, thorough, samples) },
    typical: { shape: shape(typical), ...run(viaPrepareSync, typical, samples) },
    large: { shape: shape(large), ...run(viaPrepareSync, large, Math.round(samples / 4)) },
    preparer: {
      thorough: run(viaPreparer, thorough, samples),
      typical: run(viaPreparer, typical, samples),
    },
  };

  // Recompute after one edited field: each call sees a fresh edit of the thorough example.
  const recompute = (target, where) => {
    let index = 0;
    const sample = () => target.prepare(edited(thorough, index++, where), { now: NOW });
    return sampleCalls(samples, 20, sample);
  };
  result.recompute = {
    nameEdit: { uncached: recompute(preparer, 'name'), cached: recompute(cached, 'name') },
    tellingEdit: { uncached: recompute(preparer, 'telling'), cached: recompute(cached, 'telling') },
  };
  return result;
}

/** checkConsistency and buildTimeline at 1x, 2x, 5x and 10x the thorough example's stories and interviews. */
export function benchScaling(library) {
  const factors = [1, 2, 5, 10];
  const points = factors.map((factor) => {
    const candidacy = parse(library, scaledExample(factor));
    const passes = Math.max(5, Math.round(60 / factor));
    const consistencyMs =
      medianPass(passes, () => {
        for (let index = 0; index < 10; index++) library.checkConsistency(candidacy);
      }) / 10;
    const timelineMs =
      medianPass(passes, () => {
        for (let index = 0; index < 10; index++) library.buildTimeline(candidacy, { now: NOW });
      }) / 10;
    return { factor, ...shape(candidacy), consistencyMs, timelineMs };
  });
  const last = points.at(-1);
  return {
    points,
    consistencyRatio: last.consistencyMs / points[0].consistencyMs,
    timelineRatio: last.timelineMs / points[0].timelineMs,
  };
}
