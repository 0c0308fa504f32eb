import { describe, expect, it } from 'vitest';
import { eventOf, idsOf, NY_EARLY, newYorkWith, timelineOf } from './mutation-helpers.js';

// Round two at midnight makes the steps of one instant tie, so the order of kinds decides:
// preparation (research, rehearsal, route, checklist, warm-up, setup test), the take-home, the interview,
// then thank-yous, outcome plans, competing offers, the decision window and the follow-up.
const MIDNIGHT = '2027-03-10T00:00:00-05:00';
const people = [
  { id: 'iv-peer', name: 'Sam Okafor', audience: 'peer' as const },
  { id: 'iv-hm', name: 'Morgan Lee', audience: 'hiring-manager' as const },
];

describe('the order of events at the same instant', () => {
  it('orders a video round at midnight: warm-up, setup test, take-home, interview; then notes, plans, offer', () => {
    const input = newYorkWith(
      {
        scheduledAt: MIDNIGHT,
        formats: ['presentation', 'technical'],
        interviewers: people,
        takeHome: { assignedAt: '2027-03-05T09:00:00-05:00', dueAt: MIDNIGHT, timeboxHours: 4 },
      },
      { pipeline: { offers: [{ company: 'Globex', status: 'expected' }] } },
    );
    const timeline = timelineOf(input, { now: NY_EARLY, settings: { platformTestMinutesBefore: 0 } });
    expect(idsOf(timeline)).toEqual([
      'interview:r1',
      'rehearsal:r2:1',
      'research:r2',
      'rehearsal:r2:2',
      'checklist:r2',
      'platform-practice:r2',
      'setup-test:r2',
      'take-home-due:r2',
      'interview:r2',
      'thank-you:r2:iv-hm',
      'thank-you:r2:iv-peer',
      'outcome-plan:offer',
      'outcome-plan:rejection',
      'competing-offer:globex',
      'decision-window',
      'follow-up',
    ]);
    expect(eventOf(timeline, 'follow-up').window?.start).toBe('2027-03-17T00:00:00-04:00');
  });

  it('orders an in-person round at midnight: route before checklist, take-home before notes, window after plans', () => {
    const input = newYorkWith({
      scheduledAt: MIDNIGHT,
      medium: 'in-person',
      platform: undefined,
      formats: ['presentation', 'technical'],
      presentation: { slotMinutes: 15 },
      interviewers: [{ id: 'iv-hm', name: 'Morgan Lee', audience: 'hiring-manager' }],
      takeHome: {
        assignedAt: '2027-03-05T09:00:00-05:00',
        dueAt: '2027-03-10T01:00:00-05:00',
        timeboxHours: 4,
      },
      decisionExpectedBy: '2027-03-19',
    });
    const timeline = timelineOf(input, { now: NY_EARLY, settings: { checklistHoursBefore: 0 } });
    expect(idsOf(timeline)).toEqual([
      'interview:r1',
      'rehearsal:r2:1',
      'research:r2',
      'rehearsal:r2:2',
      'route-plan:r2',
      // With checklistHoursBefore 0 the checklist slot ends at the start (23:30–00:00), after the warm-up.
      'platform-practice:r2',
      'checklist:r2',
      'interview:r2',
      'take-home-due:r2',
      'thank-you:r2:iv-hm',
      'outcome-plan:offer',
      'outcome-plan:rejection',
      'decision-window',
      'follow-up',
    ]);
    expect(eventOf(timeline, 'decision-window').window?.start).toBe('2027-03-11T00:00:00-05:00');
  });

  it('keeps two offers from the same company in the order given, numbering the second', () => {
    const input = newYorkWith(
      {},
      {
        pipeline: {
          offers: [
            { company: 'Globex', status: 'expected' },
            { company: 'GLOBEX', status: 'received' },
          ],
        },
      },
    );
    const timeline = timelineOf(input, { now: NY_EARLY });
    expect(eventOf(timeline, 'competing-offer:globex').title).toBe(
      'Tell Acme Robotics about the Globex offer',
    );
    expect(eventOf(timeline, 'competing-offer:globex#2').title).toBe(
      'Tell Acme Robotics about the GLOBEX offer',
    );
  });
});
