import { describe, expect, it } from 'vitest';
import { compensationBrief } from '../../src/index.js';
import { makeCandidacy } from './fixtures.js';

// The usual notice period depends on where the candidate works now: the guide's "2-4 weeks" is the US norm;
// in Germany three months is common (issue 20: "the 2-4 weeks notice advice is US-centric").
const NOW = '2026-12-01T09:00:00-08:00';

function startLine(jurisdiction: string | undefined, noticePeriodWeeks?: number): string {
  const candidacy = makeCandidacy({
    ...(jurisdiction === undefined ? {} : { jurisdiction }),
    compensation:
      noticePeriodWeeks === undefined ? { researched: true } : { researched: true, noticePeriodWeeks },
  });
  return compensationBrief(candidacy, { now: NOW }).startDate.text;
}

describe('the start-date line follows the notice norm where the candidate works', () => {
  it.each([
    {
      name: 'US, two weeks',
      jurisdiction: 'US-CA',
      weeks: 2,
      text: 'Two to four weeks after accepting is the usual start, and your 2 weeks of notice fits inside it.',
    },
    {
      name: 'US, three months',
      jurisdiction: 'US-NY',
      weeks: 13,
      text: 'Your notice period is 13 weeks, longer than the usual two to four. Mention it now, in round two, so the start date is no surprise when the offer comes.',
    },
    {
      name: 'no jurisdiction: the guide’s norm',
      jurisdiction: undefined,
      weeks: 13,
      text: 'Your notice period is 13 weeks, longer than the usual two to four. Mention it now, in round two, so the start date is no surprise when the offer comes.',
    },
    {
      name: 'Germany, three months',
      jurisdiction: 'DE',
      weeks: 13,
      text: 'In Germany a notice period of four weeks to three months is usual, so your 13 weeks will not surprise them. Still say it now, in round two, so the start date is settled before an offer.',
    },
    {
      name: 'Germany, six months',
      jurisdiction: 'DE',
      weeks: 26,
      text: 'Your notice period is 26 weeks, longer than the four weeks to three months usual in Germany. Mention it now, in round two, so the start date is no surprise when the offer comes.',
    },
    {
      name: 'Germany, notice not written down',
      jurisdiction: 'DE',
      weeks: undefined,
      text: 'Expect a question about when you could start. In Germany a notice period of four weeks to three months is usual: work out yours and any time off you have planned, and say it in this round.',
    },
    {
      name: 'Switzerland, three months',
      jurisdiction: 'CH',
      weeks: 13,
      text: 'In Switzerland a notice period of one to three months is usual, so your 13 weeks will not surprise them. Still say it now, in round two, so the start date is settled before an offer.',
    },
  ])('$name', ({ jurisdiction, weeks, text }) => {
    expect(startLine(jurisdiction, weeks)).toBe(text);
  });
});
