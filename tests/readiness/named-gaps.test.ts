import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CandidacyInput, createScorer, parseCandidacy } from '../../src/index.js';

// "Every special format has its preparation" names the formats still to prepare and what each lacks
// (issue 16, item 1), instead of listing every format there is.
const thorough: CandidacyInput = JSON.parse(
  readFileSync(new URL('../../examples/thorough-manager.json', import.meta.url), 'utf8'),
);
const DAY_BEFORE = '2027-03-09T12:00:00-05:00'; // round two is on 10 March at 10:00
const MORNING_OF = '2027-03-10T07:00:00-05:00';

type Panel = NonNullable<CandidacyInput['interviews']>[number];

function withPanel(edit: (panel: Panel) => Panel): CandidacyInput {
  return {
    ...thorough,
    interviews: thorough.interviews.map((interview) =>
      interview.id === 'round-2-panel' ? edit(interview) : interview,
    ),
  };
}

function formatsItem(input: CandidacyInput, now: string) {
  const parsed = parseCandidacy(input);
  if (!parsed.ok) throw new Error('fixture does not parse');
  return createScorer()
    .score(parsed.value, now)
    .items.find((item) => item.ruleId === 'formats.prepared');
}

const oneRehearsal = withPanel((panel) => ({
  ...panel,
  presentation: { ...panel.presentation!, rehearsals: panel.presentation!.rehearsals!.slice(0, 1) },
}));
const noRehearsal = withPanel((panel) => ({
  ...panel,
  presentation: { ...panel.presentation!, rehearsals: [] },
}));
const caseAndTechnical = withPanel((panel) => ({
  ...panel,
  formats: [...(panel.formats ?? []), 'case-study', 'technical'],
}));

describe('formats.prepared names what is left', () => {
  it.each([
    {
      name: 'the bundled example: both rehearsals done',
      input: thorough,
      now: DAY_BEFORE,
      status: 'passed',
      recommendation: undefined,
    },
    {
      name: 'one rehearsal',
      input: oneRehearsal,
      now: DAY_BEFORE,
      status: 'failed',
      recommendation:
        'Prepare each format on the agenda that is not ready yet: the presentation (rehearsed once, twice is the minimum).',
    },
    {
      name: 'no rehearsal',
      input: noRehearsal,
      now: DAY_BEFORE,
      status: 'failed',
      recommendation:
        'Prepare each format on the agenda that is not ready yet: the presentation (not rehearsed yet).',
    },
    {
      name: 'a case study added, the day before: the platform warm-up is not due yet',
      input: caseAndTechnical,
      now: DAY_BEFORE,
      status: 'failed',
      recommendation:
        'Prepare each format on the agenda that is not ready yet: the case study (practise one aloud).',
    },
    {
      name: 'the same on the morning of: the warm-up is due',
      input: caseAndTechnical,
      now: MORNING_OF,
      status: 'failed',
      recommendation:
        'Prepare each format on the agenda that is not ready yet: the technical session (warm up on the platform this morning) and the case study (practise one aloud).',
    },
  ])('$name', ({ input, now, status, recommendation }) => {
    const item = formatsItem(input, now);
    expect(item?.status).toBe(status);
    if (recommendation !== undefined) expect(item?.recommendation).toBe(recommendation);
  });
});

function logisticsItem(input: CandidacyInput) {
  const parsed = parseCandidacy(input);
  if (!parsed.ok) throw new Error('fixture does not parse');
  return createScorer()
    .score(parsed.value, DAY_BEFORE)
    .items.find((item) => item.ruleId === 'compensation.logistics-clear');
}

describe('compensation.logistics-clear names only the position that is missing', () => {
  const {
    noticePeriodWeeks: _notice,
    earliestStart: _start,
    workMode: _mode,
    ...rest
  } = thorough.compensation ?? {};
  it.each([
    {
      name: 'both written down',
      compensation: thorough.compensation,
      status: 'passed',
      recommendation: undefined,
    },
    {
      name: 'no work mode',
      compensation: { ...thorough.compensation, workMode: undefined },
      status: 'failed',
      recommendation:
        'Write down whether you want remote, hybrid or on-site work, so you can say it as soon as it comes up.',
    },
    {
      name: 'no start date or notice',
      compensation: { ...rest, workMode: thorough.compensation?.workMode },
      status: 'failed',
      recommendation:
        'Write down your notice period or earliest start date, so you can say it as soon as it comes up.',
    },
    {
      name: 'neither',
      compensation: rest,
      status: 'failed',
      recommendation:
        'Write down your notice period or earliest start date and whether you want remote, hybrid or on-site work, so you can say it as soon as it comes up.',
    },
  ])('$name', ({ compensation, status, recommendation }) => {
    const item = logisticsItem({ ...thorough, compensation } as CandidacyInput);
    expect(item?.status).toBe(status);
    if (recommendation !== undefined) expect(item?.recommendation).toBe(recommendation);
  });
});
