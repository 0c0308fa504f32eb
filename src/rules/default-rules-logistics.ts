import type { Rule } from './types.js';

/** Default rules for compensation and logistics, setup and follow-through. */
export const logisticsRules: readonly Rule[] = [
  {
    id: 'compensation.range-researched',
    dimension: 'compensation',
    group: 'pay',
    weight: 8,
    checklist: true,
    conditions: {
      all: [
        { fact: 'compensationRangeSet', operator: 'equal', value: true },
        { fact: 'compensationResearched', operator: 'equal', value: true },
      ],
    },
    event: {
      type: 'readiness-item',
      params: {
        message: 'A researched pay range is ready, not a single number.',
        recommendation:
          'Research the market for this role and level, then set a range with a real gap between its ends and rehearse saying it.',
        source: 'seed#checklist',
      },
    },
  },
  {
    id: 'compensation.range-basis',
    dimension: 'compensation',
    group: 'pay',
    weight: 2,
    appliesWhen: { all: [{ fact: 'compensationRangeSet', operator: 'equal', value: true }] },
    conditions: { all: [{ fact: 'compensationBasisStated', operator: 'equal', value: true }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Your range says whether it is base pay or total pay.',
        recommendation: 'Decide whether your range means base salary or the whole package, and say which.',
        source: 'seed#compensation',
      },
    },
  },
  {
    id: 'compensation.current-pay-private',
    dimension: 'compensation',
    group: 'pay',
    weight: 4,
    appliesWhen: { all: [{ fact: 'payHistoryLawKnown', operator: 'equal', value: false }] },
    conditions: { all: [{ fact: 'plansToDiscloseCurrentSalary', operator: 'equal', value: false }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'You do not plan to volunteer your current pay.',
        recommendation:
          'Keep your current salary to yourself unless it is truly required; steer back to your researched range instead.',
        source: 'seed#compensation',
      },
    },
  },
  {
    id: 'compensation.current-pay-private-law',
    dimension: 'compensation',
    group: 'pay',
    weight: 4,
    appliesWhen: { all: [{ fact: 'payHistoryLawKnown', operator: 'equal', value: true }] },
    conditions: { all: [{ fact: 'plansToDiscloseCurrentSalary', operator: 'equal', value: false }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'You do not plan to volunteer your current pay.',
        recommendation:
          'Keep your current salary to yourself and answer with your researched range. {{payHistoryNote}}',
        source: 'seed#compensation',
      },
    },
  },
  {
    id: 'compensation.walk-away',
    dimension: 'compensation',
    group: 'pay',
    weight: 3,
    conditions: { all: [{ fact: 'walkAwaySet', operator: 'equal', value: true }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'You know your walk-away number.',
        recommendation: 'Decide the lowest offer you would accept before anyone names a figure.',
        source: 'seed#after',
      },
    },
  },
  {
    id: 'compensation.logistics-clear',
    dimension: 'compensation',
    group: 'logistics',
    weight: 8,
    checklist: true,
    conditions: {
      all: [
        { fact: 'startDateKnown', operator: 'equal', value: true },
        { fact: 'workModeStated', operator: 'equal', value: true },
      ],
    },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Your start date and work-mode positions are settled.',
        recommendation:
          'Write down {{logisticsPositionsMissing|names}}, so you can say it as soon as it comes up.',
        source: 'seed#checklist',
      },
    },
  },
  {
    id: 'compensation.start-date-standard',
    dimension: 'compensation',
    group: 'logistics',
    weight: 2,
    appliesWhen: { all: [{ fact: 'startDateKnown', operator: 'equal', value: true }] },
    conditions: {
      any: [
        { fact: 'weeksUntilEarliestStart', operator: 'lessThanInclusive', value: 4 },
        { fact: 'noticePeriodStated', operator: 'equal', value: true },
      ],
    },
    event: {
      type: 'readiness-item',
      params: {
        message:
          'You can start within the usual two to four weeks, or your longer notice is written down to say now.',
        recommendation:
          'Your earliest start is {{weeksUntilEarliestStart}} weeks from today, more than the two to four weeks after an offer that employers usually expect. If a notice period or planned time off is behind it, write it down and say it in this round, not at the offer; if it is only the time until the decision, that is fine as it is.',
        source: 'seed#compensation',
      },
    },
  },
  {
    id: 'setup.tested',
    dimension: 'setup',
    weight: 8,
    checklist: true,
    appliesWhen: {
      any: [
        { fact: 'roundTwoHasVideo', operator: 'equal', value: true },
        { fact: 'roundTwoHasInPerson', operator: 'equal', value: true },
      ],
    },
    pendingWhen: {
      any: [
        { fact: 'focusState', operator: 'equal', value: 'undated' },
        { fact: 'hoursUntilNextInterview', operator: 'greaterThan', value: 12 },
      ],
    },
    conditions: {
      all: [
        {
          any: [
            { fact: 'roundTwoHasVideo', operator: 'equal', value: false },
            { fact: 'setupTested', operator: 'equal', value: true },
          ],
        },
        {
          // The contract's setupTestedAt covers the guide's one checklist item, "setup tested (camera, audio,
          // lighting, platform if video; route and timing if in-person)": for a round with no video part it
          // can only mean the in-person setup, so it counts like routePlannedAt there.
          any: [
            { fact: 'roundTwoHasInPerson', operator: 'equal', value: false },
            { fact: 'routePlanned', operator: 'equal', value: true },
            {
              all: [
                { fact: 'roundTwoHasVideo', operator: 'equal', value: false },
                { fact: 'setupTested', operator: 'equal', value: true },
              ],
            },
          ],
        },
      ],
    },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Your setup is tested for video, and your route planned for in person.',
        recommendation:
          'For video, check camera, microphone and light in a test call; for in person, plan the route and when to leave.',
        due: 'on the day, before the interview',
        source: 'seed#checklist',
      },
    },
  },
  {
    id: 'setup.platform-tested',
    dimension: 'setup',
    weight: 3,
    appliesWhen: { all: [{ fact: 'roundTwoHasVideo', operator: 'equal', value: true }] },
    pendingWhen: {
      any: [
        { fact: 'focusState', operator: 'equal', value: 'undated' },
        { fact: 'hoursUntilNextInterview', operator: 'greaterThan', value: 12 },
      ],
    },
    conditions: { all: [{ fact: 'platformTested', operator: 'equal', value: true }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'The meeting platform is tested.',
        recommendation:
          'Join a test meeting on the same platform half an hour before, even if it worked last round; updates break things.',
        due: 'half an hour before the interview',
        source: 'seed#video',
      },
    },
  },
  {
    id: 'setup.checklist-run',
    dimension: 'setup',
    weight: 3,
    appliesWhen: {
      any: [
        { fact: 'hasUpcomingInterview', operator: 'equal', value: true },
        { fact: 'focusState', operator: 'equal', value: 'undated' },
      ],
    },
    pendingWhen: {
      any: [
        { fact: 'focusState', operator: 'equal', value: 'undated' },
        { fact: 'hoursUntilNextInterview', operator: 'greaterThan', value: 36 },
      ],
    },
    conditions: { all: [{ fact: 'checklistRun', operator: 'equal', value: true }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'The pre-round checklist has been run.',
        recommendation: 'Go through the whole pre-round checklist and fix what is missing.',
        due: 'a day or so before the interview',
        source: 'seed#checklist',
      },
    },
  },
  {
    id: 'follow-through.thank-you',
    dimension: 'follow-through',
    weight: 8,
    checklist: true,
    pendingWhen: {
      any: [
        { fact: 'focusState', operator: 'equal', value: 'undated' },
        { fact: 'hoursUntilNextInterview', operator: 'greaterThan', value: 24 },
      ],
    },
    conditions: { all: [{ fact: 'thankYouDrafted', operator: 'equal', value: true }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'A thank-you note is drafted in advance.',
        recommendation:
          'Draft a short template, leaving space for one specific point per interviewer, so each note goes out within a day.',
        due: 'the day before the interview',
        source: 'seed#checklist',
      },
    },
  },
  {
    id: 'follow-through.outcome-plans',
    dimension: 'follow-through',
    weight: 8,
    checklist: true,
    conditions: {
      all: [
        { fact: 'offerPlanReady', operator: 'equal', value: true },
        { fact: 'rejectionPlanReady', operator: 'equal', value: true },
      ],
    },
    event: {
      type: 'readiness-item',
      params: {
        message: 'You have a plan for either answer.',
        recommendation:
          'Write down both plans now: for an offer, the market rate you researched, your negotiation moves and the walk-away number below which you decline; for a no, a short, gracious reply that thanks them and keeps the door open.',
        source: 'seed#checklist',
      },
    },
  },
  {
    id: 'follow-through.other-processes',
    dimension: 'follow-through',
    weight: 8,
    checklist: true,
    conditions: { all: [{ fact: 'activeOtherProcesses', operator: 'greaterThanInclusive', value: 1 }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Other hiring processes are still moving.',
        recommendation:
          'Keep at least one other process moving until you hold a signed offer (now: {{activeOtherProcesses|names}}); options protect your leverage and your nerves.',
        source: 'seed#checklist',
      },
    },
  },
];
