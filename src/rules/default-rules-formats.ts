import type { Rule } from './types.js';

/** Default rules for the non-standard formats: presentation, take-home, technical, case study, role play, shadow day. */
export const formatRules: readonly Rule[] = [
  {
    id: 'formats.prepared',
    dimension: 'formats',
    weight: 8,
    checklist: true,
    appliesWhen: { all: [{ fact: 'hasSpecialFormat', operator: 'equal', value: true }] },
    conditions: { all: [{ fact: 'formatPrepDone', operator: 'equal', value: true }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Every special format of the round has its own preparation.',
        recommendation: 'Prepare each format on the agenda that is not ready yet: {{formatPrepDone|names}}.',
        source: 'seed#checklist',
      },
    },
  },
  {
    id: 'formats.presentation-rehearsed',
    dimension: 'formats',
    weight: 3,
    appliesWhen: { all: [{ fact: 'hasPresentation', operator: 'equal', value: true }] },
    conditions: { all: [{ fact: 'presentationRehearsals', operator: 'greaterThanInclusive', value: 2 }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'The presentation has been rehearsed out loud at least twice.',
        recommendation:
          'You have {{presentationRehearsals|=0:no rehearsal|one:# rehearsal|other:# rehearsals}} logged. Run the full talk aloud, standing, at least twice before the day.',
        source: 'seed#formats',
      },
    },
  },
  {
    id: 'formats.presentation-timed',
    dimension: 'formats',
    weight: 2,
    appliesWhen: { all: [{ fact: 'hasPresentation', operator: 'equal', value: true }] },
    conditions: { all: [{ fact: 'presentationFitsSlot', operator: 'equal', value: true }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Your latest rehearsal fits within the slot.',
        recommendation:
          '{{presentationRehearsals|=0:No run of the talk is timed yet|other:Your latest run went past the slot}} ({{presentationSlotMinutes|=0:its length is not given|one:# minute allotted|other:# minutes allotted}}): time a complete run and cut material until it ends inside the slot with room for questions.',
        source: 'seed#formats',
      },
    },
  },
  {
    id: 'formats.presentation-closing-slide',
    dimension: 'formats',
    weight: 2,
    appliesWhen: { all: [{ fact: 'hasPresentation', operator: 'equal', value: true }] },
    conditions: { all: [{ fact: 'presentationClosingSlide', operator: 'equal', value: true }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'The closing slide answers the questions the panel will obviously ask.',
        recommendation:
          'List the three questions you would ask as a panellist and answer them on your last slide.',
        source: 'seed#formats',
      },
    },
  },
  {
    id: 'formats.presentation-backup',
    dimension: 'formats',
    weight: 2,
    appliesWhen: { all: [{ fact: 'hasPresentation', operator: 'equal', value: true }] },
    conditions: { all: [{ fact: 'presentationBackupPlan', operator: 'equal', value: true }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'There is a fallback if screen sharing fails.',
        recommendation:
          'Prepare a way to carry on without the screen: printed slides, a shared link, or a version you can talk through unaided.',
        source: 'seed#formats',
      },
    },
  },
  {
    id: 'formats.take-home-timebox',
    dimension: 'formats',
    weight: 3,
    appliesWhen: { all: [{ fact: 'hasTakeHome', operator: 'equal', value: true }] },
    conditions: { all: [{ fact: 'takeHomeWithinTimebox', operator: 'equal', value: true }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'The take-home stays within its timebox.',
        recommendation:
          'Log your hours and stop at the timebox ({{takeHomeTimeboxHours}} hours); polish beyond it rarely changes the outcome.',
        source: 'seed#formats',
      },
    },
  },
  {
    id: 'formats.take-home-writeup',
    dimension: 'formats',
    weight: 2,
    appliesWhen: { all: [{ fact: 'hasTakeHome', operator: 'equal', value: true }] },
    conditions: {
      all: [
        { fact: 'takeHomeWriteupWords', operator: 'greaterThanInclusive', value: 250 },
        { fact: 'takeHomeWriteupWords', operator: 'lessThanInclusive', value: 1000 },
      ],
    },
    event: {
      type: 'readiness-item',
      params: {
        message: 'A short write-up explains the take-home’s decisions and trade-offs.',
        recommendation:
          'Add a readme of roughly 500 words: what you built, what you left out on purpose, and why.',
        source: 'seed#formats',
      },
    },
  },
  {
    id: 'formats.technical-platform',
    dimension: 'formats',
    weight: 3,
    appliesWhen: { all: [{ fact: 'hasTechnical', operator: 'equal', value: true }] },
    pendingWhen: {
      any: [
        { fact: 'focusState', operator: 'equal', value: 'undated' },
        { fact: 'hoursUntilNextInterview', operator: 'greaterThan', value: 12 },
      ],
    },

    conditions: { all: [{ fact: 'technicalPlatformPracticed', operator: 'equal', value: true }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'You have practised on the company’s coding platform.',
        recommendation:
          'Solve a warm-up problem on the same platform the morning of the interview, and rehearse your system-design outline.',
        due: 'the morning of the interview',
        source: 'seed#formats',
      },
    },
  },
  {
    id: 'formats.case-study',
    dimension: 'formats',
    weight: 2,
    appliesWhen: { all: [{ fact: 'hasCaseStudy', operator: 'equal', value: true }] },
    conditions: { all: [{ fact: 'caseStudyPracticed', operator: 'equal', value: true }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'A case study has been practised out loud.',
        recommendation:
          'Talk through one practice case: clarify, frame, analyse, recommend, then name what you are unsure of.',
        source: 'seed#formats',
      },
    },
  },
  {
    id: 'formats.role-play',
    dimension: 'formats',
    weight: 2,
    appliesWhen: { all: [{ fact: 'hasRolePlay', operator: 'equal', value: true }] },
    conditions: { all: [{ fact: 'rolePlayPracticed', operator: 'equal', value: true }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'A role play has been practised.',
        recommendation:
          'Rehearse one scenario staying in character, naming your goal, your move, the signal you watch and how you adjust.',
        source: 'seed#formats',
      },
    },
  },
  {
    id: 'formats.shadow-day',
    dimension: 'formats',
    weight: 2,
    appliesWhen: { all: [{ fact: 'hasShadowDay', operator: 'equal', value: true }] },
    conditions: { all: [{ fact: 'shadowDayPrepared', operator: 'equal', value: true }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'The shadow day is prepared.',
        recommendation:
          'Plan to treat every chat as part of the interview, bring a notebook, and note who to thank within a day.',
        source: 'seed#formats',
      },
    },
  },
];
