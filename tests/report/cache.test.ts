import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Candidacy, createPreparer, type Preparer, parseCandidacy } from '../../src/index.js';
import { de } from '../../src/locales/de/index.js';
import { example } from '../fixtures/examples.js';

// The per-telling cache of a preparer (issue 21 item 4) must never change a report: every sequence of edits
// gives byte for byte the report a preparer without cache gives. The edits below aim at what the cache keys
// on (a telling's text, its round, its story id) and at what it must not key on (structured facts, other
// candidacies telling the same text), with caches small enough to evict.

const NOW = '2027-03-09T12:00:00-05:00';
const starts = [example('thorough-manager'), example('contradicting-stories'), example('verbatim-reuser')];

const SENTENCES = [
  'It took 9 months.',
  'We grew revenue 40%, not 30% as I said before.',
  'I led a team of twelve engineers.',
  'The rebuild took a year and a half and cost $2.6M.',
  'Wir haben das Projekt in neun Monaten mit zwölf Leuten abgeschlossen, und das Budget lag bei zwei Millionen.',
  '',
];

const edit = fc.oneof(
  fc.record({
    kind: fc.constant('text' as const),
    story: fc.nat(),
    telling: fc.nat(),
    words: fc.constantFrom(...SENTENCES),
    replace: fc.boolean(),
  }),
  // The same text under another story id: the claims carry the story id, so the key must too.
  fc.record({ kind: fc.constant('story-id' as const), story: fc.nat(), id: fc.constantFrom('s-x', 's-y') }),
  // The same text in another round: the claims carry the round.
  fc.record({
    kind: fc.constant('round' as const),
    story: fc.nat(),
    telling: fc.nat(),
    round: fc.constantFrom(1, 2),
  }),
  // A structured fact changed, the text kept: facts are read on every check, never cached with the text.
  fc.record({ kind: fc.constant('fact' as const), story: fc.nat(), value: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('name' as const), name: fc.constantFrom('Ana Ruiz', 'Sam Lee') }),
  // Another candidacy altogether (its tellings may share texts with the one before).
  fc.record({ kind: fc.constant('switch' as const), to: fc.nat() }),
  // Any one field anywhere (a time, a time zone, an interviewer, pay, a concern, a question): the cache keeps
  // each report part by what it reads, so an edit the part reads must reach it and one it does not must not.
  fc.record({ kind: fc.constant('leaf' as const), at: fc.nat(), nudge: fc.nat({ max: 3 }) }),
);

const NOWS = [NOW, '2027-03-10T13:30:00-05:00', '2027-03-20T09:00:00+01:00', '2026-12-01T08:00:00Z'];

type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function mapStory(
  candidacy: Candidacy,
  at: number,
  change: (story: Candidacy['stories'][number]) => Candidacy['stories'][number],
): Candidacy {
  if (candidacy.stories.length === 0) return candidacy;
  const index = at % candidacy.stories.length;
  return {
    ...candidacy,
    stories: candidacy.stories.map((story, i) => (i === index ? change(story) : story)),
  };
}

type Leaf = { readonly holder: Record<string, unknown> | unknown[]; readonly key: string | number };

function leavesOf(value: unknown, into: Leaf[] = []): Leaf[] {
  if (typeof value !== 'object' || value === null) return into;
  for (const [key, inner] of Object.entries(value)) {
    const at = Array.isArray(value) ? Number(key) : key;
    if (typeof inner === 'object' && inner !== null) leavesOf(inner, into);
    else into.push({ holder: value as Record<string, unknown>, key: at });
  }
  return into;
}

/** Another value of the same kind, likely still valid: a later time, a bigger number, a flipped flag, a longer text. */
function nudged(value: unknown, nudge: number): unknown {
  if (typeof value === 'number') return value + 1 + nudge;
  if (typeof value === 'boolean') return !value;
  if (typeof value !== 'string') return value;
  const time = /^(\d{4}-\d{2}-)(\d{2})(T.*)?$/.exec(value);
  if (time)
    return `${time[1]}${String(Math.min(28, Number(time[2]) + 1 + nudge)).padStart(2, '0')}${time[3] ?? ''}`;
  const zones = ['America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Sydney'];
  if (value.includes('/')) return zones[nudge % zones.length];
  return `${value} ${['again', 'Northwind', 'twelve', '9 months'][nudge]}`;
}

/** One leaf of the candidacy changed, kept only when the result still parses. */
function leafEdited(candidacy: Candidacy, at: number, nudge: number): Candidacy {
  const copy: unknown = structuredClone(candidacy);
  const leaves = leavesOf(copy);
  if (leaves.length === 0) return candidacy;
  const { holder, key } = leaves[at % leaves.length]!;
  const record = holder as Record<string | number, unknown>;
  record[key] = nudged(record[key], nudge);
  const parsed = parseCandidacy(copy);
  return parsed.ok ? parsed.value : candidacy;
}

function apply(candidacy: Candidacy, change: Edit): Candidacy {
  switch (change.kind) {
    case 'leaf':
      return leafEdited(candidacy, change.at, change.nudge);
    case 'name':
      return { ...candidacy, candidate: { ...candidacy.candidate, name: change.name } };
    case 'switch':
      return starts[change.to % starts.length]!;
    case 'story-id':
      return mapStory(candidacy, change.story, (story) => ({ ...story, id: change.id }));
    case 'text':
    case 'round':
      return mapStory(candidacy, change.story, (story) => {
        if (story.tellings.length === 0) return story;
        const at = change.telling % story.tellings.length;
        return {
          ...story,
          tellings: story.tellings.map((telling, i) => {
            if (i !== at) return telling;
            if (change.kind === 'round') return { ...telling, round: change.round };
            const text = change.replace ? change.words : `${telling.text} ${change.words}`;
            return { ...telling, text: text === '' ? 'I shipped it.' : text };
          }),
        };
      });
    case 'fact':
      return mapStory(candidacy, change.story, (story) => ({
        ...story,
        tellings: story.tellings.map((telling, i) =>
          i === 0
            ? {
                ...telling,
                facts: [
                  { subject: 'team size', kind: 'count' as const, value: change.value, unit: 'people' },
                ],
              }
            : telling,
        ),
      }));
  }
}

function preparer(config: Parameters<typeof createPreparer>[0]): Preparer {
  const made = createPreparer(config);
  if (!made.ok) throw new Error(`config rejected: ${JSON.stringify(made.issues)}`);
  return made.value;
}

describe('the per-telling cache of a preparer', () => {
  it('gives byte-identical reports to no cache over any sequence of edits, small caches evicting', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: starts.length - 1 }),
        fc.array(fc.tuple(edit, fc.nat({ max: NOWS.length - 1 })), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 3 }),
        (start, edits, maxEntries) => {
          const cached = preparer({ cache: { consistency: true, maxEntries } });
          const plain = preparer({});
          let candidacy = starts[start]!;
          for (const [change, when] of edits) {
            candidacy = apply(candidacy, change);
            const now = NOWS[when]!;
            expect(JSON.stringify(cached.prepare(candidacy, { now }))).toBe(
              JSON.stringify(plain.prepare(candidacy, { now })),
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps its answers per configuration: a German, tolerant preparer with the cache gives its own reports', () => {
    const config = {
      locale: de.locale,
      texts: de.texts,
      tolerance: { duration: { variationRelative: 0.5 } },
    };
    const cached = preparer({ ...config, cache: { consistency: true, maxEntries: 2 } });
    const plain = preparer(config);
    const english = preparer({ cache: { consistency: true, maxEntries: 2 } });
    for (const candidacy of [...starts, ...starts]) {
      english.prepare(candidacy, { now: NOW });
      expect(JSON.stringify(cached.prepare(candidacy, { now: NOW }))).toBe(
        JSON.stringify(plain.prepare(candidacy, { now: NOW })),
      );
    }
  });

  it('hands out frozen consistency parts and leaves the candidacy untouched', () => {
    const cached = preparer({ cache: { consistency: true } });
    const candidacy = starts[0]!;
    const before = JSON.stringify(candidacy);
    const first = cached.prepare(candidacy, { now: NOW });
    const again = cached.prepare(
      { ...candidacy, candidate: { ...candidacy.candidate, name: 'Sam Lee' } },
      { now: NOW },
    );
    expect(again.consistency).toBe(first.consistency);
    expect(Object.isFrozen(first.consistency.unverified[0])).toBe(true);
    expect(JSON.stringify(candidacy)).toBe(before);
  });
});
