import { describe, expect, it } from 'vitest';
import { cli } from './harness.js';

describe('second-round timeline prints all-day events as dates (issue 17)', () => {
  it('shows a one-day event as its date and a span as "from … to …", timed events with their time', async () => {
    const result = await cli([
      'timeline',
      'examples/thorough-manager.json',
      '--now',
      '2027-03-09T12:00:00-05:00',
    ]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('2027-03-09  done      Research each interviewer of round 2');
    expect(lines).toContain(
      'from 2027-03-11 to 2027-03-19  upcoming  Tallyworks expects to decide by Fri 19 Mar 2027',
    );
    expect(lines).toContain('2027-03-22  upcoming  Follow up once with the recruiter');
    expect(lines).toContain('2027-03-10T18:00:00-05:00  upcoming  Send Dana Whitfield a thank-you');
    expect(result.stdout).not.toContain('T00:00:00');
  });
});
