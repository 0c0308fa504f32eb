// Section 1: the compiled scorer against json-rules-engine and against the hand-written floor; each path
// timed alone, so one path's garbage (10,000 engine reports) does not slow the next (issue 21).
import { generateCandidacies } from './generate-candidacies.mjs';
import { handWrittenStatuses } from './hand-written-rules.mjs';
import { loadInternals } from './internals.mjs';
import { medianPass, medianPassAsync } from './measure.mjs';

const NOW = '2026-12-02T09:00:00-05:00';

/** Rules only (facts derived once, up front) and end to end (candidacy in, readiness report out). */
export async function benchReadiness(library, count) {
  const internals = await loadInternals();
  const candidacies = generateCandidacies(count, library.parseCandidacy);
  const facts = candidacies.map((candidacy) => internals.deriveFacts(candidacy, { now: NOW }));
  const compiled = internals.compilePack(internals.defaultRulePack);
  const pack = internals.defaultRulePack;

  // The compiled predicates and the floor are timed first, before json-rules-engine's outcomes are held.
  let sink = 0;
  const compiledMs = medianPass(21, () => {
    for (const record of facts) sink += compiled.statuses(record).length;
  });
  const floorMs = medianPass(21, () => {
    for (const record of facts) sink += handWrittenStatuses(record).length;
  });

  // json-rules-engine is timed once (it takes seconds); its outcomes are kept and compared afterwards.
  const engineOutcomes = new Array(facts.length);
  const engineMs = await medianPassAsync(1, async () => {
    for (let index = 0; index < facts.length; index++)
      engineOutcomes[index] = await internals.evaluateWithEngine(pack, facts[index]);
  });
  // Outcomes of all three paths, rule by rule.
  let ruleMismatches = 0;
  const statusCounts = { passed: 0, failed: 0, pending: 0, 'not-applicable': 0 };
  for (let record = 0; record < facts.length; record++) {
    const fast = compiled.statuses(facts[record]);
    const floor = handWrittenStatuses(facts[record]);
    const engine = engineOutcomes[record].map(internals.statusOf);
    if (floor.length !== fast.length || engine.length !== fast.length) ruleMismatches++;
    for (let index = 0; index < fast.length; index++) {
      statusCounts[fast[index]]++;
      if (fast[index] !== floor[index] || fast[index] !== engine[index]) ruleMismatches++;
    }
  }

  // End to end on the built package. Each path is timed alone (issue 21): score() and deriveFacts first,
  // with nothing else held in memory, then assessReadiness (json-rules-engine) chunk by chunk, each chunk's
  // reports compared with score() and dropped before the next, outside the timed part.
  engineOutcomes.length = 0;
  const scorer = library.createScorer();
  for (let index = 0; index < 1000; index++) scorer.score(candidacies[index % candidacies.length], NOW);
  const scoreMs = medianPass(5, () => {
    for (const candidacy of candidacies) sink += scorer.score(candidacy, NOW).score;
  });
  const deriveMs = medianPass(5, () => {
    for (const candidacy of candidacies) sink += library.deriveFacts(candidacy, { now: NOW }) ? 1 : 0;
  });
  let reportMismatches = 0;
  let assessMs = 0;
  const CHUNK = 500;
  for (let from = 0; from < candidacies.length; from += CHUNK) {
    const chunk = candidacies.slice(from, from + CHUNK);
    const reports = new Array(chunk.length);
    assessMs += await medianPassAsync(1, async () => {
      for (let index = 0; index < chunk.length; index++)
        reports[index] = await library.assessReadiness(chunk[index], { now: NOW });
    });
    for (let index = 0; index < chunk.length; index++) {
      if (JSON.stringify(scorer.score(chunk[index], NOW)) !== JSON.stringify(reports[index]))
        reportMismatches++;
    }
  }
  return {
    count,
    rules: pack.rules.length,
    sink: Number.isFinite(sink),
    statusCounts,
    ruleMismatches,
    reportMismatches,
    rulesOnly: {
      compiledMs,
      floorMs,
      engineMs,
      compiledVsEngine: engineMs / compiledMs,
      compiledVsFloor: compiledMs / floorMs,
    },
    endToEnd: {
      scoreMs,
      deriveFactsMs: deriveMs,
      assessMs,
      compiledVsEngine: assessMs / scoreMs,
      floorMs: deriveMs + floorMs,
      compiledVsFloor: scoreMs / (deriveMs + floorMs),
    },
  };
}
