import { describe, expect, it } from 'vitest';
import {
  type Candidacy,
  createPreparer,
  defaultAudienceProfiles,
  defaultRulePack,
  defaultThankYouTemplate,
  formatPath,
  type Preparer,
  type PreparerConfig,
  type PrepReport,
  parseRulePack,
  prepareSync,
  type ReportData,
} from '../../src/index.js';
import { example } from '../fixtures/examples.js';

const thorough = example('thorough-manager');
const contradicting = example('contradicting-stories');
const NOW = '2027-03-09T12:00:00-05:00';

function validatedRules(data: PreparerConfig): Partial<ReportData> {
  if (data.rules === undefined) return {};
  const parsed = parseRulePack(data.rules);
  if (!parsed.ok) throw new Error('test pack rejected');
  return { rules: parsed.value };
}

function make(config: PreparerConfig): Preparer {
  const made = createPreparer(config);
  if (!made.ok) throw new Error(`config rejected: ${made.issues.map((issue) => issue.message).join('; ')}`);
  return made.value;
}

const vendorLawRow = {
  id: 'US-NY-NYC/vendor-history',
  code: 'US-NY-NYC',
  level: 'city',
  lawName: 'Vendor City Pay History Act',
  citation: 'Vendor Code §1',
  effectiveDate: '2020-01-01',
  kinds: ['inquiry_ban'],
  exceptions: [],
  candidateTip: 'Employers here may not ask what you earn now.',
  sources: ['vendor.example'],
  confidence: 'H',
  lastReviewed: '2026-11-01',
};

const vendorTemplate = { ...defaultThankYouTemplate, subject: 'Thanks: {role}', signOff: 'Best,' };

describe('createPreparer with no overrides', () => {
  it.each([
    ['thorough', thorough],
    ['contradicting', contradicting],
  ])('gives the same report as prepareSync on the %s example', (_name, candidacy) => {
    expect(make({}).prepare(candidacy, { now: NOW })).toEqual(prepareSync(candidacy, { now: NOW }));
  });
});

/** The two ways to prepare with a vendor's data sets: validated once by a preparer, or typed per call. */
const PATHS: [string, (data: PreparerConfig) => Preparer['prepare']][] = [
  ['createPreparer(data).prepare', (data) => make(data).prepare],
  [
    'prepareSync(candidacy, { now, ...data })',
    // prepareSync takes data sets as typed values: a rule pack must come from parseRulePack.
    (data) => (candidacy, options) =>
      prepareSync(candidacy, { ...options, ...(data as ReportData), ...validatedRules(data) }),
  ],
];

describe.each(PATHS)('%s applies every report override', (_path, withData) => {
  const make = (data: PreparerConfig) => ({ prepare: withData(data) });

  it('rules: the vendor pack is scored', () => {
    const pack = { id: 'vendor/pack', version: '2.0.0', rules: defaultRulePack.rules.slice(0, 2) };
    const readiness = make({ rules: pack }).prepare(thorough, { now: NOW }).readiness;
    expect(readiness.pack).toEqual({ id: 'vendor/pack', version: '2.0.0' });
    expect(readiness.items.map((item) => item.ruleId)).toEqual([
      'recall.notes-reviewed',
      'recall.consistent-stories',
    ]);
  });

  it('messages: a rule speaks the vendor text', () => {
    const messages = {
      'recall.notes-reviewed': { message: 'Notes relues.', recommendation: 'Relisez vos notes.' },
    };
    const item = make({ messages }).prepare(thorough, { now: NOW }).readiness.items[0]!;
    expect([item.message, item.recommendation]).toEqual(['Notes relues.', 'Relisez vos notes.']);
  });

  it('tolerance: a 4-month gap in a duration becomes a variation with a wider tolerance', () => {
    const base = make({}).prepare(contradicting, { now: NOW }).consistency.findings[0]!;
    const wide = make({ tolerance: { duration: { variationAbsolute: 6 } } }).prepare(contradicting, {
      now: NOW,
    }).consistency.findings[0]!;
    expect([base.attribute, base.kind]).toEqual(['duration', 'contradiction']);
    expect([wide.attribute, wide.kind]).toEqual(['duration', 'variation']);
  });

  it('questionBank: with no questions of their own, the candidate gets the vendor bank', () => {
    const audiences = ['hiring-manager', 'peer', 'direct-report', 'senior-leadership', 'cross-functional'];
    const questionBank = ['roadmap', 'on-call', 'hiring', 'budget', 'partners', 'growth'].map((topic) => ({
      id: `acme-${topic}`,
      text: `How does {company} handle ${topic} today?`,
      audiences,
      source: 'acme-bank',
    }));
    const plan = make({ questionBank }).prepare({ ...thorough, questions: [] }, { now: NOW }).questions;
    expect(plan.planned.length).toBeGreaterThan(0);
    expect(new Set(plan.planned.map((pick) => pick.source))).toEqual(new Set(['acme-bank']));
    expect(plan.planned[0]?.text).toBe('How does Tallyworks handle roadmap today?');
  });

  it('questionRules: one question per interviewer', () => {
    const questionRules = {
      perInterviewer: { min: 1, max: 1 },
      planned: { min: 1, max: 6 },
      excludedCategories: {},
      managementCategories: [],
      categoryPhrases: {},
      source: 'vendor',
    };
    const plan = make({ questionRules }).prepare(thorough, { now: NOW }).questions;
    expect(plan.perInterviewer.map((entry) => entry.questions.length)).toEqual([1, 1, 1, 1, 1]);
  });

  it('profiles: the briefs use the vendor profile', () => {
    const profiles = {
      ...defaultAudienceProfiles,
      'hiring-manager': {
        ...defaultAudienceProfiles['hiring-manager'],
        caresAbout: ['Whether you ship on Fridays'],
      },
    };
    const brief = make({ profiles }).prepare(thorough, { now: NOW }).briefs[0]!;
    expect([brief.interviewerId, brief.caresAbout]).toEqual([
      'dana-whitfield',
      ['Whether you ship on Fridays'],
    ]);
  });

  it('profiles: a peer profile no story fits fails the peers item of the score, as in the brief', () => {
    const peer = { ...defaultAudienceProfiles.peer, storyTags: [], storyKinds: [] };
    const profiles = { ...defaultAudienceProfiles, peer };
    const peersItem = (report: PrepReport) =>
      report.readiness.items.find((item) => item.ruleId === 'audiences.peers')?.passed;
    expect(peersItem(make({}).prepare(thorough, { now: NOW }))).toBe(true);
    const report = make({ profiles }).prepare(thorough, { now: NOW });
    expect(peersItem(report)).toBe(false);
    expect(report.briefs.find((brief) => brief.audience === 'peer')?.stories).toEqual([]);
  });

  it('factThresholds: a telling counts as a repeat from 10% similarity', () => {
    const repeats = (report: PrepReport) =>
      report.readiness.items.find((item) => item.ruleId === 'recall.deeper-than-round-one')?.passed;
    expect(repeats(make({}).prepare(thorough, { now: NOW }))).toBe(true);
    expect(repeats(make({ factThresholds: { repeatSimilarity: 0.1 } }).prepare(thorough, { now: NOW }))).toBe(
      false,
    );
  });

  it('tenureBands: one vendor band for everyone', () => {
    const tenureBands = [
      { id: 'any', fromMonths: 0, insight: 'Ask what changed this year.', source: 'vendor' },
    ];
    const briefs = make({ tenureBands }).prepare(thorough, { now: NOW }).briefs;
    expect(briefs[0]?.tenure).toEqual({
      band: 'any',
      months: 26,
      insight: 'Ask what changed this year.',
      source: 'vendor',
    });
  });

  it('seniority: the company-news note moves to the audience ranked first', () => {
    const seniority = [
      'cross-functional',
      'senior-leadership',
      'hiring-manager',
      'peer',
      'direct-report',
      'recruiter',
    ];
    const briefs = make({ seniority }).prepare(thorough, { now: NOW }).briefs;
    const tom = briefs.find((brief) => brief.interviewerId === 'tom-reyes')!;
    const miriam = briefs.find((brief) => brief.interviewerId === 'miriam-castellanos')!;
    expect(tom.warnings.some((warning) => warning.includes('most senior person'))).toBe(true);
    expect(miriam.companyNews).toEqual([]);
  });

  it('thankYouTemplate: the drafts open with the vendor greeting', () => {
    const template = { ...vendorTemplate, greeting: 'Dear {firstName},' };
    const drafts = make({ thankYouTemplate: template }).prepare(thorough, { now: NOW }).thankYouDrafts;
    expect(drafts[0]?.body.startsWith('Dear Dana,')).toBe(true);
  });

  it('laws: the pay brief cites the vendor row', () => {
    const line = make({ laws: [vendorLawRow] }).prepare(thorough, { now: NOW }).compensation.currentSalary;
    expect(line.text).toContain('Under Vendor Code §1, the Vendor City Pay History Act');
    expect(line.text).not.toContain('Local Law 67');
  });

  it('timeline: thank-yous due 2 hours after the interview ends (14:00) instead of 4', () => {
    const events = make({ timeline: { thankYouDueHours: 2 } }).prepare(thorough, { now: NOW }).timeline
      .events;
    const thanks = events.find((event) => event.kind === 'thank-you')!;
    expect(thanks.due).toBe('2027-03-10T16:00:00-05:00');
  });
});

describe('createPreparer lint rules', () => {
  it('lintRules: the preparer lints with the vendor rules', () => {
    const lintRules = [
      {
        id: 'no-synergy',
        kind: 'phrases',
        audiences: ['peer'],
        phrases: ['synergy'],
        message: 'Jargon.',
        suggestion: 'Say what happened.',
        source: 'vendor',
      },
    ];
    const preparer = make({ lintRules });
    expect(
      preparer.lintAnswer('We found real Synergy there.', 'peer').map((flag) => [flag.ruleId, flag.span]),
    ).toEqual([['no-synergy', { start: 14, end: 21 }]]);
    expect(preparer.lintAnswer('We found real Synergy there.', 'recruiter')).toEqual([]);
  });
});

describe('createPreparer rejects a bad configuration with located issues', () => {
  const cases: [string, unknown, string[]][] = [
    ['not an object', 'config', ['(root)']],
    ['an unknown key', { questionbank: [] }, ['questionbank']],
    ['bands out of order', { bandThresholds: { atRisk: 71, ready: 70 } }, ['bandThresholds.ready']],
    [
      'a fact threshold above 1',
      { factThresholds: { repeatSimilarity: 1.5 } },
      ['factThresholds.repeatSimilarity'],
    ],
    [
      'a bank question for an unknown audience',
      { questionBank: [{ id: 'q', text: 'Why?', audiences: ['ceo'] }] },
      ['questionBank[0].audiences[0]'],
    ],
    ['a rule pack with no rules field', { rules: { id: 'p', version: '1' } }, ['rules.rules']],
    ['a law row without sources', { laws: [{ ...vendorLawRow, sources: [] }] }, ['laws[0].sources']],
    [
      'inverted follow-up days',
      { timeline: { followUpDays: { min: 9, max: 3 } } },
      ['timeline.followUpDays'],
    ],
    ['a cache without a size bound', { cache: { consistency: true, maxEntries: 0 } }, ['cache.maxEntries']],
    [
      'two bad data sets at once',
      { tolerance: { money: { variationRelative: 2 } }, lintRules: [{ id: 'x', kind: 'regex' }] },
      ['tolerance.money.variationRelative', 'lintRules[0].kind'],
    ],
  ];
  it.each(cases)('%s', (_name, config, paths) => {
    const made = createPreparer(config as PreparerConfig);
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(made.issues.map((issue) => formatPath(issue.path))).toEqual(paths);
  });

  it('says why a key cannot be applied yet', () => {
    const made = createPreparer({ lexicon: {} } as PreparerConfig);
    expect(made.ok ? '' : made.issues[0]?.message).toBe(
      '"lexicon" cannot be applied yet: the consistency lexicon has no schema yet (it is being rebuilt); remove it',
    );
  });
});

describe('preparer.prepare misuse', () => {
  const preparer = make({});
  it('names the function, the value and the fix for a bad now', () => {
    expect(() => preparer.prepare(thorough, { now: 'tomorrow' })).toThrow(
      /^preparer\.prepare: expected options\.now as an ISO date-time with an offset, found "tomorrow": pass e\.g\. \{ now: '2027-03-09T12:00:00-05:00' \}$/,
    );
  });
  it('asks for parseCandidacy on raw input', () => {
    expect(() => preparer.prepare({ schemaVersion: 1 } as unknown as Candidacy, { now: NOW })).toThrow(
      /parse the input with parseCandidacy first/,
    );
  });
  it('does not mutate the candidacy', () => {
    const copy = structuredClone(thorough);
    make({ cache: { consistency: true } }).prepare(copy, { now: NOW });
    expect(copy).toEqual(thorough);
    expect(Object.isFrozen(copy.stories)).toBe(false);
  });
});
