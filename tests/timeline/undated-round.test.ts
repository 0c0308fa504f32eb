import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTimeline, type CandidacyInput, parseCandidacy } from '../../src/index.js';

// A later round that is planned but not yet scheduled keeps the process open: no decision window, no
// recruiter follow-up and no offer planning after the earlier round, only the note that says why.
const vendorExport: CandidacyInput = JSON.parse(
  readFileSync(new URL('../../examples/vendor-export.json', import.meta.url), 'utf8'),
);

function parsed(input: CandidacyInput) {
  const result = parseCandidacy(input);
  if (!result.ok) throw new Error('fixture does not parse');
  return result.value;
}

const NOW = '2027-04-08T12:00:00-06:00'; // two days after round one, round two not scheduled

describe('a planned round with no date yet', () => {
  const cases = [
    {
      name: 'round two planned, undated',
      input: vendorExport,
      state: 'preparing',
      stateWhy: 'Round 2 has no date yet: its steps appear once it is scheduled.',
      kinds: ['interview'],
    },
  ] as const;

  it.each(cases)('$name', ({ input, state, stateWhy, kinds }) => {
    const timeline = buildTimeline(parsed(input), { now: NOW });
    expect(timeline.state).toBe(state);
    expect(timeline.stateWhy).toBe(stateWhy);
    expect(timeline.events.map((event) => event.kind)).toEqual(kinds);
  });

  it('opens the decision window once round two is held', () => {
    const dated: CandidacyInput = {
      ...vendorExport,
      interviews: vendorExport.interviews.map((interview, index) =>
        interview.scheduledAt === undefined
          ? { ...interview, scheduledAt: `2027-04-1${index}T10:00:00-06:00`, durationMinutes: 60 }
          : interview,
      ),
    };
    const timeline = buildTimeline(parsed(dated), { now: '2027-04-14T12:00:00-06:00' });
    expect(timeline.state).toBe('waiting');
    expect(timeline.notes).toBeUndefined();
    expect(timeline.events.filter((event) => event.kind === 'decision-window')).toHaveLength(1);
  });

  it('keeps the process open while one session of round two is held and another has no date', () => {
    const partly: CandidacyInput = {
      ...vendorExport,
      interviews: vendorExport.interviews.map((interview) =>
        interview.id === 'harborline-r2-panel'
          ? { ...interview, scheduledAt: '2027-04-07T10:00:00-06:00', durationMinutes: 60 }
          : interview,
      ),
    };
    const timeline = buildTimeline(parsed(partly), { now: NOW });
    expect(timeline.state).toBe('preparing');
    expect(timeline.stateWhy).toBe(
      'A session of round 2 has no date yet: its steps appear once it is scheduled.',
    );
    expect(timeline.events.some((event) => event.kind === 'decision-window')).toBe(false);
  });

  it('still says once that round two has no date', () => {
    const timeline = buildTimeline(parsed(vendorExport), { now: NOW });
    expect(timeline.notes).toEqual(['Round 2 has no date yet: its steps appear once it is scheduled.']);
  });
});
