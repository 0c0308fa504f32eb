import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../src/consistency/corrections.js';
import { compileLexicon } from '../../src/consistency/internal.js';
import { readDates } from '../../src/consistency/kinds/date.js';
import { readReasons } from '../../src/consistency/kinds/leave-reason.js';
import { readRoles } from '../../src/consistency/kinds/role.js';
import { englishLexicon } from '../../src/consistency/lexicon.js';
import { readNumber } from '../../src/consistency/numbers.js';
import { extractClaims } from '../../src/index.js';
import { tokenize } from '../../src/text/index.js';

const compiled = compileLexicon(englishLexicon);

function numberIn(text: string, at = 0): number | undefined {
  return readNumber(tokenize(text), at, englishLexicon)?.value;
}

function claimsOf(text: string) {
  return extractClaims(text).map((claim) => ({ attribute: claim.attribute, low: claim.low, high: claim.high }));
}

function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

describe('numbers', () => {
  it.each([
    ['8', 8],
    ['eight', 8],
    ['twenty-five', 25],
    ['one hundred and twenty', 120],
    ['two and a half', 2.5],
    ['a dozen', 12],
    ['two dozen', 24],
    ['a couple of', 2],
    ['$2.5M', 2_500_000],
    ['€400k', 400_000],
    ['1.2 million', 1_200_000],
    ['half a million', 500_000],
    ['$150,000', 150_000],
    ['3bn', 3_000_000_000],
  ])('reads "%s" as %d', (text, value) => {
    expect(numberIn(text)).toBe(value);
  });

  it('reads a bare fraction as a share, not a count', () => {
    const reading = readNumber(tokenize('a quarter'), 0, englishLexicon);
    expect(reading).toMatchObject({ value: 0.25, fraction: true });
  });

  it('marks an -ish suffix as approximate', () => {
    expect(readNumber(tokenize('18ish'), 0, englishLexicon)).toMatchObject({ value: 18, approximate: true });
  });

  it('reads nothing from a word that is not a number', () => {
    expect(numberIn('several')).toBeUndefined();
  });
});

describe('durations, percentages, money and counts', () => {
  it.each([
    ['The rebuild took a year and a half.', 'duration', 18],
    ['It took two and a half years.', 'duration', 30],
    ['It took about half a year.', 'duration', 6],
    ['We shipped a two-year programme.', 'duration', 24],
    ['It was a 6-month pilot.', 'duration.pilot', 6],
    ['Revenue fell 12%.', 'percentage.revenue', -12],
    ['We cut costs by thirty percent.', 'percentage.cost', -30],
    ['ARR grew 3x.', 'percentage.revenue', 200],
    ['We halved churn.', 'percentage.churn', -50],
    ['I managed a 1.2 million dollar budget.', 'money.budget', 1_200_000],
    ['I ran a 12-person team.', 'count.team', 12],
    ['I had 5 direct reports.', 'count.reports', 5],
    ['We hired a dozen engineers.', 'count.hires', 12],
    ['We served 300 customers.', 'count.customers', 300],
  ])('reads "%s" as %s = %d', (text, attribute, value) => {
    expect(claimsOf(text)).toContainEqual({ attribute, low: value, high: value });
  });

  it('reads a range with the unit after the second number', () => {
    expect(claimsOf('It ran 12 to 14 months.')).toEqual([{ attribute: 'duration', low: 12, high: 14 }]);
  });

  it('reads "from X to Y" of a percentage as a change with two parts', () => {
    expect(claimsOf('Churn dropped from 12% to 9%.')).toEqual([
      { attribute: 'percentage.churn.from', low: 12, high: 12 },
      { attribute: 'percentage.churn.to', low: 9, high: 9 },
    ]);
  });

  it('reads "from X to Y" when each number has its unit word', () => {
    expect(claimsOf('Churn fell from eight percent to five percent.')).toEqual([
      { attribute: 'percentage.churn.from', low: 8, high: 8 },
      { attribute: 'percentage.churn.to', low: 5, high: 5 },
    ]);
    expect(claimsOf('The team grew from 4 people to 9 people.')).toEqual([
      { attribute: 'count.team.from', low: 4, high: 4 },
      { attribute: 'count.team.to', low: 9, high: 9 },
    ]);
    expect(claimsOf('It took 3 months to ship the feature.')).toEqual([
      { attribute: 'duration', low: 3, high: 3 },
    ]);
  });

  it('adds a smaller duration joined by "and" into one length', () => {
    expect(claimsOf('I stayed for three years and four months.')).toEqual([
      { attribute: 'duration', low: 40, high: 40 },
    ]);
    expect(claimsOf('I stayed for four months and three years.')).toEqual([
      { attribute: 'duration', low: 4, high: 4 },
      { attribute: 'duration', low: 36, high: 36 },
    ]);
    expect(claimsOf('I was there two years and 3 teams later left.')).toContainEqual({
      attribute: 'duration',
      low: 24,
      high: 24,
    });
  });

  it('reads a fraction after "by" as a percentage of its subject', () => {
    expect(claimsOf('We cut hosting costs by a fifth.')).toEqual([
      { attribute: 'percentage.cost', low: -20, high: -20 },
    ]);
    expect(claimsOf('Revenue grew by half.')).toEqual([{ attribute: 'percentage.revenue', low: 50, high: 50 }]);
  });

  it('gives "it" the subject of an earlier clause of the same sentence', () => {
    expect(claimsOf('Revenue was flat in Q1; after the relaunch it grew 40%.')).toEqual([
      { attribute: 'percentage.revenue', low: 40, high: 40 },
    ]);
    // Across a sentence end "it" is not resolved: the open subject is the nearest content word.
    expect(claimsOf('Revenue was flat. After the relaunch it grew 40%.')).toEqual([
      { attribute: 'percentage.relaunch', low: 40, high: 40 },
    ]);
    expect(claimsOf('It grew 40%.')).toEqual([{ attribute: 'percentage', low: 40, high: 40 }]);
  });

  it('does not read a rate as a duration', () => {
    const claims = claimsOf('We saved $150k a year.');
    expect(claims).toEqual([{ attribute: 'money.savings', low: 150_000, high: 150_000 }]);
  });

  it.each([
    'We aimed for 40% growth.',
    "We didn't hit 30% growth.",
    'The plan was 6 months.',
    'The target was a team of 20.',
    'We would have needed 8 engineers.',
  ])('does not read a target, negation, plan or hypothetical as a claim: "%s"', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('marks a hedged value as approximate', () => {
    expect(extractClaims('It took roughly 9 months.')[0]).toMatchObject({ approximate: true, low: 9 });
  });

  it('reads "over" before a duration as "during", not as a bound', () => {
    expect(extractClaims('We rebuilt it over 14 months.')[0]?.bound).toBeUndefined();
  });

  it('reads "more than" before a count as a lower bound', () => {
    expect(extractClaims('I hired more than 10 engineers.')[0]).toMatchObject({ bound: 'atLeast', low: 10 });
  });

  it('does not read years as counts', () => {
    expect(claimsOf('In 2019 the team shipped twice.')).toEqual([
      { attribute: 'date', low: monthIndex(2019, 1), high: monthIndex(2019, 12) },
    ]);
  });
});

describe('dates', () => {
  function datesOf(text: string, at: number) {
    return readDates(tokenize(text), at, compiled).map((date) => ({
      low: date.low,
      high: date.high,
      part: date.part,
    }));
  }

  it('reads a quarter as three months', () => {
    expect(datesOf('in Q3 2022', 1)).toEqual([
      { low: monthIndex(2022, 7), high: monthIndex(2022, 9), part: undefined },
    ]);
  });

  it('reads late YEAR as September to December', () => {
    expect(datesOf('in late 2021', 1)).toEqual([
      { low: monthIndex(2021, 9), high: monthIndex(2021, 12), part: undefined },
    ]);
  });

  it('reads mid-YEAR with a hyphen', () => {
    expect(datesOf('by mid-2021', 1)).toEqual([
      { low: monthIndex(2021, 5), high: monthIndex(2021, 8), part: undefined },
    ]);
  });

  it('reads a range between two months as a start and an end', () => {
    expect(datesOf('between January 2019 and June 2021', 1)).toEqual([
      { low: monthIndex(2019, 1), high: monthIndex(2019, 1), part: 'start' },
      { low: monthIndex(2021, 6), high: monthIndex(2021, 6), part: 'end' },
    ]);
  });

  it('reads a year range written with a dash', () => {
    expect(datesOf('worked there 2019-2021', 2)).toHaveLength(2);
  });

  it('tags a date after "joined" as a start and after "left" as an end', () => {
    expect(claimsOf('I joined in May 2020 and left in H2 2022.')).toEqual([
      { attribute: 'date.start', low: monthIndex(2020, 5), high: monthIndex(2020, 5) },
      { attribute: 'date.end', low: monthIndex(2022, 7), high: monthIndex(2022, 12) },
    ]);
  });

  it('does not read a bare year without a date preposition', () => {
    expect(datesOf('2019 customers', 0)).toEqual([]);
  });
});

describe('roles', () => {
  function levelsOf(text: string) {
    return readRoles(tokenize(text), compiled).map((draft) => ({ level: draft.low, part: draft.part }));
  }

  it.each([
    ['As tech lead I owned payments.', 3],
    ['I was head of data.', 5],
    ['I was a senior data analyst.', 2],
    ['Led the rebuild.', 3],
    ['I managed a team of six.', 4],
    ['I served as VP of engineering.', 6],
    ['I joined the payments team as a senior engineer.', 2],
    ['I joined Nimbus in September 2021 as a team lead.', 3],
    ['I spent about a year and a half there as a product manager.', 4],
    ['I was one of the engineers on the checkout redesign.', 1],
    ["I'm one of two leads on the platform.", 3],
    ['I headed the analytics platform effort.', 5],
    ['As head of analytics I ran the platform effort.', 5],
    ['I have been director of engineering at Finly since April 2021.', 5],
  ])('reads the level of "%s" as %d', (text, level) => {
    expect(levelsOf(text)).toEqual([{ level, part: undefined }]);
  });

  it.each([
    'I worked under a new VP.',
    'My manager was a director.',
    'As the VP wanted, we shipped early.',
    'I was not the lead.',
    'I managed the migration.',
    'I hired her as a team lead.',
    'I worked with Sam as the CTO.',
    'I would like to join the platform team as a manager.',
    'The board appointed Dana as CEO, and I stayed.',
    'I was hiring engineers all year.',
    'Our CTO joined in 2020 as a lead, I think.',
  ])('ignores titles outside a first-person frame: "%s"', (text) => {
    expect(levelsOf(text)).toEqual([]);
  });

  it('reads a promotion as an initial and a final role', () => {
    expect(levelsOf('I joined as a senior engineer and was promoted to engineering manager.')).toEqual([
      { level: 2, part: 'initial' },
      { level: 4, part: 'final' },
    ]);
  });
});

describe('reasons for leaving', () => {
  function reasonsOf(text: string) {
    return readReasons(tokenize(text), compiled).map((draft) => draft.categories);
  }

  it.each([
    ['I left because I wanted growth.', ['career_growth']],
    ['I left to relocate to Lisbon.', ['relocation']],
    ['I was laid off in a restructuring.', ['layoff']],
    ['I resigned because I was burned out.', ['burnout']],
    ['We moved to Berlin for my partner, so I resigned.', ['relocation']],
    ['I left Acme in May 2022 because of layoffs.', ['layoff']],
    ['I left for a bigger role and better pay.', ['career_growth', 'compensation']],
  ])('reads "%s" as %j', (text, categories) => {
    expect(reasonsOf(text)).toEqual([categories]);
  });

  it('ignores text before the leave verb that is not a reason clause', () => {
    expect(
      reasonsOf('Under a difficult new VP I shipped the rebuild, and I left to grow into management.'),
    ).toEqual([['career_growth']]);
  });

  it('reads no reason from "left" without a reason clause', () => {
    expect(reasonsOf('We had two weeks left.')).toEqual([]);
  });
});

describe('corrections', () => {
  function correctionsOf(text: string) {
    return extractClaims(text).map((claim) => ({
      low: claim.low,
      corrective: claim.corrective,
      correctedFrom: claim.correctedFrom,
    }));
  }

  it('marks every claim after "Correction:" and keeps the retracted value', () => {
    expect(correctionsOf('Correction: it took 16 months, not 14.')).toEqual([
      { low: 16, corrective: true, correctedFrom: 14 },
    ]);
  });

  it('reads "I said X, but Y" as a correction of X', () => {
    expect(correctionsOf('I said 30% last time, but it was 35%.')).toEqual([
      { low: 35, corrective: true, correctedFrom: 30 },
    ]);
  });

  it('reads "not X but Y" as a correction of X', () => {
    expect(correctionsOf('The team was not 20 but 24 people.')).toEqual([
      { low: 24, corrective: true, correctedFrom: 20 },
    ]);
  });

  it('does not treat "actually" as a correction', () => {
    expect(correctionsOf('We actually had 15 people on the team.')).toEqual([
      { low: 15, corrective: false, correctedFrom: undefined },
    ]);
  });

  it('leaves drafts alone when there is no marker', () => {
    const tokens = tokenize('It took 14 months.');
    expect(applyCorrections(tokens, [], compiled)).toEqual([]);
  });
});

describe('count changes', () => {
  it('reads "grew the team from 3 to 12" as a team change', () => {
    expect(claimsOf('We grew the team from 3 to 12.')).toEqual([
      { attribute: 'count.team.from', low: 3, high: 3 },
      { attribute: 'count.team.to', low: 12, high: 12 },
    ]);
  });

  it('reads no change from two bare numbers without a subject', () => {
    expect(claimsOf('It went from 3 to 12.')).toEqual([]);
  });

  it('counts customers, not hires, after "onboarded"', () => {
    expect(claimsOf('We onboarded 22 customers.')).toEqual([
      { attribute: 'count.customers', low: 22, high: 22 },
    ]);
  });
});
