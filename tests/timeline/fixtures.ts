import { readFileSync } from 'node:fs';
import { type Candidacy, type CandidacyInput, parseCandidacy } from '../../src/index.js';

/** A bundled example, parsed, failing loudly when it does not parse. */
export function example(name: string): Candidacy {
  const result = parseCandidacy(
    JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8')),
  );
  if (!result.ok) throw new Error(`examples/${name}.json does not parse`);
  return result.value;
}

/** Parses a fixture, failing loudly when the fixture itself is wrong. */
export function candidacyOf(input: CandidacyInput): Candidacy {
  const result = parseCandidacy(input);
  if (!result.ok) throw new Error(`fixture does not parse: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** New York candidate; round 2 on Wednesday 2027-03-10, US clocks go forward on Sunday 2027-03-14. */
export function newYorkInput(): CandidacyInput {
  return {
    schemaVersion: 1,
    candidate: {
      name: 'Dana Reyes',
      timeZone: 'America/New_York',
      targetRole: { title: 'Engineering Manager', company: 'Acme Robotics', managesPeople: true },
    },
    interviews: [
      {
        id: 'r1',
        round: 1,
        scheduledAt: '2027-02-24T10:00:00-05:00',
        durationMinutes: 30,
        medium: 'phone',
        interviewers: [{ id: 'iv-rec', name: 'Riley Chen', audience: 'recruiter' }],
      },
      {
        id: 'r2',
        round: 2,
        scheduledAt: '2027-03-10T10:00:00-05:00',
        durationMinutes: 60,
        medium: 'video',
        platform: 'zoom',
        formats: ['conversation', 'presentation', 'technical'],
        interviewers: [
          { id: 'iv-hm', name: 'Morgan Lee', audience: 'hiring-manager' },
          { id: 'iv-peer', name: 'Sam Okafor', audience: 'peer' },
        ],
        presentation: { slotMinutes: 20, rehearsals: [] },
      },
    ],
    stories: [],
  };
}

/** Berlin candidate; round 2 on Tuesday 2027-03-23, EU clocks go forward on Sunday 2027-03-28. */
export function berlinInput(): CandidacyInput {
  return {
    schemaVersion: 1,
    candidate: {
      name: 'Jonas Weber',
      timeZone: 'Europe/Berlin',
      targetRole: { title: 'Product Lead', company: 'Nordlicht GmbH', managesPeople: false },
    },
    interviews: [
      {
        id: 'r1',
        round: 1,
        scheduledAt: '2027-03-09T14:00:00+01:00',
        durationMinutes: 45,
        medium: 'video',
        interviewers: [{ id: 'iv-rec', name: 'Lena Vogel', audience: 'recruiter' }],
      },
      {
        id: 'r2',
        round: 2,
        scheduledAt: '2027-03-23T09:30:00+01:00',
        durationMinutes: 90,
        medium: 'in-person',
        location: 'Nordlicht office, Torstraße 1',
        interviewers: [
          { id: 'iv-hm', name: 'Katrin Maier', audience: 'hiring-manager' },
          { id: 'iv-cf', name: 'Ali Demir', audience: 'cross-functional', function: 'design' },
        ],
      },
    ],
    stories: [],
  };
}
