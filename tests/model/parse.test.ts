import { describe, expect, it } from 'vitest';
import {
  type CandidacyInput,
  formatIssues,
  formatPath,
  type Issue,
  parseCandidacy,
  unreadableInputIssue,
} from '../../src/index.js';
import { minimalCandidacy } from '../fixtures/minimal.js';

function issuesOf(input: unknown): readonly Issue[] {
  const result = parseCandidacy(input);
  return result.ok ? [] : result.issues;
}

function withChange(change: (candidacy: CandidacyInput) => void): CandidacyInput {
  const candidacy = minimalCandidacy();
  change(candidacy);
  return candidacy;
}

function codesAt(input: unknown): string[] {
  return issuesOf(input).map((issue) => `${issue.code} @ ${formatPath(issue.path)}`);
}

describe('parseCandidacy', () => {
  it('refuses an input with only a schema version', () => {
    const result = parseCandidacy({ schemaVersion: 1 });
    expect(result.ok).toBe(false);
  });

  it('accepts a valid candidacy and fills in the defaults', () => {
    const result = parseCandidacy(minimalCandidacy());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.stories[1]?.tags).toEqual([]);
    expect(result.value.interviews[1]?.interviewers).toHaveLength(2);
  });

  it('returns a new object and leaves its input untouched', () => {
    const input = minimalCandidacy();
    const snapshot = structuredClone(input);
    const result = parseCandidacy(input);
    expect(result.ok && result.value).not.toBe(input);
    expect(input).toEqual(snapshot);
  });

  it.each([null, undefined, 42, 'candidacy', [], true])('refuses %s without throwing', (input) => {
    const issues = issuesOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual([]);
    expect(issues[0]?.message).toMatch(/^expected object, found/);
  });

  it('reports an input whose getter throws instead of throwing itself', () => {
    const hostile = {
      schemaVersion: 1,
      get candidate(): never {
        throw new Error('boom');
      },
    };
    const result = parseCandidacy(hostile);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.code).toBe('unreadable_input');
  });

  it('reports every problem at once, each with its path', () => {
    const input = withChange((candidacy) => {
      candidacy.candidate.timeZone = 'Mars/Olympus';
      const second = candidacy.interviews[1]!;
      second.medium = 'zoom' as never;
      second.durationMinutes = 0;
      second.interviewers![0]!.audience = 'peers' as never;
    });
    expect(codesAt(input)).toEqual([
      'invalid_format @ candidate.timeZone',
      'too_small @ interviews[1].durationMinutes',
      'invalid_value @ interviews[1].medium',
      'invalid_value @ interviews[1].interviewers[0].audience',
    ]);
  });

  it('says what was expected and what was found, with a suggestion for a near miss', () => {
    const input = withChange((candidacy) => {
      candidacy.interviews[1]!.interviewers![1]!.audience = 'peers' as never;
    });
    expect(formatIssues(issuesOf(input))).toBe(
      '✖ expected one of "recruiter" | "hiring-manager" | "peer" | "direct-report" | "senior-leadership" | "cross-functional", found "peers"; did you mean "peer"? → at interviews[1].interviewers[1].audience',
    );
  });

  it('reports a misspelt field with the field it probably meant', () => {
    const input = { ...minimalCandidacy(), interviewer: [] };
    expect(issuesOf(input)).toEqual([
      {
        code: 'unknown_field',
        path: ['interviewer'],
        message: 'unknown field "interviewer": did you mean "interviews"?',
      },
    ]);
  });

  it('lists the known fields when an unknown one resembles none of them', () => {
    const input = withChange((candidacy) => {
      Object.assign(candidacy.candidate.targetRole, { salaryBand: 'L6' });
    });
    const [issue] = issuesOf(input);
    expect(issue?.path).toEqual(['candidate', 'targetRole', 'salaryBand']);
    expect(issue?.message).toBe(
      'unknown field "salaryBand": remove it, or use one of: title, company, managesPeople, jurisdiction',
    );
  });

  it('reports a __proto__ key from JSON as an unknown field and does not pollute prototypes', () => {
    const input = JSON.parse('{"schemaVersion":1,"__proto__":{"polluted":true}}');
    const issues = issuesOf(input);
    expect(issues.map((issue) => issue.path[0])).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names a missing required field', () => {
    const input = withChange((candidacy) => {
      delete (candidacy.candidate as { name?: string }).name;
    });
    expect(formatIssues(issuesOf(input))).toBe(
      '✖ expected string, found nothing: this field is required → at candidate.name',
    );
  });

  it('refuses an unsupported schema version with its own code', () => {
    const input = { ...minimalCandidacy(), schemaVersion: 2 };
    expect(issuesOf(input)).toEqual([
      {
        code: 'unsupported_schema_version',
        path: ['schemaVersion'],
        message: 'expected schemaVersion 1, found 2: this release reads only those versions',
      },
    ]);
  });

  describe('dates, time zones and jurisdictions', () => {
    it.each([
      ['2027-02-30T10:00:00-05:00', false],
      ['2027-02-29T10:00:00-05:00', false],
      ['2028-02-29T10:00:00-05:00', true],
      ['2027-03-10T13:00:00Z', true],
      ['2027-03-10T13:00-05:00', true],
      ['2027-03-10T13:00:00', false],
      ['2027-03-10', false],
      ['2027-13-10T13:00:00+01:00', false],
      ['2027-03-10T24:00:00+01:00', false],
    ])('takes %s as a date-time with an offset: %s', (scheduledAt, valid) => {
      const input = withChange((candidacy) => {
        candidacy.interviews[1]!.scheduledAt = scheduledAt;
      });
      expect(parseCandidacy(input).ok).toBe(valid);
    });

    it.each([
      ['2027-03-19', true],
      ['2027-03-19T17:00:00-04:00', true],
      ['2027-04-31', false],
      ['19/03/2027', false],
    ])('takes %s as a plain date or a date-time: %s', (decisionExpectedBy, valid) => {
      const input = withChange((candidacy) => {
        candidacy.interviews[1]!.decisionExpectedBy = decisionExpectedBy;
      });
      expect(parseCandidacy(input).ok).toBe(valid);
    });

    it.each([
      ['Europe/Berlin', true],
      ['Asia/Kolkata', true],
      ['UTC', true],
      ['Europe/Atlantis', false],
      ['', false],
    ])('takes %s as a time zone: %s', (timeZone, valid) => {
      const input = withChange((candidacy) => {
        candidacy.candidate.timeZone = timeZone;
      });
      expect(parseCandidacy(input).ok).toBe(valid);
    });

    it.each([
      ['US-CA', true],
      ['US-NY-NYC', true],
      ['DE', true],
      ['EU', true],
      ['us-ca', false],
      ['USA-CA', false],
      ['US-NY-NYC-X', false],
    ])('takes %s as a jurisdiction code: %s', (jurisdiction, valid) => {
      const input = withChange((candidacy) => {
        candidacy.candidate.jurisdiction = jurisdiction;
      });
      expect(parseCandidacy(input).ok).toBe(valid);
    });
  });

  describe('cross-field checks', () => {
    it('flags a duplicate interview id', () => {
      const input = withChange((candidacy) => {
        candidacy.interviews[1]!.id = 'r1';
      });
      expect(codesAt(input)).toEqual(['duplicate_id @ interviews[1].id']);
    });

    it('flags a duplicate interviewer id within one interview, but not across interviews', () => {
      const input = withChange((candidacy) => {
        candidacy.interviews[1]!.interviewers![1]!.id = 'hm';
        candidacy.interviews[1]!.interviewers![0]!.id = 'rec';
        candidacy.interviews[1]!.interviewers![1]!.id = 'rec';
      });
      expect(codesAt(input)).toEqual(['duplicate_id @ interviews[1].interviewers[1].id']);
    });

    it.each(['stories', 'questions', 'concerns'] as const)('flags a duplicate id among %s', (collection) => {
      const input = withChange((candidacy) => {
        candidacy.questions = [
          { id: 'q', text: 'What would success look like?', audiences: ['hiring-manager'] },
          { id: 'q2', text: 'How are decisions made?', audiences: ['peer'] },
        ];
        const items = candidacy[collection] as { id: string }[];
        items.push({ ...structuredClone(items[0]!) });
      });
      const issues = issuesOf(input);
      expect(issues.map((issue) => issue.code)).toContain('duplicate_id');
      expect(issues.find((issue) => issue.code === 'duplicate_id')?.path[0]).toBe(collection);
    });

    it('flags a concern raised by an interviewer who is not on any panel', () => {
      const input = withChange((candidacy) => {
        candidacy.concerns![0]!.raisedBy = 'ghost';
      });
      expect(codesAt(input)).toEqual(['unknown_reference @ concerns[0].raisedBy']);
    });

    it('flags a thank-you sent to an unknown interviewer', () => {
      const input = withChange((candidacy) => {
        candidacy.prep!.thankYouSent![0]!.interviewerId = 'nobody';
      });
      expect(codesAt(input)).toEqual(['unknown_reference @ prep.thankYouSent[0].interviewerId']);
    });

    it('flags a pay range whose minimum is above its maximum', () => {
      const input = withChange((candidacy) => {
        candidacy.compensation!.range = { min: 250000, max: 200000, currency: 'USD', basis: 'base' };
      });
      expect(formatIssues(issuesOf(input))).toBe(
        '✖ expected min ≤ max, found min 250000 above max 200000: swap them → at compensation.range',
      );
    });

    it('flags a telling, a question and a concern that name a round with no interview', () => {
      const input = withChange((candidacy) => {
        candidacy.stories![0]!.tellings![1]!.round = 3;
        candidacy.questions = [{ id: 'q', text: 'Why?', audiences: [], askedInRound: 4 }];
        candidacy.concerns![0]!.raisedInRound = 5;
      });
      expect(codesAt(input)).toEqual([
        'unknown_round @ stories[0].tellings[1].round',
        'unknown_round @ questions[0].askedInRound',
        'unknown_round @ concerns[0].raisedInRound',
      ]);
    });

    it('flags two tellings of one story for the same round', () => {
      const input = withChange((candidacy) => {
        candidacy.stories![0]!.tellings![1]!.round = 1;
      });
      expect(codesAt(input)).toEqual(['duplicate_telling @ stories[0].tellings[1].round']);
    });

    it('flags a take-home due before it was assigned', () => {
      const input = withChange((candidacy) => {
        candidacy.interviews[1]!.takeHome = {
          assignedAt: '2027-03-08T09:00:00-05:00',
          dueAt: '2027-03-07T09:00:00-05:00',
          timeboxHours: 4,
        };
      });
      expect(codesAt(input)).toEqual(['date_order @ interviews[1].takeHome.dueAt']);
    });

    it('refuses non-positive durations and hours, and round 0', () => {
      const input = withChange((candidacy) => {
        candidacy.interviews[0]!.round = 0;
        candidacy.interviews[1]!.takeHome = {
          assignedAt: '2027-03-01T09:00:00-05:00',
          dueAt: '2027-03-03T09:00:00-05:00',
          timeboxHours: 0,
        };
      });
      expect(codesAt(input)).toEqual([
        'too_small @ interviews[0].round',
        'too_small @ interviews[1].takeHome.timeboxHours',
        'unknown_round @ stories[0].tellings[0].round',
        'unknown_round @ stories[1].tellings[0].round',
        'unknown_round @ concerns[0].raisedInRound',
      ]);
    });

    it('runs the cross-field checks even when other fields are invalid', () => {
      const input = withChange((candidacy) => {
        candidacy.candidate.timeZone = 'nowhere';
        candidacy.interviews[1]!.id = 'r1';
      });
      expect(codesAt(input)).toEqual([
        'invalid_format @ candidate.timeZone',
        'duplicate_id @ interviews[1].id',
      ]);
    });
  });
});

describe('formatPath', () => {
  it('renders keys and indexes the way code reads', () => {
    expect(formatPath(['interviews', 1, 'interviewers', 0, 'audience'])).toBe(
      'interviews[1].interviewers[0].audience',
    );
  });

  it('quotes keys that are not identifiers and names the root', () => {
    expect(formatPath(['prep', 'formatPrep', 'case-study'])).toBe('prep.formatPrep["case-study"]');
    expect(formatPath([])).toBe('(root)');
  });
});

describe('formatIssues', () => {
  it('renders one line per issue', () => {
    const text = formatIssues([
      {
        code: 'invalid_value',
        path: ['interviews', 0, 'medium'],
        message: 'expected one of "video" | "in-person" | "phone", found "zoom"',
      },
      { code: 'duplicate_id', path: ['stories', 2, 'id'], message: 'expected a unique story id' },
    ]);
    expect(text.split('\n')).toEqual([
      '✖ expected one of "video" | "in-person" | "phone", found "zoom" → at interviews[0].medium',
      '✖ expected a unique story id → at stories[2].id',
    ]);
  });

  it('renders nothing for no issues', () => {
    expect(formatIssues([])).toBe('');
  });
});

describe('unreadableInputIssue', () => {
  it('names the kind of error and the fix, at the root', () => {
    expect(unreadableInputIssue(new TypeError('boom'))).toEqual({
      code: 'unreadable_input',
      path: [],
      message:
        'expected plain JSON data, found a value that could not be read (TypeError): pass the result of JSON.parse',
    });
  });
});

describe('unknown fields with hostile names', () => {
  it('keeps the message short when the unknown key is a million characters long', () => {
    const key = 'k'.repeat(1_000_000);
    const [issue] = issuesOf({ ...minimalCandidacy(), [key]: 1 });
    expect(issue?.code).toBe('unknown_field');
    expect(issue?.message.length).toBeLessThan(400);
    expect(issue?.message).toContain('…');
  });
});
