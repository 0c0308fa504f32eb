import {
  type Candidacy,
  type Claim,
  type ConsistencyLexicon,
  type ConsistencyReport,
  checkConsistency,
  type Fact,
  parseCandidacy,
  type Story,
} from '../../src/index.js';

/** A minimal valid candidacy around the given stories, for tests. */
export function candidacyWith(stories: readonly unknown[]): Candidacy {
  const result = parseCandidacy({
    schemaVersion: 1,
    candidate: {
      name: 'Robin Test',
      timeZone: 'Europe/Berlin',
      targetRole: { title: 'Engineering Manager', company: 'Acme', managesPeople: true },
    },
    interviews: [
      { id: 'i1', round: 1, scheduledAt: '2026-11-20T10:00:00+01:00', durationMinutes: 45, medium: 'video' },
      { id: 'i2', round: 2, scheduledAt: '2026-12-03T10:00:00+01:00', durationMinutes: 60, medium: 'video' },
    ],
    stories,
  });
  if (!result.ok)
    throw new Error(
      `fixture candidacy is invalid: ${result.issues.map((issue) => issue.message).join('; ')}`,
    );
  return result.value;
}

/** A story told in round one and planned for round two. */
export function storyOf(id: string, roundOne: string, roundTwo: string, extra: Partial<Story> = {}): unknown {
  return {
    id,
    title: `Story ${id}`,
    kind: 'project',
    tags: [],
    tellings: [
      { round: 1, text: roundOne },
      { round: 2, text: roundTwo },
    ],
    ...extra,
  };
}

/** One corpus case. */
export interface CorpusCase {
  readonly id: string;
  readonly note?: string;
  readonly roundOne: string;
  readonly roundTwo: string;
  readonly expected: readonly { readonly attribute: string; readonly kind: string }[];
}

/** Harness semantics: every expected item with exactly its kind; any other non-consistent finding is a false alarm. */
export function problemsOf(testCase: CorpusCase, report: ConsistencyReport): string[] {
  const problems: string[] = [];
  for (const expected of testCase.expected) {
    const found = report.findings.filter((finding) => finding.attribute === expected.attribute);
    if (!found.some((finding) => finding.kind === expected.kind)) {
      problems.push(
        `expected ${expected.attribute} = ${expected.kind}, got ${found.map((finding) => finding.kind).join(', ') || 'nothing'}`,
      );
    }
  }
  for (const finding of report.findings) {
    if (finding.kind === 'consistent') continue;
    const wanted = testCase.expected.some(
      (expected) => expected.attribute === finding.attribute && expected.kind === finding.kind,
    );
    if (!wanted) problems.push(`false alarm ${finding.attribute} = ${finding.kind}: ${finding.why}`);
  }
  return problems;
}

/** A fact that yields no claim (no title word in it), to stand at the indexes before the fact under test. */
const noClaimFact = { subject: 'nickname', kind: 'title', value: 'Ninja' } as const;

/**
 * The claim one structured fact becomes, read through the public checkConsistency: a story `story-1` told
 * once, in `round`, with `text` and the fact at `index` (earlier indexes hold facts that yield no claim), so
 * the claim is left unpaired in `unverified`. Undefined when the fact yields no claim; throws on more than one.
 */
export function factClaim(
  fact: Fact,
  text = '',
  place: { readonly index?: number; readonly round?: number; readonly lexicon?: ConsistencyLexicon } = {},
): Claim | undefined {
  const facts = [...Array.from({ length: place.index ?? 0 }, () => noClaimFact), fact];
  const story = {
    id: 'story-1',
    title: 'Story',
    kind: 'project',
    tags: [],
    tellings: [{ round: place.round ?? 1, text, facts }],
  };
  const report = checkConsistency(
    candidacyWith([story]),
    place.lexicon === undefined ? {} : { lexicon: place.lexicon },
  );
  const fromFacts = report.unverified.filter((claim) => claim.source.factIndex !== undefined);
  if (fromFacts.length > 1) throw new Error(`factClaim: the fact gave ${fromFacts.length} claims`);
  return fromFacts[0];
}
