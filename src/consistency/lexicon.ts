import type { QuantityType } from './types.js';

/**
 * Every language-specific word list the consistency check reads. Phrases are lower case, words
 * separated by single spaces; a word ending in `*` matches any word that starts with it.
 *
 * @category Consistency
 */
export interface ConsistencyLexicon {
  /** Cardinal number words: "eight" → 8. */
  readonly numberWords: Readonly<Record<string, number>>;
  /** Multiplying words after a number: "million" → 1e6. */
  readonly scaleWords: Readonly<Record<string, number>>;
  /** Multiplying suffixes glued to digits: "2.5m" → 2.5e6. */
  readonly scaleSuffixes: Readonly<Record<string, number>>;
  /** Fraction words: "half" → 0.5, "quarter" → 0.25. */
  readonly fractionWords: Readonly<Record<string, number>>;
  /** Group words after "a": "dozen" → 12, "couple" → 2. */
  readonly groupWords: Readonly<Record<string, number>>;
  /** Month names and abbreviations → month number 1–12. */
  readonly monthNames: Readonly<Record<string, number>>;
  /** Duration units → months. */
  readonly durationUnits: Readonly<Record<string, number>>;
  /** Words after a quantity that make it a rate, with the period: "annually" → year. */
  readonly rateWords: Readonly<Record<string, string>>;
  /** Period nouns after "a/per/each" that make a rate: "year" → year. */
  readonly ratePeriods: Readonly<Record<string, string>>;
  /** Parts of a year → [first month, last month] (1–12). */
  readonly yearParts: Readonly<Record<string, readonly [number, number]>>;
  /** Words that, just before a bare year, make it a date. */
  readonly datePrepositions: readonly string[];
  /** Cues that a date is a start (joined, since) or an end (left, until). */
  readonly dateStartCues: readonly string[];
  readonly dateEndCues: readonly string[];
  /** Currency symbols and words → ISO code. */
  readonly currencySymbols: Readonly<Record<string, string>>;
  readonly currencyWords: Readonly<Record<string, string>>;
  /** Words after a number that make it a percentage. */
  readonly percentWords: readonly string[];
  /** Hedges before a number, after it, and as a suffix ("18ish"). */
  readonly hedges: readonly string[];
  readonly trailingHedges: readonly string[];
  /** Bounds: "at least X" is [X, ∞); "up to X" is [0, X]. */
  readonly lowerBounds: readonly string[];
  readonly upperBounds: readonly string[];
  /** Direction words that sign a percentage. */
  readonly directionUp: readonly string[];
  readonly directionDown: readonly string[];
  /** Words that are a percentage change on their own: "doubled" → +100. */
  readonly multiplierWords: Readonly<Record<string, number>>;
  /** Subject words per claim type: subjects.percentage.revenue = ['revenue', 'arr', …]. */
  readonly subjects: Readonly<Record<QuantityType, Readonly<Record<string, readonly string[]>>>>;
  /** Verbs that make a count a number of hires. */
  readonly hireVerbs: readonly string[];
  /** Words that make a number a target, plan, negation or hypothetical rather than a claim. */
  readonly nonClaimMarkers: readonly string[];
  /** Words that end a clause when searching for subjects, directions and markers. */
  readonly clauseBreaks: readonly string[];
  /** The title ladder: keyword → level (1 member … 7 executive). */
  readonly titleLevels: Readonly<Record<string, number>>;
  /** Readable names of the levels, index = level. */
  readonly levelNames: readonly string[];
  /** First-person frames after which a title follows. */
  readonly titleFrames: readonly string[];
  /** Frames that introduce a later title (role.final). */
  readonly promotionFrames: readonly string[];
  /** First-person verbs that claim a level on their own ("I led") → level. */
  readonly leadVerbs: Readonly<Record<string, number>>;
  /** First-person verbs that claim a level only with a team object ("I managed a team"). */
  readonly teamVerbs: Readonly<Record<string, number>>;
  readonly teamObjects: readonly string[];
  /** Words that end a title phrase. */
  readonly titleStops: readonly string[];
  /** Words that make a title someone else's ("my manager"). */
  readonly otherPersonMarkers: readonly string[];
  /** Verbs of leaving a job, and involuntary exits with their category. */
  readonly leaveVerbs: readonly string[];
  readonly involuntaryExits: Readonly<Record<string, string>>;
  /** Words after a leave verb that start its reason ("because", "to"). */
  readonly reasonLeadIns: readonly string[];
  /** Words before a leave verb that end a reason given first ("…, so I resigned"). */
  readonly reasonLeadOuts: readonly string[];
  /** Reason categories → phrases. */
  readonly reasonCategories: Readonly<Record<string, readonly string[]>>;
  /** Sentence openers that make every claim in the sentence a correction. */
  readonly correctionMarkers: readonly string[];
  /** Verbs that quote an earlier statement ("I said 30%"). */
  readonly quoteVerbs: readonly string[];
  /** Words before a value that retract it ("not 14", "rather than 14"). */
  readonly retractionMarkers: readonly string[];
  /** Emphasis words that are deliberately NOT corrections ("actually"). Documented, never used as markers. */
  readonly emphasisWords: readonly string[];
  /** Stance words by polarity, for stance facts. */
  readonly stancePositive: readonly string[];
  readonly stanceNegative: readonly string[];
}

const numberWords: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/**
 * The default English lexicon of the consistency check: number words, units, hedges, subjects,
 * the title ladder, leave-reason categories and correction markers. Spread it to extend:
 * `{ ...englishLexicon, hedges: [...englishLexicon.hedges, 'more or less'] }`.
 *
 * @example
 * englishLexicon.titleLevels['tech lead'] // => 3
 *
 * @category Consistency
 */
export const englishLexicon: ConsistencyLexicon = {
  numberWords,
  scaleWords: { hundred: 100, thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, mn: 1e6 },
  scaleSuffixes: { k: 1e3, m: 1e6, mm: 1e6, mn: 1e6, bn: 1e9, b: 1e9 },
  fractionWords: { half: 0.5, quarter: 0.25, third: 1 / 3 },
  groupWords: { dozen: 12, couple: 2 },
  monthNames: {
    january: 1,
    jan: 1,
    february: 2,
    feb: 2,
    march: 3,
    mar: 3,
    april: 4,
    apr: 4,
    may: 5,
    june: 6,
    jun: 6,
    july: 7,
    jul: 7,
    august: 8,
    aug: 8,
    september: 9,
    sep: 9,
    sept: 9,
    october: 10,
    oct: 10,
    november: 11,
    nov: 11,
    december: 12,
    dec: 12,
  },
  durationUnits: {
    day: 1 / 30.44,
    days: 1 / 30.44,
    week: 12 / 52,
    weeks: 12 / 52,
    wk: 12 / 52,
    wks: 12 / 52,
    month: 1,
    months: 1,
    mo: 1,
    mos: 1,
    quarter: 3,
    quarters: 3,
    year: 12,
    years: 12,
    yr: 12,
    yrs: 12,
  },
  rateWords: { annually: 'year', yearly: 'year', monthly: 'month', weekly: 'week', annual: 'year' },
  ratePeriods: { year: 'year', yr: 'year', annum: 'year', month: 'month', week: 'week', quarter: 'quarter' },
  yearParts: {
    early: [1, 4],
    beginning: [1, 3],
    start: [1, 3],
    mid: [5, 8],
    middle: [5, 8],
    late: [9, 12],
    end: [10, 12],
    spring: [3, 5],
    summer: [6, 8],
    autumn: [9, 11],
    fall: [9, 11],
    winter: [1, 2],
  },
  datePrepositions: [
    'in',
    'since',
    'from',
    'by',
    'until',
    'till',
    'to',
    'between',
    'during',
    'through',
    'of',
    'around',
    'circa',
    'before',
    'after',
    'early',
    'mid',
    'late',
    'and',
  ],
  dateStartCues: [
    'joined',
    'join',
    'started',
    'starting',
    'start',
    'began',
    'beginning',
    'since',
    'hired',
    'kicked off',
  ],
  dateEndCues: [
    'left',
    'leaving',
    'until',
    'till',
    'ended',
    'ending',
    'rolled off',
    'finished',
    'quit',
    'resigned',
    'departed',
    'laid off',
    'wrapped up',
    'moved on',
  ],
  currencySymbols: { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' },
  currencyWords: {
    dollar: 'USD',
    dollars: 'USD',
    usd: 'USD',
    euro: 'EUR',
    euros: 'EUR',
    eur: 'EUR',
    pound: 'GBP',
    pounds: 'GBP',
    gbp: 'GBP',
    sterling: 'GBP',
    yen: 'JPY',
    jpy: 'JPY',
    chf: 'CHF',
    francs: 'CHF',
    cad: 'CAD',
    aud: 'AUD',
    inr: 'INR',
    rupees: 'INR',
  },
  percentWords: ['percent', 'per cent', 'pct', 'percentage points', 'percentage point', 'points', 'pp'],
  hedges: [
    'about',
    'around',
    'roughly',
    'approximately',
    'approx',
    'circa',
    'some',
    'nearly',
    'almost',
    'close to',
    'just over',
    'just under',
    'give or take',
    'somewhere around',
    'ca',
    'c',
    '~',
  ],
  trailingHedges: ['or so', 'give or take', 'ish', 'or thereabouts'],
  lowerBounds: ['more than', 'at least', 'north of', 'upwards of', 'in excess of', 'over', 'above'],
  upperBounds: ['less than', 'fewer than', 'under', 'up to', 'at most', 'no more than', 'below'],
  directionUp: [
    'grew',
    'grow',
    'growing',
    'grown',
    'increased',
    'increase',
    'increasing',
    'rose',
    'risen',
    'up',
    'boosted',
    'boost',
    'improved',
    'improve',
    'gained',
    'expanded',
    'raised',
    'lifted',
    'growth',
    'uplift',
    'lift',
    'rise',
    'gain',
    'improvement',
    'jumped',
    'climbed',
  ],
  directionDown: [
    'cut',
    'cutting',
    'reduced',
    'reduce',
    'reducing',
    'decreased',
    'decrease',
    'fell',
    'fall',
    'fallen',
    'dropped',
    'drop',
    'down',
    'declined',
    'decline',
    'lowered',
    'lower',
    'shrank',
    'shrunk',
    'slashed',
    'reduction',
    'trimmed',
    'lost',
  ],
  multiplierWords: { doubled: 100, tripled: 200, quadrupled: 300, halved: -50 },
  subjects: {
    duration: {
      pilot: ['pilot', 'poc', 'proof of concept', 'trial'],
      delivery: ['delivery', 'full delivery', 'build'],
      rollout: ['rollout', 'roll-out', 'rolled out'],
      launch: ['launch', 'launched'],
      onboarding: ['onboarding', 'ramp-up', 'ramp up'],
      mvp: ['mvp'],
    },
    date: {},
    percentage: {
      revenue: ['revenue', 'revenues', 'arr', 'mrr', 'sales', 'bookings', 'income', 'turnover', 'gmv'],
      cost: ['cost', 'costs', 'spend', 'spending', 'expenses', 'opex', 'bill'],
      churn: ['churn', 'attrition'],
      conversion: ['conversion', 'conversions', 'conversion rate'],
      retention: ['retention'],
      margin: ['margin', 'margins'],
      latency: ['latency', 'load time', 'response time'],
      engagement: ['engagement'],
      errors: ['errors', 'error rate', 'incidents', 'defects', 'bugs'],
    },
    money: {
      budget: ['budget'],
      savings: ['saved', 'savings', 'saving'],
      contract: ['contract'],
      deal: ['deal', 'deals'],
      funding: ['funding', 'raised', 'round'],
      revenue: ['revenue', 'arr', 'mrr', 'sales', 'bookings', 'pipeline'],
      cost: ['cost', 'costs', 'spend'],
    },
    count: {
      reports: ['direct reports', 'reports', 'directs'],
      team: [
        'team',
        'people',
        'person',
        'engineers',
        'developers',
        'designers',
        'analysts',
        'staff',
        'headcount',
        'members',
        'squad',
        'fte',
        'ftes',
        'employees',
      ],
      org: ['org', 'organisation', 'organization', 'department', 'division'],
      hires: ['hires', 'hired', 'new hires'],
      customers: ['customers', 'clients', 'accounts', 'customer'],
      users: ['users', 'user', 'subscribers', 'signups'],
      products: ['products', 'product', 'apps', 'services'],
      markets: ['markets', 'countries', 'regions'],
    },
  },
  hireVerbs: ['hired', 'hire', 'hiring', 'recruited', 'recruit', 'onboarded', 'brought on', 'brought in'],
  nonClaimMarkers: [
    'aim*',
    'target*',
    'goal',
    'goals',
    'plan',
    'plans',
    'planned',
    'planning',
    'hope*',
    'expect*',
    'projected',
    'projection',
    'forecast*',
    'intend*',
    'would',
    'could',
    'should',
    'might',
    'not',
    "didn't",
    "don't",
    "doesn't",
    "wasn't",
    "weren't",
    'never',
    "couldn't",
    "won't",
    'failed',
    'missed',
    'wanted',
    'want',
    'promised',
    'budgeted',
    "n't",
    'if',
    'estimate*',
  ],
  clauseBreaks: [
    'and',
    'but',
    'while',
    'whereas',
    'although',
    'though',
    'yet',
    'so',
    'then',
    'which',
    'when',
  ],
  titleLevels: {
    member: 1,
    engineer: 1,
    developer: 1,
    analyst: 1,
    designer: 1,
    contributor: 1,
    'individual contributor': 1,
    associate: 1,
    ic: 1,
    scientist: 1,
    consultant: 1,
    intern: 1,
    junior: 1,
    senior: 2,
    staff: 2,
    principal: 2,
    specialist: 2,
    lead: 3,
    'tech lead': 3,
    'team lead': 3,
    'technical lead': 3,
    'lead engineer': 3,
    led: 3,
    manager: 4,
    'engineering manager': 4,
    em: 4,
    head: 5,
    'head of': 5,
    director: 5,
    vp: 6,
    'vice president': 6,
    svp: 6,
    evp: 6,
    cto: 7,
    ceo: 7,
    cfo: 7,
    coo: 7,
    cpo: 7,
    chief: 7,
    founder: 7,
    'co-founder': 7,
    cofounder: 7,
  },
  levelNames: ['unknown', 'member', 'senior', 'lead', 'manager', 'head', 'vp', 'executive'],
  titleFrames: [
    'as',
    'i was',
    "i'm",
    'i am',
    'worked as',
    'served as',
    'joined as',
    'started as',
    'hired as',
    'became',
    'i became',
    'promoted to',
    'my role was',
    'my title was',
    'role as',
    'position as',
  ],
  promotionFrames: ['promoted to', 'became', 'i became', 'moved up to', 'stepped up to', 'stepped up as'],
  leadVerbs: { led: 3 },
  teamVerbs: { managed: 4, ran: 4, manage: 4 },
  teamObjects: ['team', 'teams', 'people', 'engineers', 'group', 'org', 'department', 'squad', 'staff'],
  titleStops: [
    'at',
    'on',
    'for',
    'in',
    'with',
    'and',
    'but',
    'when',
    'where',
    'who',
    'because',
    'from',
    'to',
    'between',
    'until',
    'during',
    'over',
    'i',
    'we',
    'after',
    'before',
    'since',
    'so',
    'while',
    'then',
    'that',
    'which',
  ],
  otherPersonMarkers: ['my', 'our', 'his', 'her', 'their', 'your', 'not', 'new', 'former'],
  leaveVerbs: [
    'left',
    'leaving',
    'leave',
    'resigned',
    'quit',
    'moved on',
    'laid off',
    'let go',
    'made redundant',
    'fired',
    'handed in my notice',
    'stepped down',
    'walked away',
  ],
  involuntaryExits: {
    'laid off': 'layoff',
    'let go': 'layoff',
    'made redundant': 'layoff',
    fired: 'performance',
  },
  reasonLeadIns: [
    'because',
    'because of',
    'to',
    'for',
    'due to',
    'as',
    'since',
    'after',
    'over',
    'when',
    'so that',
    'in order to',
    'in search of',
    'seeking',
    'looking for',
  ],
  reasonLeadOuts: ['so', "that's why", 'which is why', 'that is why', 'hence'],
  reasonCategories: {
    career_growth: [
      'grow*',
      'bigger role',
      'more responsibility',
      'promot*',
      'step up',
      'next step',
      'career*',
      'management',
      'manage',
      'challenge*',
      'learn*',
      'advance*',
      'stretch',
      'scope',
      'senior role',
      'leadership role',
      'ownership',
      'development',
      'develop',
    ],
    compensation: ['pay', 'paid', 'salary', 'compensation', 'money', 'raise', 'equity', 'underpaid', 'bonus'],
    manager_conflict: [
      'difficult',
      'new vp',
      'new manager',
      'new boss',
      'new director',
      'new cto',
      'my manager',
      'my boss',
      'clash*',
      'conflict*',
      'toxic',
      'micromanag*',
      'disagree*',
      'friction',
      "didn't get along",
      'did not get along',
    ],
    relocation: [
      'relocat*',
      'moved to',
      'move to',
      'moving to',
      'moved back',
      'move back',
      'partner*',
      'spouse',
      'wife',
      'husband',
      'visa',
      'commute',
      'closer to',
    ],
    layoff: [
      'laid off',
      'layoff*',
      'lay-off*',
      'let go',
      'redundan*',
      'restructur*',
      'downsiz*',
      'reorg*',
      'eliminated',
      'job cuts',
    ],
    burnout: ['burn*', 'burnt', 'exhaust*', 'stress*', 'overwork*', 'work-life', 'work life', 'hours'],
    company_direction: [
      'direction',
      'strategy',
      'pivot*',
      'acquired',
      'acquisition',
      'merger',
      'mission',
      'vision',
    ],
    performance: ['fired', 'dismissed', 'terminated', 'performance'],
    contract_end: [
      'contract ended',
      'contract end*',
      'end of contract',
      'end of my contract',
      'fixed-term',
      'fixed term',
    ],
    personal: ['family', 'health', 'personal', 'parental', 'caring', 'caregiv*', 'baby', 'illness'],
  },
  correctionMarkers: [
    'correction',
    'to correct',
    'let me correct',
    'i need to correct',
    'i should correct',
    'i misspoke',
    'i was wrong',
    'i got that wrong',
    'i misstated',
    'i mis-stated',
    'i made a mistake',
    'to set the record straight',
  ],
  quoteVerbs: ['said', 'mentioned', 'told', 'quoted', 'stated', 'claimed', 'gave'],
  retractionMarkers: ['not', 'rather than', 'instead of'],
  emphasisWords: ['actually', 'to be precise', 'to clarify', 'in fact', 'really'],
  stancePositive: [
    'excited',
    'exciting',
    'keen',
    'enthusiastic',
    'interested',
    'drawn',
    'motivated',
    'positive',
    'eager',
    'love',
  ],
  stanceNegative: [
    'concerned',
    'concern',
    'worried',
    'hesitant',
    'unsure',
    'negative',
    'doubt*',
    'wary',
    'reluctant',
    'uninterested',
  ],
};
