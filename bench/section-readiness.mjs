// Section 1: the compiled scorer against json-rules-engine and against the hand-written floor.
import { generateCandidacies } from './generate-candidacies.mjs';
import { handWrittenStatuses } from './hand-written-rules.mjs';
import { loadInternals } from './internals.mjs';
import { medianPass, medianPassAsync } from './measure.mjs';

const NOW = '2026-12-02T09:00:00-05:00';
const statusOf = (outcome) => (!outcome.applicable ? 'not-applicable' : outcome.passed ? 'passed' : 'failed');

/** Rules only (facts derived once, up front) and end to end (candidacy in, readiness report out). */
export async function benchReadiness(library, count) {
  const internals = await loadInternals();
  const candidacies = generateCandidacies(count, library.parseCandidacy);
  const facts = candidacies.map((candidacy) => internals.deriveFacts(candidacy, { now: NOW }));
  const compiled = internals.compilePack(internals.defaultRulePack);
  const pack = internals.defaultRulePack;

  // json-rules-engine is timed once (it takes seconds); its outcomes are kept and compared afterwards.
  let sink = 0;
  const engineOutcomes = new Array(facts.length);
  const engineMs = await medianPassAsync(1, async () => {
    for (let index = 0; index < facts.length; index++)
      engineOutcomes[index] = await internals.evaluateWithEngine(pack, facts[index]);
  });
  const compiledMs = medianPass(21, () => {
    for (const record of facts) sink += compiled.statuses(record).length;
  });
  const floorMs = medianPass(21, () => {
    for (const record of facts) sink += handWrittenStatuses(record).length;
  });

  // Outcomes of all three paths, rule by rule.
  let ruleMismatches = 0;
  const statusCounts = { passed: 0, failed: 0, 'not-applicable': 0 };
  for (let record = 0; record < facts.length; record++) {
    const fast = compiled.statuses(facts[record]);
    const floor = handWrittenStatuses(facts[record]);
    const engine = engineOutcomes[record].map(statusOf);
    if (floor.length !== fast.length || engine.length !== fast.length) ruleMismatches++;
    for (let index = 0; index < fast.length; index++) {
      statusCounts[fast[index]]++;
      if (fast[index] !== floor[index] || fast[index] !== engine[index]) ruleMismatches++;
    }
  }

  // End to end on the built package: compiled scorer against assessReadiness (json-rules-engine).
  const scorer = library.createScorer();
  const engineReports = new Array(candidacies.length);
  const assessMs = await medianPassAsync(1, async () => {
    for (let index = 0; index < candidacies.length; index++)
      engineReports[index] = await library.assessReadiness(candidacies[index], { now: NOW });
  });
  const scoreMs = medianPass(5, () => {
    for (const candidacy of candidacies) sink += scorer.score(candidacy, NOW).score;
  });
  const deriveMs = medianPass(5, () => {
    for (const candidacy of candidacies) sink += library.deriveFacts(candidacy, { now: NOW }) ? 1 : 0;
  });
  let reportMismatches = 0;
  for (let index = 0; index < candidacies.length; index++) {
    if (JSON.stringify(scorer.score(candidacies[index], NOW)) !== JSON.stringify(engineReports[index]))
      reportMismatches++;
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
