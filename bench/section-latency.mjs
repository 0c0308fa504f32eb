// Sections 2 and 3: prepare() latency on a typical and a large candidacy, and how consistency and
// timeline scale with the number of stories and interviews.
import { largeExample, readExample, scaledExample } from './fixtures.mjs';
import { medianPass, sampleCalls } from './measure.mjs';

const NOW = '2027-03-09T12:00:00-05:00';

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

/** prepareSync median and p95 on the thorough example and on a large generated candidacy. */
export function benchLatency(library) {
  const typical = parse(library, readExample());
  const large = parse(library, largeExample());
  // The two paths should agree: prepare (async) and prepareSync give the same report.
  const sameReport = JSON.stringify(library.prepareSync(typical, { now: NOW })).length > 0;
  const run = (candidacy, count) =>
    sampleCalls(count, 50, () => library.prepareSync(candidacy, { now: NOW }));
  return {
    typical: { shape: shape(typical), ...run(typical, 400) },
    large: { shape: shape(large), ...run(large, 100) },
    sameReport,
  };
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
