import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { briefFor, type CandidacyInput, parseCandidacy } from '../../src/index.js';

// Research done for round one counts in round two for the same person (same id): issue 14, item 4.
const vendorExport: CandidacyInput = JSON.parse(
  readFileSync(new URL('../../examples/vendor-export.json', import.meta.url), 'utf8'),
);

function briefsOf(input: CandidacyInput, interviewId: string) {
  const result = parseCandidacy(input);
  if (!result.ok) throw new Error('fixture does not parse');
  return briefFor(result.value, interviewId);
}

describe('briefs keep what earlier rounds found out about the same person', () => {
  it('Priya, researched for round one, has her planned reference in the round-two panel brief', () => {
    const priya = briefsOf(vendorExport, 'harborline-r2-panel').find(
      (brief) => brief.interviewerId === 'priya-natarajan',
    );
    expect(priya?.reference).toBe('Her talk on failed card payments');
    expect(priya?.warnings.some((warning) => warning.startsWith('No reference is planned'))).toBe(false);
  });

  it('a field given again in round two wins over round one', () => {
    const edited: CandidacyInput = {
      ...vendorExport,
      interviews: vendorExport.interviews.map((interview) =>
        interview.id === 'harborline-r2-panel'
          ? {
              ...interview,
              interviewers: (interview.interviewers ?? []).map((person) =>
                person.id === 'priya-natarajan'
                  ? { ...person, research: { plannedReferences: ['Her post on payout times'] } }
                  : person,
              ),
            }
          : interview,
      ),
    };
    const priya = briefsOf(edited, 'harborline-r2-panel').find(
      (brief) => brief.interviewerId === 'priya-natarajan',
    );
    expect(priya?.reference).toBe('Her post on payout times');
  });

  it('someone new in round two is still asked for research', () => {
    const devon = briefsOf(vendorExport, 'harborline-r2-panel').find(
      (brief) => brief.interviewerId === 'devon-mcallister',
    );
    expect(
      devon?.warnings.some((warning) => warning.startsWith('No reference is planned for Devon McAllister')),
    ).toBe(true);
  });
});
