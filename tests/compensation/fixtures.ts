import { type Candidacy, type CandidacyInput, parseCandidacy } from '../../src/index.js';

/** A parsed candidacy for a role at Acme, with the fields a test overrides merged in. */
export function makeCandidacy(overrides: {
  jurisdiction?: string;
  /** Where the job is (`targetRole.jurisdiction`). */
  jobJurisdiction?: string;
  compensation?: CandidacyInput['compensation'];
  pipeline?: CandidacyInput['pipeline'];
}): Candidacy {
  const input: CandidacyInput = {
    schemaVersion: 1,
    candidate: {
      name: 'Dana Reyes',
      timeZone: 'America/Los_Angeles',
      ...(overrides.jurisdiction === undefined ? {} : { jurisdiction: overrides.jurisdiction }),
      targetRole: {
        title: 'Engineering Manager',
        company: 'Acme',
        managesPeople: true,
        ...(overrides.jobJurisdiction === undefined ? {} : { jurisdiction: overrides.jobJurisdiction }),
      },
    },
    interviews: [
      { id: 'r1', round: 1, scheduledAt: '2026-11-10T10:00:00-08:00', durationMinutes: 30, medium: 'video' },
      { id: 'r2', round: 2, scheduledAt: '2026-12-03T10:00:00-08:00', durationMinutes: 60, medium: 'video' },
    ],
    ...(overrides.compensation === undefined ? {} : { compensation: overrides.compensation }),
    ...(overrides.pipeline === undefined ? {} : { pipeline: overrides.pipeline }),
  };
  const result = parseCandidacy(input);
  if (!result.ok) throw new Error(`fixture does not parse: ${JSON.stringify(result.issues)}`);
  return result.value;
}

export const californiaRange = {
  range: { min: 180_000, max: 210_000, currency: 'USD', basis: 'total' as const },
  researched: true,
};
