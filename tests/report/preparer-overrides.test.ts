import { describe, expect, it } from 'vitest';
import {
  type Candidacy,
  createPreparer,
  defaultAudienceProfiles,
  defaultLawTable,
  defaultNoticeNorms,
  defaultQuestionRules,
  defaultRulePack,
  defaultThankYouTemplate,
  formatPath,
  type Preparer,
  type PreparerConfig,
  type PrepReport,
} from '../../src/index.js';
import { example } from '../fixtures/examples.js';

// Issue 21 items 2 and 7: every key of createPreparer's configuration, one row each. A row gives a
// vendor's value, the report it changes and what a reader of that report sees differently; then an invalid
// value of the same key and the located issue it gives. Every expected value is written by hand.

const NOW = '2027-03-09T12:00:00-05:00';
const thorough = example('thorough-manager'); // NYC, round 2 panel of five, 100/100
const vendor = example('vendor-export'); // 53/100 at-risk, nothing on logistics
const german = example('verbatim-reuser'); // DE, 12 weeks of notice, 25/100 not-ready

function make(config: PreparerConfig): Preparer {
  const made = createPreparer(config);
  if (!made.ok) throw new Error(`config rejected: ${made.issues.map((issue) => issue.message).join('; ')}`);
  return made.value;
}

const item = (report: PrepReport, ruleId: string) =>
  report.readiness.items.find((entry) => entry.ruleId === ruleId);

interface Row {
  /** The config key. */
  readonly key: string;
  readonly value: unknown;
  readonly candidacy: Candidacy;
  /** What the report shows, read the same way with the defaults and with the vendor value. */
  readonly read: (report: PrepReport, preparer: Preparer) => unknown;
  readonly before: unknown;
  readonly after: unknown;
}

const nycRow = defaultLawTable.find((row) => row.id === 'US-NY-NYC/salary-history')!;
const germanNorm = defaultNoticeNorms.find((norm) => norm.country === 'DE')!;

const ROWS: Row[] = [
  {
    key: 'rules',
    value: {
      id: 'acme/short',
      version: '1.0.0',
      rules: defaultRulePack.rules.filter((rule) => rule.dimension === 'recall').slice(0, 1),
    },
    candidacy: vendor,
    read: (report) => [report.readiness.pack.id, report.readiness.items.length],
    before: ['second-round/default', 46],
    after: ['acme/short', 1],
  },
  {
    key: 'messages',
    value: {
      'audiences.peers': {
        message: 'Pour les pairs, une histoire est prête.',
        recommendation: 'Préparez une histoire pour les pairs.',
      },
    },
    candidacy: thorough,
    read: (report) => item(report, 'audiences.peers')?.message,
    before: expect.not.stringContaining('Pour les pairs'),
    after: 'Pour les pairs, une histoire est prête.',
  },
  {
    key: 'tolerance',
    value: { duration: { variationAbsolute: 12 } },
    candidacy: example('contradicting-stories'),
    read: (report) =>
      report.consistency.findings
        .filter((finding) => finding.attribute === 'duration')
        .map((finding) => finding.kind),
    before: expect.arrayContaining(['contradiction']),
    after: expect.not.arrayContaining(['contradiction']),
  },
  {
    key: 'questionBank',
    value: [
      {
        id: 'acme-oncall',
        text: 'How is on-call shared across the {company} billing team?',
        audiences: ['peer'],
        category: 'team',
        source: 'acme-bank',
      },
    ],
    candidacy: { ...thorough, questions: [] },
    read: (report) =>
      report.questions.perInterviewer
        .find((entry) => entry.interviewerId === 'luis-ortega')
        ?.questions.map((pick) => pick.text),
    before: expect.not.arrayContaining(['How is on-call shared across the Tallyworks billing team?']),
    after: ['How is on-call shared across the Tallyworks billing team?'],
  },
  {
    key: 'questionRules',
    value: { ...defaultQuestionRules, perInterviewer: { min: 1, max: 1 }, planned: { min: 1, max: 3 } },
    candidacy: thorough,
    read: (report) => report.questions.planned.length <= 3,
    before: false,
    after: true,
  },
  {
    key: 'profiles',
    value: {
      ...defaultAudienceProfiles,
      'cross-functional': {
        ...defaultAudienceProfiles['cross-functional'],
        caresAbout: ['How you hand work over to finance'],
        storyTags: [],
        storyKinds: [],
        matchesPartnerFunction: false,
      },
    },
    candidacy: thorough,
    // The brief and the score read the same profile: no story fits Tom in either.
    read: (report) => {
      const brief = report.briefs.find((entry) => entry.audience === 'cross-functional');
      return [brief?.caresAbout, brief?.stories.length, item(report, 'audiences.cross-functional')?.passed];
    },
    before: [defaultAudienceProfiles['cross-functional'].caresAbout, expect.any(Number), true],
    after: [['How you hand work over to finance'], 0, false],
  },
  {
    key: 'tenureBands',
    value: [
      { id: 'all', fromMonths: 0, insight: 'Ask what surprised them in their first year.', source: 'acme' },
    ],
    candidacy: thorough,
    read: (report) => report.briefs.map((brief) => brief.tenure?.insight ?? null).filter(Boolean)[0],
    before: expect.not.stringContaining('surprised them'),
    after: 'Ask what surprised them in their first year.',
  },
  {
    key: 'seniority',
    value: ['peer', 'senior-leadership', 'hiring-manager', 'cross-functional', 'direct-report', 'recruiter'],
    candidacy: thorough,
    // The most senior person gets the company news (or a warning to find some).
    read: (report) =>
      report.briefs
        .filter(
          (brief) =>
            brief.companyNews.length > 0 ||
            brief.warnings.some((warning) => warning.includes('most senior person')),
        )
        .map((brief) => brief.audience),
    before: ['senior-leadership'],
    after: ['peer'],
  },
  {
    key: 'lintRules',
    value: [
      {
        id: 'no-leverage',
        kind: 'phrases',
        audiences: ['hiring-manager'],
        phrases: ['leverage'],
        message: 'Jargon.',
        suggestion: 'Say what you used.',
        source: 'acme',
      },
    ],
    candidacy: thorough,
    read: (_report, preparer) =>
      preparer.lintAnswer('We could leverage the ledger.', 'hiring-manager').map((flag) => flag.ruleId),
    before: [],
    after: ['no-leverage'],
  },
  {
    key: 'thankYouTemplate',
    value: { ...defaultThankYouTemplate, signOff: 'Warm regards,' },
    candidacy: thorough,
    read: (report) => report.thankYouDrafts[0]?.body.includes('Warm regards,'),
    before: false,
    after: true,
  },
  {
    key: 'factThresholds',
    value: { improvedAnswerNewShare: 1 },
    candidacy: thorough,
    read: (report) => report.readiness.score < 100,
    before: false,
    after: true,
  },
  {
    key: 'laws',
    value: defaultLawTable.map((row) =>
      row.id === nycRow.id ? { ...row, citation: 'Acme-reviewed §8-107(25)' } : row,
    ),
    candidacy: thorough,
    read: (report) => report.compensation.currentSalary.text.includes('Under Acme-reviewed §8-107(25)'),
    before: false,
    after: true,
  },
  {
    key: 'noticeNorms',
    value: defaultNoticeNorms.map((norm) =>
      norm === germanNorm ? { ...norm, minWeeks: 2, maxWeeks: 6, words: 'two to six weeks' } : norm,
    ),
    candidacy: german,
    read: (report) => report.compensation.startDate.text.includes('two to six weeks'),
    before: false,
    after: true,
  },
  {
    key: 'labels',
    value: { dimensions: { questions: 'your questions' } },
    candidacy: german,
    read: (report) => report.readiness.caps.map((cap) => cap.message)[0],
    before: 'questions: nothing prepared',
    after: 'your questions: nothing prepared',
  },
  {
    key: 'timeline',
    value: { thankYouDueHours: 6 },
    candidacy: thorough,
    read: (report) => report.timeline.events.find((event) => event.kind === 'thank-you')?.due,
    before: '2027-03-10T18:00:00-05:00',
    after: '2027-03-10T20:00:00-05:00',
  },
  {
    key: 'locale',
    value: 'de-DE',
    candidacy: thorough,
    // Without German texts the sentences stay English, but numbers and money follow the locale.
    read: (report) => {
      const anchor = report.compensation.script[0]?.text ?? '';
      return [report.locale, anchor.includes('$215,000'), anchor.includes('215.000')];
    },
    before: ['en', true, false],
    after: ['de-DE', false, true],
  },
  {
    key: 'texts',
    value: { 'compensation.start.earliest': 'You could start on {{date}} at the earliest.' },
    candidacy: thorough,
    read: (report) => report.compensation.startDate.text.includes('at the earliest.'),
    before: false,
    after: true,
  },
  {
    key: 'bandThresholds',
    value: { atRisk: 60, ready: 80, topQuartile: 95 },
    candidacy: vendor,
    read: (report) => [report.readiness.score, report.readiness.band],
    before: [53, 'at-risk'],
    after: [53, 'not-ready'],
  },
  {
    key: 'cache',
    value: { consistency: true, maxEntries: 8 },
    candidacy: example('contradicting-stories'),
    // The cache changes nothing a reader sees: the second prepare (from the cache, when on) is the first.
    read: (report, preparer) =>
      JSON.stringify(preparer.prepare(example('contradicting-stories'), { now: NOW })) ===
      JSON.stringify(report),
    before: true,
    after: true,
  },
];

describe("createPreparer: each key's vendor value shows in the report", () => {
  const defaults = make({});
  it.each(ROWS.map((row) => [row.key, row] as const))('%s', (_key, row) => {
    const preparer = make({ [row.key]: row.value } as PreparerConfig);
    expect(row.read(defaults.prepare(row.candidacy, { now: NOW }), defaults)).toEqual(row.before);
    expect(row.read(preparer.prepare(row.candidacy, { now: NOW }), preparer)).toEqual(row.after);
  });
});

describe('createPreparer: a bad value of each key comes back located under the key', () => {
  const INVALID: [string, unknown, string[]][] = [
    ['rules', { id: 'acme/short', version: '1.0.0', rules: 'all' }, ['rules.rules']],
    [
      'messages',
      { 'audiences.peers': { message: 'Hello {{constructor}}', recommendation: 'Do it.' } },
      ['messages["audiences.peers"].message'],
    ],
    [
      'messages',
      { 'audiences.peers': { message: '', recommendation: 'Do it.' } },
      ['messages["audiences.peers"].message'],
    ],
    ['tolerance', { count: { hedgeRelative: -0.5 } }, ['tolerance.count.hedgeRelative']],
    ['questionBank', [{ id: 'q1', text: 'Why?', audiences: ['peers'] }], ['questionBank[0].audiences[0]']],
    ['questionRules', { ...defaultQuestionRules, planned: { min: 5, max: 2 } }, ['questionRules.planned']],
    [
      'profiles',
      { ...defaultAudienceProfiles, peer: { ...defaultAudienceProfiles.peer, audience: 'recruiter' } },
      ['profiles.peer.audience'],
    ],
    [
      'tenureBands',
      [{ id: 'a', fromMonths: 24, toMonths: 12, insight: 'x', source: 's' }],
      ['tenureBands[0].toMonths'],
    ],
    ['seniority', ['peer', 'recruiter', 'peer'], ['seniority[2]']],
    [
      'lintRules',
      [
        {
          id: 'x',
          kind: 'phrases',
          audiences: ['peer'],
          phrases: 'leverage',
          message: 'm',
          suggestion: 's',
          source: 's',
        },
      ],
      ['lintRules[0].phrases'],
    ],
    ['thankYouTemplate', { ...defaultThankYouTemplate, signOff: 42 }, ['thankYouTemplate.signOff']],
    ['factThresholds', { otherProcessRecentDays: -3 }, ['factThresholds.otherProcessRecentDays']],
    ['laws', [{ ...nycRow, level: 'galaxy' }], ['laws[0].level']],
    ['noticeNorms', [{ ...germanNorm, minWeeks: 13, maxWeeks: 4 }], ['noticeNorms[0].minWeeks']],
    ['labels', { dimensions: { questions: 7 } }, ['labels.dimensions.questions']],
    ['timeline', { reminderHour: 24 }, ['timeline.reminderHour']],
    ['locale', 'not a locale', ['locale']],
    ['texts', { 'compensation.start.earliest': 'From {{dait}}.' }, ['texts["compensation.start.earliest"]']],
    ['bandThresholds', { ready: 101 }, ['bandThresholds.ready']],
    ['bandThresholds', { atRisk: 80, ready: 70 }, ['bandThresholds.ready']],
    ['bandThresholds', { ready: 'high' }, ['bandThresholds.ready']],
    ['bandThresholds', { readyAt: 70 }, ['bandThresholds.readyAt']],
    ['cache', { consistency: 'yes' }, ['cache.consistency']],
  ];
  it.each(INVALID)('%s (case %#)', (key, value, paths) => {
    const made = createPreparer({ [key]: value } as PreparerConfig);
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(made.issues.map((issue) => formatPath(issue.path))).toEqual(paths);
  });

  it('every key createPreparer names has a row in both tables', () => {
    const made = createPreparer({ colour: 'blue' } as PreparerConfig);
    const message = made.ok ? '' : (made.issues[0]?.message ?? '');
    const known = (message.split('use one of ')[1] ?? '').split(', ');
    // The lexicon is another helper's row (tests/consistency); it has its own parse function.
    const listed = known.filter((key) => key !== 'lexicon');
    expect(new Set(ROWS.map((row) => row.key))).toEqual(new Set(listed));
    expect(new Set(INVALID.map(([key]) => key))).toEqual(new Set(listed));
  });
});
