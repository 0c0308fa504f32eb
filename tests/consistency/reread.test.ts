import { describe, expect, it } from 'vitest';
import { de } from '../../src/entries/locale-de.js';
import { type ConsistencyReport, checkConsistency } from '../../src/index.js';
import { candidacyWith, storyOf } from './fixtures.js';

/** The "check these yourself" list without the claims, for comparing with hand-written expectations. */
function rereadOf(report: ConsistencyReport) {
  return (report.toReread ?? []).map(({ claims: _claims, ...rest }) => rest);
}

describe('unpaired claims: never flagged, listed to reread (issue 15 item 5)', () => {
  it('lists a sentence said in round one only and one new in round two', () => {
    const report = checkConsistency(
      candidacyWith([
        storyOf(
          's1',
          'The rebuild took 14 months. We cut hosting costs by 30%.',
          'The rebuild took 14 months. By the end I had hired four engineers.',
        ),
      ]),
    );
    expect(report.consistent).toBe(true);
    expect(report.findings.map((finding) => finding.kind)).toEqual(['consistent']);
    expect(rereadOf(report)).toEqual([
      {
        storyId: 's1',
        round: 1,
        reason: 'not-repeated',
        sentence: 'We cut hosting costs by 30%.',
        text: 'Round 1 of "Story s1", you said: "We cut hosting costs by 30%." Your later telling does not come back to it: reread it so that nothing you add contradicts it.',
      },
      {
        storyId: 's1',
        round: 2,
        reason: 'added',
        sentence: 'By the end I had hired four engineers.',
        text: 'Round 2 of "Story s1", you add: "By the end I had hired four engineers." Round 1 did not mention it: check that it fits what you said then.',
      },
    ]);
    expect(report.toReread?.every((entry) => entry.claims.length > 0)).toBe(true);
  });

  it('lists a sentence once however many unpaired claims it holds', () => {
    const report = checkConsistency(
      candidacyWith([
        storyOf(
          's2',
          'The migration took a year.',
          'The migration took a year. We grew revenue 20% and cut churn by 5%.',
        ),
      ]),
    );
    expect(rereadOf(report).map((entry) => [entry.round, entry.sentence])).toEqual([
      [2, 'We grew revenue 20% and cut churn by 5%.'],
    ]);
    expect(report.toReread?.[0]?.claims.length).toBe(2);
  });

  it('has no list when every claim found its counterpart', () => {
    const report = checkConsistency(
      candidacyWith([storyOf('s3', 'The rebuild took 14 months.', 'The rebuild took about 14 months.')]),
    );
    expect(report).not.toHaveProperty('toReread');
  });

  it('has no list for a story told in one round only: there is nothing to compare it with', () => {
    const report = checkConsistency(
      candidacyWith([
        {
          id: 'once',
          title: 'Once',
          kind: 'project',
          tags: [],
          tellings: [{ round: 1, text: 'We cut costs by 30%.' }],
        },
      ]),
    );
    expect(report.unverified.length).toBe(1);
    expect(report).not.toHaveProperty('toReread');
  });

  it('writes the line in German with the de bundle, the sentence as the candidate wrote it', () => {
    const report = checkConsistency(
      candidacyWith([
        storyOf(
          's4',
          'The rebuild took 14 months. We cut hosting costs by 30%.',
          'The rebuild took 14 months.',
        ),
      ]),
      { ...de },
    );
    expect(rereadOf(report).map((entry) => entry.text)).toEqual([
      'Runde 1, „Story s4“, Sie sagten: „We cut hosting costs by 30%.“ Ihre spätere Fassung greift das nicht wieder auf: Lesen Sie es noch einmal, damit nichts, was Sie ergänzen, dem widerspricht.',
    ]);
  });
});
