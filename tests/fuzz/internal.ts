import { assessReadiness } from '../../src/entries/engine.js';
import {
  briefFor,
  buildTimeline,
  type Candidacy,
  checkConsistency,
  compensationBrief,
  createScorer,
  deriveFacts,
  draftThankYous,
  extractClaims,
  lintAnswer,
  lookupJurisdiction,
  parseCandidacy,
  pickQuestions,
  prepare,
  prepareSync,
  renderMarkdown,
  toICalendar,
} from '../../src/index.js';

/** Freezes a value and everything reachable from it; returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze(Reflect.get(value, key));
  }
  return value;
}

const scorer = createScorer();

/** One call of a public function on a candidacy at a moment; async ones are awaited by the caller. */
export interface PublicCall {
  readonly name: string;
  readonly run: (candidacy: Candidacy, now: string, input: unknown) => unknown;
}

function interviewIds(candidacy: Candidacy): string[] {
  return candidacy.interviews.map((interview) => interview.id);
}

function tellingTexts(candidacy: Candidacy): string[] {
  return candidacy.stories.flatMap((story) => story.tellings.map((telling) => telling.text));
}

/** Every public function that reads a candidacy (or parts of one), called the way a host would. */
export const PUBLIC_CALLS: readonly PublicCall[] = [
  { name: 'parseCandidacy', run: (_, __, input) => parseCandidacy(input) },
  { name: 'checkConsistency', run: (candidacy) => checkConsistency(candidacy) },
  { name: 'extractClaims', run: (candidacy) => tellingTexts(candidacy).map((text) => extractClaims(text)) },
  {
    name: 'pickQuestions',
    run: (candidacy) =>
      interviewIds(candidacy).map((interviewId) => pickQuestions(candidacy, { interviewId })),
  },
  { name: 'briefFor', run: (candidacy) => interviewIds(candidacy).map((id) => briefFor(candidacy, id)) },
  {
    name: 'lintAnswer',
    run: (candidacy) =>
      tellingTexts(candidacy).flatMap((text) =>
        candidacy.interviews.flatMap((interview) =>
          interview.interviewers.map((person) => lintAnswer(text, person.audience)),
        ),
      ),
  },
  {
    name: 'draftThankYous',
    run: (candidacy) => interviewIds(candidacy).map((id) => draftThankYous(candidacy, id)),
  },
  { name: 'buildTimeline', run: (candidacy, now) => buildTimeline(candidacy, { now }) },
  { name: 'toICalendar', run: (candidacy, now) => toICalendar(buildTimeline(candidacy, { now })) },
  { name: 'compensationBrief', run: (candidacy, now) => compensationBrief(candidacy, { now }) },
  {
    name: 'lookupJurisdiction',
    run: (candidacy, now) => lookupJurisdiction(candidacy.candidate.jurisdiction, now),
  },
  { name: 'deriveFacts', run: (candidacy, now) => deriveFacts(candidacy, { now }) },
  { name: 'assessReadiness', run: (candidacy, now) => assessReadiness(candidacy, { now }) },
  { name: 'createScorer().score', run: (candidacy, now) => scorer.score(candidacy, now) },
  { name: 'prepare', run: (candidacy, now) => prepare(candidacy, { now }) },
  { name: 'prepareSync', run: (candidacy, now) => prepareSync(candidacy, { now }) },
  { name: 'renderMarkdown', run: (candidacy, now) => renderMarkdown(prepareSync(candidacy, { now })) },
];

/** The default scorer the fuzzers share. */
export function scoreOf(candidacy: Candidacy, now: string) {
  return scorer.score(candidacy, now);
}

/** A deterministic shuffle driven by a seed (a small linear congruential generator). */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0 || 1;
  for (let index = copy.length - 1; index > 0; index--) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** Sorted JSON texts of a list: compares two lists as multisets. */
export function asSet(items: readonly unknown[]): string[] {
  return items.map((item) => JSON.stringify(item)).sort();
}
