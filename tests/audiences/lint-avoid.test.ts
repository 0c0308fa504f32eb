import { describe, expect, it } from 'vitest';
import { AUDIENCES, type Audience, LINT_MAX_CHARACTERS, lintAnswer } from '../../src/index.js';

/**
 * The guide's avoid-lists, audience by audience, in the words candidates actually use. Written by hand
 * before the rules were changed; each row is [what the candidate says, who hears it, the rules that should
 * fire, in the order of the text]. An empty list is a clean phrasing that must pass.
 */
const CASES: readonly (readonly [string, Audience, readonly string[]])[] = [
  // Blaming former managers or colleagues: for every audience.
  ['Honestly my old manager was terrible, so I started looking.', 'recruiter', ['blaming-former-colleagues']],
  [
    "My previous boss was pretty toxic and that's why I'm leaving.",
    'hiring-manager',
    ['blaming-former-colleagues'],
  ],
  ['The new VP was difficult, so I decided it was time to go.', 'peer', ['blaming-former-colleagues']],
  ['I left because of my manager.', 'senior-leadership', ['blaming-former-colleagues']],
  ['My team lead kept taking credit for our work.', 'direct-report', ['blaming-former-colleagues']],
  ['To be fair my ex-manager was a nightmare to work for.', 'recruiter', ['blaming-former-colleagues']],
  [
    'My coworkers at Corbel were lazy, so I ended up doing their part.',
    'peer',
    ['blaming-former-colleagues'],
  ],
  ['Management there was completely incompetent.', 'cross-functional', ['blaming-former-colleagues']],
  ['My boss at Quillstone was honestly a joke.', 'recruiter', ['blaming-former-colleagues']],
  [
    'My last manager threw me under the bus in front of the CFO.',
    'hiring-manager',
    ['blaming-former-colleagues'],
  ],
  ["I couldn't stand my old boss any longer.", 'direct-report', ['blaming-former-colleagues']],
  ['The old leadership team never listened to anyone.', 'senior-leadership', ['blaming-former-colleagues']],
  ['My manager at Corbel was great, and I learned a lot from her.', 'recruiter', []],
  ['My previous manager gave me room to grow the team from four to nine.', 'hiring-manager', []],
  ["I'm leaving because I want a bigger scope, not because of anyone there.", 'recruiter', []],
  ['The project was difficult, but my team pulled through.', 'peer', []],
  ['My old manager and I disagreed about the roadmap, and we settled it with a trial.', 'peer', []],
  ['We had a difficult quarter, and my manager backed us the whole way.', 'direct-report', []],
  ['My colleagues were terrific.', 'senior-leadership', []],
  ['The hardest part was that my boss left, so I stepped up to run the team.', 'recruiter', []],

  // Cross-functional: function supremacy, complaining about past partners, vague alignment.
  [
    'Sales at my last company kept promising things we could not build.',
    'cross-functional',
    ['blaming-partners'],
  ],
  ['Honestly, the marketing people were useless.', 'cross-functional', ['blaming-partners']],
  ['Design always dropped the ball on handoffs.', 'cross-functional', ['blaming-partners']],
  ['Finance just threw requirements over the wall.', 'cross-functional', ['blaming-partners']],
  [
    'At the end of the day engineering owns the decision, and Sales has to follow.',
    'cross-functional',
    ['function-supremacy', 'function-supremacy'],
  ],
  [
    'Product decides, and sales just needs to sell what we ship.',
    'cross-functional',
    ['function-supremacy', 'function-supremacy'],
  ],
  ["Ultimately it's our call, not theirs.", 'cross-functional', ['function-supremacy']],
  ['We should align on that.', 'cross-functional', ['vague-alignment']],
  ["Let's get everyone aligned and circle back.", 'cross-functional', ['vague-alignment', 'vague-alignment']],
  ['I think the key is more alignment between our teams.', 'cross-functional', ['vague-alignment']],
  ['We need better synergy between product and sales.', 'cross-functional', ['vague-alignment']],
  [
    'Every Monday the sales lead and I went through the deals that needed custom terms and agreed which ones to support.',
    'cross-functional',
    [],
  ],
  [
    'I learned their quota pressure first, then we agreed a two-week window for contract changes.',
    'cross-functional',
    [],
  ],
  [
    'We aligned the release dates with the marketing calendar by holding one planning meeting a month.',
    'cross-functional',
    [],
  ],
  [
    'Sales was under a lot of pressure that quarter, so we gave them a weekly slot to raise blockers.',
    'cross-functional',
    [],
  ],
  ['Their call made sense: the customer mattered more than our roadmap.', 'cross-functional', []],
  ['The finance team pushed back hard, and they were right about the audit risk.', 'cross-functional', []],

  // Future direct reports: top-down framing, abstract philosophy, shaking things up.
  ["I'd come in and shake things up.", 'direct-report', ['shake-things-up']],
  ["The first thing I'd do is tell the team how things are going to work.", 'direct-report', ['top-down']],
  ['My management philosophy is about trust and autonomy.', 'direct-report', ['abstract-philosophy']],
  ['I believe in servant leadership.', 'direct-report', ['abstract-philosophy']],
  ['People on my team do what I say, and that works.', 'direct-report', ['top-down']],
  ['I run things top-down.', 'direct-report', ['top-down']],
  [
    'When Ines wanted to move into a lead role, I paired her with a staff engineer and gave her the next migration to run.',
    'direct-report',
    [],
  ],
  ["I'd spend my first weeks in one-on-ones, asking what you need from a manager.", 'direct-report', []],
  ['I give feedback within a day, in private, with one concrete example.', 'direct-report', []],
  ['I pushed back on my director when the deadline would have burned the team out.', 'direct-report', []],
  [
    "I'd keep the parts that work, like your on-call rotation, and learn before changing anything.",
    'direct-report',
    [],
  ],

  // Senior leadership: pay, getting too operational, caring only about the immediate role.
  ["What's the salary range for this role?", 'senior-leadership', ['pay-talk']],
  ['Would there be equity on top of base?', 'senior-leadership', ['pay-talk']],
  ['I was hoping for around $180k.', 'senior-leadership', ['pay-talk']],
  ["Honestly I'm happiest closing Jira tickets all day.", 'senior-leadership', ['too-operational']],
  [
    'I would mostly be in the weeds of sprint planning.',
    'senior-leadership',
    ['too-operational', 'too-operational'],
  ],
  ["That's above my pay grade, honestly.", 'senior-leadership', ['only-this-role']],
  [
    'I just want to do my job and not worry about the bigger picture.',
    'senior-leadership',
    ['only-this-role', 'only-this-role'],
  ],
  [
    "The usage-based billing launch looks like a bet on mid-market; I'd want to learn how enterprise deals fit into it.",
    'senior-leadership',
    [],
  ],
  [
    "In my first 90 days I'd want to understand why churn is higher in the API segment.",
    'senior-leadership',
    [],
  ],
  [
    'The highest-leverage problem I see from outside is invoice accuracy for enterprise customers.',
    'senior-leadership',
    [],
  ],
  ['How do you see the benefits of the new pricing model for customers?', 'senior-leadership', []],

  // Future peers: hierarchy questions, standing above the team, solo credit.
  ['Who reports to whom on this team?', 'peer', ['hierarchy-questions']],
  ['How many levels are there between this role and the CTO?', 'peer', ['hierarchy-questions']],
  ['Where does this role sit in the org chart?', 'peer', ['hierarchy-questions']],
  ['I basically carried the team through that launch.', 'peer', ['positioning-above']],
  ['I did it all single-handedly.', 'peer', ['solo-credit', 'solo-credit']],
  ["Honestly, I'd be the one to raise their level.", 'peer', ['positioning-above']],
  ['What do you wish your manager understood better about your day-to-day?', 'peer', []],
  ['How does the team decide when two of you disagree on a design?', 'peer', []],
  [
    "Luis and I split the migration: he owned the ledger, I owned the invoices, and we reviewed each other's work.",
    'peer',
    [],
  ],
  ["I'd love to hear how the incident review template came about.", 'peer', []],
  ['Who else on the team works on reconciliation?', 'peer', []],

  // Hiring manager: vague leadership talk (numberless stories are in lint.test.ts).
  [
    "I'm a natural leader and I always drive results.",
    'hiring-manager',
    ['vague-leadership', 'vague-leadership'],
  ],
  [
    "I think I'm a people person who leads by example.",
    'hiring-manager',
    ['vague-leadership', 'vague-leadership'],
  ],
  ['I cut failed invoices by 30% in two quarters by moving retries into one queue.', 'hiring-manager', []],
  ['I led the migration of 40,000 accounts to the new ledger with no downtime.', 'hiring-manager', []],
  [
    'When the budget was cut by a third, I dropped the reporting module and shipped the core billing on time.',
    'hiring-manager',
    [],
  ],

  // Added after the first run, against overfitting: near misses that must pass.
  ['We decide together with the account team which terms to support.', 'cross-functional', []],
  ['The design team was stretched thin, so we cut scope together.', 'cross-functional', []],
  ['Our support tickets dropped by 40% after the launch.', 'senior-leadership', []],
  ['Honestly, the migration was a nightmare, but we got through it.', 'recruiter', []],
  ['My team was amazing.', 'hiring-manager', []],
  ["I'd like to understand the reporting line for this role.", 'recruiter', []],

  // The recruiter: pay is their topic.
  ["What's the salary range for this role?", 'recruiter', []],
  ["I'm leaving because I want to manage a larger team.", 'recruiter', []],
];

describe("lintAnswer: the guide's avoid-lists for every audience", () => {
  it.each(CASES)('%s (%s)', (text, audience, expected) => {
    expect(lintAnswer(text, audience).map((flag) => flag.ruleId)).toEqual(expected);
  });

  it('has a rule for each of the six audiences, blame included for each', () => {
    const blame = 'My old manager was terrible.';
    expect(AUDIENCES).toHaveLength(6);
    for (const audience of AUDIENCES)
      expect(lintAnswer(blame, audience).map((flag) => flag.excerpt)).toEqual([
        'My old manager was terrible',
      ]);
  });
});

describe('lintAnswer misuse', () => {
  it('refuses an unknown audience with a TypeError naming the valid ones', () => {
    expect(() => lintAnswer('Hello.', 'ceo' as Audience)).toThrow(TypeError);
    expect(() => lintAnswer('Hello.', 'ceo' as Audience)).toThrow(
      'one of recruiter, hiring-manager, peer, direct-report, senior-leadership, cross-functional',
    );
  });

  it('refuses a text that is not a string', () => {
    expect(() => lintAnswer(42 as unknown as string, 'peer')).toThrow(TypeError);
  });

  it(`caps the answer at ${LINT_MAX_CHARACTERS} characters with a TypeError naming the cap`, () => {
    expect(LINT_MAX_CHARACTERS).toBe(20_000);
    expect(lintAnswer(`${'a '.repeat(9_999)}ab`, 'peer')).toEqual([]);
    expect(() => lintAnswer('a'.repeat(20_001), 'peer')).toThrow(TypeError);
    expect(() => lintAnswer('a'.repeat(20_001), 'peer')).toThrow('at most 20,000 characters');
  });
});
