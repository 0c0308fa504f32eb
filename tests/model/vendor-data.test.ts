import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  type CandidacyInput,
  parseCandidacy,
  prepareSync,
  stageKindOf,
} from '../../src/index.js';
import { minimalCandidacy } from '../fixtures/minimal.js';

function parsed(input: CandidacyInput) {
  const result = parseCandidacy(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('real vendor data (contract 1.1)', () => {
  it.each([
    ['round 1', 'interviewing'],
    ['Final round', 'final-round'],
    ['onsite scheduled', 'final-round'],
    ['Recruiter screen booked', 'screening'],
    ['phone screening', 'screening'],
    ['Application submitted', 'applied'],
    ['verbal offer', 'offer'],
    ['Offer declined', 'closed'],
    ['rejected after panel', 'closed'],
    ['on hold until Q3', 'paused'],
    ['they went quiet', 'interviewing'],
    ['Take-home assessment', 'interviewing'],
  ])('keeps the free-text stage %j and reads it as %s', (stage, kind) => {
    const input = minimalCandidacy();
    input.pipeline = { otherProcesses: [{ company: 'Globex', stage }], offers: [] };
    const value = parsed(input);
    expect(value.pipeline?.otherProcesses[0]?.stage).toBe(stage);
    expect(stageKindOf(value.pipeline!.otherProcesses[0]!)).toBe(kind);
  });

  it('takes a vendor-sent stageKind over the text', () => {
    expect(stageKindOf({ stage: 'round 3', stageKind: 'paused' })).toBe('paused');
  });

  it('refuses an empty stage with a located issue', () => {
    const input = minimalCandidacy();
    input.pipeline = { otherProcesses: [{ company: 'Globex', stage: '' }], offers: [] };
    const result = parseCandidacy(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toEqual(['pipeline', 'otherProcesses', 0, 'stage']);
  });

  it('accepts a round two planned without a date, with tellings for it', () => {
    const input = minimalCandidacy();
    const roundTwo = input.interviews[1] as Record<string, unknown>;
    delete roundTwo.scheduledAt;
    delete roundTwo.durationMinutes;
    const value = parsed(input);
    expect(value.interviews[1]?.scheduledAt).toBeUndefined();
    const now = '2027-03-01T09:00:00-05:00';
    const timeline = buildTimeline(value, { now });
    expect(
      timeline.events.filter((event) => event.kind === 'interview').map((event) => event.id),
    ).not.toContain(expect.stringContaining('r2'));
    const report = prepareSync(value, { now });
    expect(report.focusInterview).toMatchObject({ id: 'r2', round: 2, state: 'undated', upcoming: true });
    expect(report.focusInterview.scheduledAt).toBeUndefined();
  });

  it('focuses on an interview in progress rather than a later one', () => {
    const input = minimalCandidacy();
    input.interviews.push({
      id: 'r2-tech',
      round: 2,
      scheduledAt: '2027-03-10T15:00:00-05:00',
      durationMinutes: 60,
      medium: 'video',
      formats: ['technical'],
      interviewers: [{ id: 'eng', name: 'Lee Wong', audience: 'peer' }],
    });
    const value = parsed(input);
    expect(prepareSync(value, { now: '2027-03-10T13:30:00-05:00' }).focusInterview).toMatchObject({
      id: 'r2',
      state: 'in-progress',
    });
    expect(prepareSync(value, { now: '2027-03-10T14:30:00-05:00' }).focusInterview).toMatchObject({
      id: 'r2-tech',
      state: 'upcoming',
    });
    expect(prepareSync(value, { now: '2027-03-20T09:00:00-04:00' }).focusInterview).toMatchObject({
      id: 'r2-tech',
      state: 'held',
      upcoming: false,
    });
  });

  it('accepts where the job is, beside where the candidate lives', () => {
    const input = minimalCandidacy();
    input.candidate.jurisdiction = 'US-CO';
    input.candidate.targetRole.jurisdiction = 'US-NY-NYC';
    expect(parsed(input).candidate.targetRole.jurisdiction).toBe('US-NY-NYC');
  });

  it('returns warnings beside the value', () => {
    const result = parseCandidacy(minimalCandidacy());
    expect(result.ok && Array.isArray(result.warnings)).toBe(true);
  });
});

describe('examples/vendor-export.json', () => {
  const text = readFileSync(new URL('../../examples/vendor-export.json', import.meta.url), 'utf8');

  it('parses without warnings and uses each field added in contract 1.1', () => {
    const result = parseCandidacy(JSON.parse(text));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.warnings).toEqual([]);
    const value = result.value;
    const roundTwo = value.interviews.filter((interview) => interview.round === 2);
    expect(roundTwo).toHaveLength(2);
    expect(roundTwo.every((session) => session.scheduledAt === undefined)).toBe(true);
    expect(value.stories.some((story) => story.tellings.some((telling) => telling.round === 2))).toBe(true);
    expect(value.candidate.targetRole.jurisdiction).not.toBe(value.candidate.jurisdiction);
    const stages = value.pipeline!.otherProcesses.map((process) => [process.stage, stageKindOf(process)]);
    expect(stages).toEqual([
      ['onsite scheduled', 'final-round'],
      ['Round 1 done, waiting to hear back', 'paused'],
      ['recruiter screen', 'screening'],
    ]);
    const researchedInRoundOne = value.interviews[0]!.interviewers.find((person) => person.research)!;
    const again = roundTwo
      .flatMap((session) => session.interviewers)
      .find((p) => p.id === researchedInRoundOne.id);
    expect(again).toBeDefined();
    expect(again?.research).toBeUndefined();
  });
});
