import { describe, expect, it } from 'vitest';
import { buildTimeline, type Candidacy } from '../../src/index.js';
import { berlinInput, candidacyOf } from './fixtures.js';
import { eventOf, idsOf, NY_EARLY, newYorkWith, timelineOf } from './mutation-helpers.js';

const AT = '2027-03-10T10:00:00-05:00';

describe('research before round two', () => {
  it('asks to research each interviewer of round 2 during the day before, citing the research section', () => {
    const research = eventOf(timelineOf(newYorkWith({}), { now: NY_EARLY }), 'research:r2');
    expect(research.title).toBe('Research each interviewer of round 2');
    expect(research.kind).toBe('research');
    expect(research.interviewId).toBe('r2');
    expect(research.source).toBe('seed#research');
    expect(research.why).toContain('day before');
    expect(research.status).toBe('upcoming');
  });

  it('marks research done when every interviewer was researched, the last one exactly at the start', () => {
    const input = newYorkWith({
      interviewers: [
        {
          id: 'iv-hm',
          name: 'Morgan Lee',
          audience: 'hiring-manager',
          research: { researchedAt: '2027-03-08T20:00:00-05:00' },
        },
        { id: 'iv-peer', name: 'Sam Okafor', audience: 'peer', research: { researchedAt: AT } },
      ],
    });
    expect(eventOf(timelineOf(input, { now: NY_EARLY }), 'research:r2').status).toBe('done');
  });

  it('leaves research open while one interviewer was researched only after the start', () => {
    const input = newYorkWith({
      interviewers: [
        {
          id: 'iv-hm',
          name: 'Morgan Lee',
          audience: 'hiring-manager',
          research: { researchedAt: '2027-03-08T20:00:00-05:00' },
        },
        {
          id: 'iv-peer',
          name: 'Sam Okafor',
          audience: 'peer',
          research: { researchedAt: '2027-03-10T10:00:01-05:00' },
        },
      ],
    });
    expect(eventOf(timelineOf(input, { now: NY_EARLY }), 'research:r2').status).toBe('upcoming');
  });

  it('never marks research done for a round with nobody listed to research', () => {
    const timeline = timelineOf(newYorkWith({ interviewers: [] }), { now: '2027-03-09T12:00:00-05:00' });
    expect(eventOf(timeline, 'research:r2').status).toBe('due');
  });
});

describe('the pre-round checklist', () => {
  it('names the round and cites the checklist section', () => {
    const checklist = eventOf(timelineOf(newYorkWith({}), { now: NY_EARLY }), 'checklist:r2');
    expect(checklist.title).toBe('Run the pre-round checklist for round 2');
    expect(checklist.source).toBe('seed#checklist');
    expect(checklist.why).toContain('A day ahead');
  });

  it('counts a checklist run exactly when round one ended, and one exactly at the start', () => {
    for (const at of ['2027-02-24T10:30:00-05:00', AT]) {
      const input = newYorkWith({}, { prep: { checklistRunAt: at } });
      expect(eventOf(timelineOf(input, { now: NY_EARLY }), 'checklist:r2').status).toBe('done');
    }
  });

  it('does not count a checklist run during round one or after round two started', () => {
    for (const at of ['2027-02-24T10:29:59-05:00', '2027-03-10T10:00:01-05:00']) {
      const input = newYorkWith({}, { prep: { checklistRunAt: at } });
      expect(eventOf(timelineOf(input, { now: NY_EARLY }), 'checklist:r2').status).toBe('upcoming');
    }
  });
});

describe('presentation rehearsals', () => {
  it('titles each rehearsal with its number and count, and names the slot length in the reason', () => {
    const timeline = timelineOf(newYorkWith({}), { now: NY_EARLY });
    const first = eventOf(timeline, 'rehearsal:r2:1');
    expect(first.title).toBe('Rehearse the presentation aloud (1 of 2)');
    expect(eventOf(timeline, 'rehearsal:r2:2').title).toBe('Rehearse the presentation aloud (2 of 2)');
    expect(first.why).toContain('Say it out loud and time it within the 20-minute slot; running over');
    expect(first.source).toBe('seed#formats');
    expect(first.interviewId).toBe('r2');
  });

  it('plans rehearsals for the presentation format alone, without a slot length in the reason', () => {
    const input = newYorkWith({ formats: ['presentation'], presentation: undefined });
    const rehearsal = eventOf(timelineOf(input, { now: NY_EARLY }), 'rehearsal:r2:1');
    expect(rehearsal.why).toContain('Say it out loud and time it; running over');
  });

  it('plans rehearsals for a presentation given without the presentation format', () => {
    const input = newYorkWith({ formats: ['conversation'], presentation: { slotMinutes: 10 } });
    const timeline = timelineOf(input, { now: NY_EARLY });
    expect(eventOf(timeline, 'rehearsal:r2:2').why).toContain('within the 10-minute slot');
    expect(timeline.events.some((event) => event.kind === 'platform-practice')).toBe(false);
  });

  it('plans no rehearsal for an interview without any presentation', () => {
    const input = newYorkWith({ formats: ['conversation'], presentation: undefined });
    expect(timelineOf(input, { now: NY_EARLY }).events.some((event) => event.kind === 'rehearsal')).toBe(
      false,
    );
  });

  it('lays three rehearsals on the three days before when the settings ask for three', () => {
    const timeline = timelineOf(newYorkWith({}), { now: NY_EARLY, settings: { rehearsalCount: 3 } });
    expect(eventOf(timeline, 'rehearsal:r2:1').window).toEqual({
      start: '2027-03-07T00:00:00-05:00',
      end: '2027-03-08T00:00:00-05:00',
    });
    expect(eventOf(timeline, 'rehearsal:r2:3').title).toBe('Rehearse the presentation aloud (3 of 3)');
  });

  it('counts only the rehearsals held before the start: one before, one at the start, one after', () => {
    const input = newYorkWith({
      presentation: {
        slotMinutes: 20,
        rehearsals: [
          { at: '2027-03-08T18:00:00-05:00', minutes: 20 },
          { at: AT, minutes: 20 },
          { at: '2027-03-11T18:00:00-05:00', minutes: 20 },
        ],
      },
    });
    const timeline = timelineOf(input, { now: NY_EARLY });
    expect(eventOf(timeline, 'rehearsal:r2:1').status).toBe('done');
    expect(eventOf(timeline, 'rehearsal:r2:2').status).toBe('upcoming');
  });

  it('counts two rehearsals held before the start as both done', () => {
    const input = newYorkWith({
      presentation: {
        slotMinutes: 20,
        rehearsals: [
          { at: '2027-03-08T18:00:00-05:00', minutes: 20 },
          { at: '2027-03-09T18:00:00-05:00', minutes: 20 },
        ],
      },
    });
    const timeline = timelineOf(input, { now: NY_EARLY });
    expect(eventOf(timeline, 'rehearsal:r2:2').status).toBe('done');
  });

  it('counts a practice noted in the prep state as the first rehearsal when none is listed', () => {
    const prep = { formatPrep: { presentation: { practicedAt: '2027-03-05T18:00:00-05:00' } } };
    const timeline = timelineOf(newYorkWith({}, { prep }), { now: NY_EARLY });
    expect(eventOf(timeline, 'rehearsal:r2:1').status).toBe('done');
    expect(eventOf(timeline, 'rehearsal:r2:2').status).toBe('upcoming');
  });

  it('does not count a practice noted before round one ended', () => {
    const prep = { formatPrep: { presentation: { practicedAt: '2027-02-20T18:00:00-05:00' } } };
    const timeline = timelineOf(newYorkWith({}, { prep }), { now: NY_EARLY });
    expect(eventOf(timeline, 'rehearsal:r2:1').status).toBe('upcoming');
  });
});

describe('platform warm-up for a technical round', () => {
  it('names the platform, and the company platform when none is given', () => {
    expect(eventOf(timelineOf(newYorkWith({}), { now: NY_EARLY }), 'platform-practice:r2').title).toBe(
      'Warm up on zoom',
    );
    const withoutPlatform = timelineOf(newYorkWith({ platform: undefined }), { now: NY_EARLY });
    const practice = eventOf(withoutPlatform, 'platform-practice:r2');
    expect(practice.title).toBe("Warm up on the company's platform");
    expect(practice.source).toBe('seed#formats');
    expect(practice.why).toContain('unfamiliar editor');
  });

  it('counts a warm-up on the morning of the round, not one the evening before', () => {
    const morning = { formatPrep: { technical: { platformPracticedAt: '2027-03-10T00:00:00-05:00' } } };
    expect(
      eventOf(timelineOf(newYorkWith({}, { prep: morning }), { now: NY_EARLY }), 'platform-practice:r2')
        .status,
    ).toBe('done');
    const evening = { formatPrep: { technical: { platformPracticedAt: '2027-03-09T23:59:59-05:00' } } };
    expect(
      eventOf(timelineOf(newYorkWith({}, { prep: evening }), { now: NY_EARLY }), 'platform-practice:r2')
        .status,
    ).toBe('upcoming');
  });

  it('reads a prep state with practice for another format only as not warmed up', () => {
    const prep = { formatPrep: { presentation: { practicedAt: '2027-03-09T18:00:00-05:00' } } };
    expect(
      eventOf(timelineOf(newYorkWith({}, { prep }), { now: NY_EARLY }), 'platform-practice:r2').status,
    ).toBe('upcoming');
  });
});

describe('setup test before a video round', () => {
  it('names the platform to test, and the meeting platform when none is given', () => {
    const setup = eventOf(timelineOf(newYorkWith({}), { now: NY_EARLY }), 'setup-test:r2');
    expect(setup.title).toBe('Test camera, audio, light and zoom');
    expect(setup.source).toBe('seed#video');
    expect(setup.why).toContain('changed since round one');
    const withoutPlatform = eventOf(
      timelineOf(newYorkWith({ platform: undefined }), { now: NY_EARLY }),
      'setup-test:r2',
    );
    expect(withoutPlatform.title).toBe('Test camera, audio, light and the meeting platform');
  });

  it('counts a test from an hour before the window (08:30), not a minute earlier', () => {
    const done = newYorkWith({}, { prep: { platformTestedAt: '2027-03-10T08:30:00-05:00' } });
    expect(eventOf(timelineOf(done, { now: NY_EARLY }), 'setup-test:r2').status).toBe('done');
    const early = newYorkWith({}, { prep: { platformTestedAt: '2027-03-10T08:29:00-05:00' } });
    expect(eventOf(timelineOf(early, { now: NY_EARLY }), 'setup-test:r2').status).toBe('upcoming');
  });

  it('plans no setup test or route for a phone round', () => {
    const timeline = timelineOf(newYorkWith({ medium: 'phone' }), { now: NY_EARLY });
    expect(timeline.events.some((event) => event.kind === 'setup-test' || event.kind === 'route-plan')).toBe(
      false,
    );
  });
});

describe('route plan before an in-person round', () => {
  it('names the place, plans no setup test, and cites the checklist section', () => {
    const timeline = timelineOf(berlinInput(), { now: '2027-03-20T09:00:00+01:00' });
    const route = eventOf(timeline, 'route-plan:r2');
    expect(route.title).toBe('Plan the route to Nordlicht office, Torstraße 1 and when to leave');
    expect(route.source).toBe('seed#checklist');
    expect(route.why).toContain('travel time');
    expect(timeline.events.some((event) => event.kind === 'setup-test')).toBe(false);
  });

  it('leaves the place out when none is given', () => {
    const input = berlinInput();
    const [round1, round2] = input.interviews;
    if (!round1 || !round2) throw new Error('fixture has no round 2');
    const timeline = timelineOf(
      { ...input, interviews: [round1, { ...round2, location: undefined }] },
      { now: '2027-03-20T09:00:00+01:00' },
    );
    expect(eventOf(timeline, 'route-plan:r2').title).toBe('Plan the route and when to leave');
  });

  it('counts a route planned between the rounds', () => {
    const input = { ...berlinInput(), prep: { routePlannedAt: '2027-03-22T20:00:00+01:00' } };
    expect(eventOf(timelineOf(input, { now: '2027-03-20T09:00:00+01:00' }), 'route-plan:r2').status).toBe(
      'done',
    );
  });
});

describe('take-home hand-in', () => {
  const takeHome = {
    assignedAt: '2027-03-03T09:00:00-05:00',
    dueAt: '2027-03-08T17:00:00-05:00',
    timeboxHours: 4,
  };

  it('states the time box and due time in the title and is due at that time', () => {
    const event = eventOf(timelineOf(newYorkWith({ takeHome }), { now: NY_EARLY }), 'take-home-due:r2');
    expect(event.title).toBe('Hand in the take-home (time box 4 h, due Mon 8 Mar 2027 17:00)');
    expect(event.due).toBe('2027-03-08T17:00:00-05:00');
    expect(event.window).toBeUndefined();
    expect(event.why).toContain('Stop at the 4-hour box');
    expect(event.source).toBe('seed#formats');
  });

  it('is done only with both the hours spent and the write-up recorded', () => {
    const statusWith = (extra: { hoursSpent?: number; writeupWords?: number }) =>
      eventOf(
        timelineOf(newYorkWith({ takeHome: { ...takeHome, ...extra } }), { now: NY_EARLY }),
        'take-home-due:r2',
      ).status;
    expect(statusWith({ hoursSpent: 4, writeupWords: 300 })).toBe('done');
    expect(statusWith({ hoursSpent: 4 })).toBe('upcoming');
    expect(statusWith({ writeupWords: 300 })).toBe('upcoming');
  });
});

describe('a take-home due time that cannot be read', () => {
  it('plans no hand-in instead of throwing', () => {
    const parsed = candidacyOf(newYorkWith({}));
    const broken: Candidacy = {
      ...parsed,
      interviews: parsed.interviews.map((interview) =>
        interview.id === 'r2'
          ? {
              ...interview,
              takeHome: { assignedAt: '2027-03-03T09:00:00-05:00', dueAt: 'Friday', timeboxHours: 4 },
            }
          : interview,
      ),
    };
    const timeline = buildTimeline(broken, { now: NY_EARLY });
    expect(timeline.events.some((event) => event.kind === 'take-home-due')).toBe(false);
    expect(timeline.events.some((event) => event.id === 'checklist:r2')).toBe(true);
  });
});

describe('rounds before the planned one', () => {
  it('plans preparation for round one too when the settings start from round 1', () => {
    const timeline = timelineOf(newYorkWith({}), {
      now: '2027-02-01T09:00:00-05:00',
      settings: { fromRound: 1 },
    });
    expect(idsOf(timeline).slice(0, 3)).toEqual(['research:r1', 'checklist:r1', 'interview:r1']);
    expect(eventOf(timeline, 'research:r1').title).toBe('Research each interviewer of round 1');
  });
});
