import { describe, expect, it } from 'vitest';
import {
  type CandidacyInput,
  defaultIssueLimits,
  formatIssues,
  formatPath,
  type Issue,
  parseCandidacy,
  parseRulePack,
  prepareSync,
} from '../../src/index.js';
import { minimalCandidacy } from '../fixtures/minimal.js';

type Loose = Record<string, unknown> & { [key: string]: unknown };

function issuesOf(input: unknown): readonly Issue[] {
  const result = parseCandidacy(input);
  return result.ok ? [] : result.issues;
}

function warningsOf(input: unknown): readonly Issue[] {
  const result = parseCandidacy(input);
  if (!result.ok) throw new Error(formatIssues(result.issues));
  return result.warnings;
}

function changed(change: (candidacy: CandidacyInput & Loose) => void): unknown {
  const candidacy = minimalCandidacy() as CandidacyInput & Loose;
  change(candidacy);
  return candidacy;
}

function located(issues: readonly Issue[]): string[] {
  return issues.map((issue) => `${issue.code} @ ${formatPath(issue.path)}`);
}

describe('warnings beside a parsed candidacy (issue 14, item 6)', () => {
  it.each([
    ['MST', 'America/Phoenix'],
    ['EST', 'America/New_York'],
    ['US/Mountain', 'America/Denver'],
    ['US/Eastern', 'America/New_York'],
    ['Etc/GMT+7', 'America/Phoenix'],
    ['PST8PDT', 'America/Los_Angeles'],
    ['america/new_york', 'America/New_York'],
  ])('accepts the legacy zone name %s with a warning that suggests %s', (zone, suggested) => {
    const warnings = warningsOf(
      changed((c) => {
        c.candidate.timeZone = zone;
      }),
    );
    expect(located(warnings)).toEqual(['legacy_time_zone @ candidate.timeZone']);
    expect(warnings[0]?.message).toContain(suggested);
    expect(warnings[0]?.message).toContain(JSON.stringify(zone));
  });

  it('warns about a legacy zone on an interview too, at its path', () => {
    const warnings = warningsOf(
      changed((c) => {
        c.interviews[1]!.timeZone = 'US/Pacific';
      }),
    );
    expect(located(warnings)).toEqual(['legacy_time_zone @ interviews[1].timeZone']);
    expect(warnings[0]?.message).toContain('America/Los_Angeles');
  });

  it.each(['America/Denver', 'Europe/Berlin', 'UTC', 'Asia/Kolkata'])('gives no warning for %s', (zone) => {
    expect(
      warningsOf(
        changed((c) => {
          c.candidate.timeZone = zone;
        }),
      ),
    ).toEqual([]);
  });

  it('warns about a round with no interviewer', () => {
    const warnings = warningsOf(
      changed((c) => {
        c.interviews[1]!.interviewers = [];
      }),
    );
    expect(located(warnings)).toEqual(['no_interviewer @ interviews[1].interviewers']);
  });

  it('does not warn about a round split into sessions when one of them names the interviewers', () => {
    const warnings = warningsOf(
      changed((c) => {
        c.interviews.push({ id: 'r2-b', round: 2, medium: 'video', interviewers: [] });
      }),
    );
    expect(warnings).toEqual([]);
  });

  it('warns about a plain date given as an offer deadline, where a time is expected', () => {
    const warnings = warningsOf(
      changed((c) => {
        c.pipeline = {
          otherProcesses: [],
          offers: [{ company: 'Globex', status: 'received', deadline: '2027-03-20' }],
        };
      }),
    );
    expect(located(warnings)).toEqual(['date_without_time @ pipeline.offers[0].deadline']);
  });

  it('renders warnings with formatIssues, like issues', () => {
    const warnings = warningsOf(
      changed((c) => {
        c.candidate.timeZone = 'US/Mountain';
      }),
    );
    expect(formatIssues(warnings)).toMatch(/^✖ .*America\/Denver.* → at candidate\.timeZone$/);
  });
});

describe('one issue per bad value (issue 14, item 8)', () => {
  it.each([
    ['scheduledAt', 'soon'],
    ['scheduledAt', '2027-03-01'],
    ['scheduledAt', '2027-02-30T10:00:00-05:00'],
  ])('reports %s = %j once', (field, value) => {
    const issues = issuesOf(
      changed((c) => {
        (c.interviews[1] as Loose)[field] = value;
      }),
    );
    expect(located(issues)).toEqual([`invalid_format @ interviews[1].${field}`]);
  });

  it('reports a prep time given as a plain date once, saying a time is needed', () => {
    const issues = issuesOf(
      changed((c) => {
        c.prep = { checklistRunAt: '2027-03-01' };
      }),
    );
    expect(located(issues)).toEqual(['invalid_format @ prep.checklistRunAt']);
    expect(issues[0]?.message).toContain('"2027-03-01"');
  });

  it('says an array is expected, and nothing about characters, when a string is given', () => {
    const issues = issuesOf(
      changed((c) => {
        (c.interviews[1] as Loose).formats = 'technical';
      }),
    );
    expect(located(issues)).toEqual(['invalid_type @ interviews[1].formats']);
    expect(issues[0]?.message).not.toMatch(/character/);
    expect(issues[0]?.message).toContain('["technical"]');
  });

  it.each([
    [
      'usd',
      'USD',
      (c: Loose, v: string) =>
        Object.assign(c, { compensation: { range: { min: 1, max: 2, currency: v, basis: 'base' } } }),
    ],
    [
      'eur',
      'EUR',
      (c: Loose, v: string) =>
        Object.assign(c, { compensation: { range: { min: 1, max: 2, currency: v, basis: 'base' } } }),
    ],
    ['us-ca', 'US-CA', (c: Loose, v: string) => Object.assign(c.candidate as Loose, { jurisdiction: v })],
    [
      'leadership',
      'senior-leadership',
      (c: Loose, v: string) =>
        Object.assign((c.interviews as Loose[])[1]!.interviewers as Loose[], {
          0: { id: 'hm', name: 'Mei', audience: v },
        }),
    ],
    [
      'Hiring Manager',
      'hiring-manager',
      (c: Loose, v: string) =>
        Object.assign((c.interviews as Loose[])[1]!.interviewers as Loose[], {
          0: { id: 'hm', name: 'Mei', audience: v },
        }),
    ],
    [
      'IN_PERSON',
      'in-person',
      (c: Loose, v: string) => Object.assign((c.interviews as Loose[])[1]!, { medium: v }),
    ],
    [
      'Case Study',
      'case-study',
      (c: Loose, v: string) => Object.assign((c.interviews as Loose[])[1]!, { formats: [v] }),
    ],
  ])('suggests a case-insensitive near miss: %s → %s', (value, suggestion, change) => {
    const issues = issuesOf(changed((c) => change(c, value)));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toContain(`did you mean "${suggestion}"?`);
  });
});

describe('did you mean, for time zones', () => {
  it.each([
    ['America/NewYork', 'America/New_York'],
    ['europe/berln', 'Europe/Berlin'],
    ['Asia/Tokio', 'Asia/Tokyo'],
  ])('suggests %s → %s', (zone, suggestion) => {
    const issues = issuesOf(
      changed((c) => {
        c.candidate.timeZone = zone;
      }),
    );
    expect(located(issues)).toEqual(['invalid_format @ candidate.timeZone']);
    expect(issues[0]?.message).toContain(`did you mean "${suggestion}"?`);
  });

  it('suggests nothing for a zone far from any', () => {
    const issues = issuesOf(
      changed((c) => {
        c.candidate.timeZone = 'Mars/Olympus_Mons';
      }),
    );
    expect(issues[0]?.message).not.toContain('did you mean');
  });
});

describe('identifiers are printable single-line text (issue 19, item 3)', () => {
  const hostile = [
    'r2\r\nSUMMARY:Pwned',
    'a\u0000b',
    'esc\u001b[31m',
    'rtl\u202eevil',
    'line\u2028sep',
    'x\u0085y',
    'zw\u200bj',
    ' '.repeat(0) + 'x'.repeat(201),
  ];

  it.each(hostile)('refuses the interviewer id %j with a located issue', (id) => {
    const issues = issuesOf(
      changed((c) => {
        c.interviews[1]!.interviewers![0]!.id = id;
        c.concerns = [];
      }),
    );
    expect(located(issues)).toEqual([
      `${id.length > 200 ? 'too_big' : 'invalid_format'} @ interviews[1].interviewers[0].id`,
    ]);
  });

  it.each([
    ['interviews', 0, 'id'],
    ['stories', 0, 'id'],
    ['concerns', 0, 'id'],
  ])('refuses a newline in %s[%s].%s', (collection, index, key) => {
    const issues = issuesOf(
      changed((c) => {
        ((c[collection] as Loose[])[index as number] as Loose)[key] = 'bad\nid';
      }),
    );
    expect(located(issues)).toContain(`invalid_format @ ${collection}[${index}].${key}`);
  });

  it('refuses control characters in a rule pack id and version', () => {
    const result = parseRulePack({
      id: 'pack\u001b[2J',
      version: '1\r\n2',
      rules: [],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((issue) => formatPath(issue.path));
    expect(paths).toContain('id');
    expect(paths).toContain('version');
  });

  it('cannot be forged into an extra line of formatIssues', () => {
    const issues: Issue[] = [
      { code: 'invalid_value', path: ['a\nb'], message: 'found "x"\n✖ everything is fine → at (root)' },
      { code: 'invalid_value', path: ['c\u2028d'], message: 'found \u202eevil\r' },
    ];
    const text = formatIssues(issues);
    expect(text.split(/\r\n|\r|\n|\u2028|\u2029/)).toHaveLength(2);
    expect(text).not.toMatch(/[\p{Cf}\p{Zl}\p{Zp}]/u);
    expect(text.replace(/\n/g, '')).not.toMatch(/\p{Cc}/u);
  });

  it('quotes an id with a newline escaped in its own messages', () => {
    const issues = issuesOf(
      changed((c) => {
        c.concerns![0]!.raisedBy = 'gh\nost';
      }),
    );
    for (const issue of issues) expect(issue.message).not.toContain('\n');
  });
});

describe('bounded errors (issue 19, item 1)', () => {
  function amplification(): Loose {
    const c = minimalCandidacy() as CandidacyInput & Loose;
    c.interviews = [
      {
        id: 'r1',
        round: 1,
        scheduledAt: '2027-02-24T10:00:00-05:00',
        medium: 'phone',
        interviewers: Array.from({ length: 5_000 }, (_, index) => ({
          id: `interviewer-${index}-${'x'.repeat(60)}`,
          name: `Person ${index}`,
          audience: 'peer' as const,
        })),
      },
    ];
    c.stories = [];
    c.prep = {};
    c.concerns = Array.from({ length: 20_000 }, (_, index) => ({
      id: `c${index}`,
      raisedInRound: 1,
      raisedBy: 'nobody',
      topic: 'x',
    }));
    return c;
  }

  it('exports its limits as data', () => {
    expect(defaultIssueLimits).toEqual({ perCode: 20, total: 200 });
  });

  it('answers the 1.7 MB amplification case with a few short issues', () => {
    const input = amplification();
    expect(JSON.stringify(input).length).toBeGreaterThan(1_500_000);
    const issues = issuesOf(input);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.length).toBeLessThanOrEqual(defaultIssueLimits.total + 10);
    expect(JSON.stringify(issues).length).toBeLessThan(16_000);
    expect(located(issues)).toContain('too_big @ concerns');
    expect(located(issues)).toContain('too_big @ interviews[0].interviewers');
  });

  it('caps issues of one code, then says how many more there are', () => {
    const input = changed((c) => {
      c.concerns = Array.from({ length: 100 }, (_, index) => ({
        id: `c${index}`,
        raisedInRound: 1,
        raisedBy: 'nobody',
        topic: 'x',
      }));
    });
    const issues = issuesOf(input);
    expect(issues.filter((issue) => issue.code === 'unknown_reference')).toHaveLength(20);
    const more = issues.filter((issue) => issue.code === 'too_many_issues');
    expect(more).toHaveLength(1);
    expect(more[0]?.message).toContain('and 80 more like this');
  });

  it('lists at most a few valid ids in an unknown-reference message', () => {
    const input = changed((c) => {
      c.interviews[1]!.interviewers = Array.from({ length: 50 }, (_, index) => ({
        id: `person-${index}`,
        name: 'P',
        audience: 'peer' as const,
      }));
      c.concerns![0]!.raisedBy = 'ghost';
    });
    const [issue] = issuesOf(input);
    expect(issue?.code).toBe('unknown_reference');
    expect(issue?.message).toMatch(/one of: rec, person-0, person-1 and 48 more/);
  });

  it('quotes only an excerpt of a huge duplicate id', () => {
    const id = 'd'.repeat(150);
    const input = changed((c) => {
      c.stories![0]!.id = id;
      c.stories![1]!.id = id;
    });
    const issues = issuesOf(input);
    expect(located(issues)).toEqual(['duplicate_id @ stories[1].id']);
    expect(issues[0]!.message.length).toBeLessThan(250);
  });

  it('keeps a path short when an unknown key is a million characters long', () => {
    const key = 'k'.repeat(1_000_000);
    const issues = issuesOf({ ...minimalCandidacy(), [key]: 1 });
    expect(JSON.stringify(issues).length).toBeLessThan(1_000);
  });

  it('caps 100,000 unknown keys', () => {
    const extra = Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`key${index}`, index]));
    const issues = issuesOf({ ...minimalCandidacy(), ...extra });
    expect(issues.filter((issue) => issue.code === 'unknown_field')).toHaveLength(20);
    expect(issues.at(-1)?.message).toContain('and 99,980 more like this');
  });
});

describe('misuse: unparsed input (issue 21, item 3)', () => {
  it.each([
    [
      'raw JSON without defaults',
      () => {
        const raw = minimalCandidacy() as Loose;
        delete raw.stories;
        return raw;
      },
    ],
    ['a string', () => '{"schemaVersion":1}'],
    ['null', () => null],
    [
      'an interview without its defaults',
      () => {
        const raw = minimalCandidacy();
        delete (raw.interviews[1] as Loose).formats;
        return raw;
      },
    ],
  ])('prepareSync given %s says to parse first', (_what, input) => {
    expect(() => prepareSync(input() as never, { now: '2027-03-09T12:00:00-05:00' })).toThrow(
      /^prepareSync: .*parse the input with parseCandidacy first/,
    );
  });
});
