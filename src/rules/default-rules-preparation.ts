import type { Rule } from './types.js';

/** Default rules for recall, research, audiences, questions and concerns. */
export const preparationRules: readonly Rule[] = [
  {
    id: 'recall.notes-reviewed',
    dimension: 'recall',
    weight: 8,
    checklist: true,
    conditions: { all: [{ fact: 'roundOneNotesReviewed', operator: 'equal', value: true }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Your notes from the earlier round have been re-read.',
        recommendation:
          'Set aside twenty minutes to reread your round-one notes: what you claimed, what they asked, and what was left open.',
        source: 'seed#checklist',
      },
    },
  },
  {
    id: 'recall.consistent-stories',
    dimension: 'recall',
    weight: 10,
    checklist: true,
    blocker: true,
    conditions: { all: [{ fact: 'unresolvedContradictions', operator: 'equal', value: 0 }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Your planned stories match what you said in the earlier round.',
        recommendation:
          '{{unresolvedContradictions|one:# detail differs|other:# details differ}} from what you said last time, in {{unresolvedContradictions|names}}. Settle on the true figure for each; if the earlier one was wrong, plan to say so openly as a correction.',
        source: 'seed#checklist',
      },
    },
  },
  {
    id: 'recall.debrief-written',
    dimension: 'recall',
    weight: 2,
    conditions: { all: [{ fact: 'roundOneDebriefWritten', operator: 'equal', value: true }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'A debrief of the earlier round is on record.',
        recommendation:
          'Write down from memory what you said and what they asked in the earlier round, before the details fade.',
        source: 'seed#consistency',
      },
    },
  },
  {
    id: 'recall.deeper-than-round-one',
    dimension: 'recall',
    weight: 4,
    appliesWhen: { all: [{ fact: 'projectTellingsPlanned', operator: 'greaterThan', value: 0 }] },
    conditions: { all: [{ fact: 'repeatedProjectTellings', operator: 'equal', value: 0 }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Your project stories go further than last time instead of repeating it.',
        recommendation:
          '{{repeatedProjectTellings|names}} {{repeatedProjectTellings|one:is|other:are}} planned almost word for word as before. Add the hardest decision you made, what you gave up for it, and what it changed.',
        source: 'seed#consistency',
      },
    },
  },
  {
    id: 'recall.numbers-and-trade-offs',
    dimension: 'recall',
    weight: 4,
    appliesWhen: { all: [{ fact: 'projectTellingsPlanned', operator: 'greaterThan', value: 0 }] },
    conditions: {
      all: [
        { fact: 'shallowProjectTellings', operator: 'equal', value: 0 },
        { fact: 'projectTellingsWithTradeOff', operator: 'greaterThanInclusive', value: 1 },
      ],
    },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Each project story carries a number, and at least one shows a trade-off.',
        recommendation:
          '{{projectTellingsWithTradeOff|=0:Let at least one project story say what you gave up for a choice you made|one:Keep the trade-off your one story shows|other:Keep the trade-offs # stories show}}; stories still without a measurable result: {{shallowProjectTellings|names}}.',
        source: 'seed#audiences',
      },
    },
  },
  {
    id: 'recall.reason-for-leaving-steady',
    dimension: 'recall',
    weight: 3,
    appliesWhen: { all: [{ fact: 'reasonForLeavingTellings', operator: 'greaterThan', value: 0 }] },
    conditions: { all: [{ fact: 'reasonForLeavingChanged', operator: 'equal', value: 0 }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Your reason for leaving is told the same way as before.',
        recommendation:
          'Your planned reason for leaving in {{reasonForLeavingChanged|names}} drifts from the one you gave last time. Keep the same reason and framing; only the wording may change.',
        source: 'seed#consistency',
      },
    },
  },
  {
    id: 'research.interviewers',
    dimension: 'research',
    weight: 8,
    checklist: true,
    appliesWhen: { all: [{ fact: 'roundTwoInterviewerCount', operator: 'greaterThan', value: 0 }] },
    conditions: { all: [{ fact: 'interviewersNotResearched', operator: 'equal', value: 0 }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Every interviewer is researched: background, tenure, common ground and recent activity.',
        recommendation:
          'Look up {{interviewersNotResearched|names}}: note their path, how long they have been there, one thing you share and something they said or wrote lately.',
        source: 'seed#checklist',
      },
    },
  },
  {
    id: 'research.one-reference-each',
    dimension: 'research',
    weight: 3,
    appliesWhen: { all: [{ fact: 'roundTwoInterviewerCount', operator: 'greaterThan', value: 0 }] },
    conditions: { all: [{ fact: 'interviewersWithoutReference', operator: 'equal', value: 0 }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'You have a natural reference ready for each interviewer.',
        recommendation:
          'Pick one genuine point to mention to {{interviewersWithoutReference|names}}, such as a shared employer or a talk they gave.',
        source: 'seed#research',
      },
    },
  },
  {
    id: 'research.no-overload',
    dimension: 'research',
    weight: 6,
    blocker: true,
    appliesWhen: { all: [{ fact: 'roundTwoInterviewerCount', operator: 'greaterThan', value: 0 }] },
    conditions: { all: [{ fact: 'interviewersWithTooManyReferences', operator: 'equal', value: 0 }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'No interviewer gets more than one personal reference.',
        recommendation:
          'Keep one natural reference each for {{interviewersWithTooManyReferences|names}}: several in a short conversation reads as surveillance, not interest.',
        source: 'seed#research',
      },
    },
  },
  {
    id: 'research.company-news',
    dimension: 'research',
    weight: 3,
    appliesWhen: { all: [{ fact: 'roundTwoInterviewerCount', operator: 'greaterThan', value: 0 }] },
    conditions: { all: [{ fact: 'seniorInterviewerNewsResearched', operator: 'equal', value: true }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Recent company news is ready for the most senior interviewer.',
        recommendation:
          'Skim the company’s latest announcements (funding, launches, leadership moves) and note one you could ask {{seniorInterviewerNewsResearched|names}} about: the most senior person on the panel.',
        source: 'seed#research',
      },
    },
  },
  {
    id: 'audiences.every-interviewer',
    dimension: 'audiences',
    weight: 8,
    checklist: true,
    appliesWhen: { all: [{ fact: 'roundTwoInterviewerCount', operator: 'greaterThan', value: 0 }] },
    conditions: { all: [{ fact: 'audiencesWithoutStory', operator: 'equal', value: 0 }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Each kind of interviewer has a story aimed at what they care about.',
        recommendation:
          'No story yet fits {{audiencesWithoutStory|names}}. Tag or prepare one story for each that speaks to what their side of the table cares about.',
        source: 'seed#checklist',
      },
    },
  },
  {
    id: 'audiences.hiring-manager',
    dimension: 'audiences',
    weight: 2,
    appliesWhen: { all: [{ fact: 'hasHiringManagerInterviewer', operator: 'equal', value: true }] },
    conditions: { all: [{ fact: 'storyFitsHiringManager', operator: 'equal', value: true }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'The hiring manager gets a story about delivery, with results and trade-offs.',
        recommendation:
          'For {{storyFitsHiringManager|names}}, prepare a project of similar scope to this role, told with its measured result and the constraint you worked around.',
        source: 'seed#audiences',
      },
    },
  },
  {
    id: 'audiences.peers',
    dimension: 'audiences',
    weight: 2,
    appliesWhen: { all: [{ fact: 'hasPeerInterviewer', operator: 'equal', value: true }] },
    conditions: { all: [{ fact: 'storyFitsPeers', operator: 'equal', value: true }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Future peers get a story about working alongside others.',
        recommendation:
          'For {{storyFitsPeers|names}}, prepare a story of a disagreement you worked through with colleagues, or of credit you shared, and ask about their current work.',
        source: 'seed#audiences',
      },
    },
  },
  {
    id: 'audiences.direct-reports',
    dimension: 'audiences',
    weight: 2,
    appliesWhen: {
      all: [
        { fact: 'managesPeople', operator: 'equal', value: true },
        { fact: 'hasDirectReportInterviewer', operator: 'equal', value: true },
      ],
    },
    conditions: { all: [{ fact: 'storyFitsDirectReports', operator: 'equal', value: true }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Future direct reports get a story about growing and backing people.',
        recommendation:
          'For {{storyFitsDirectReports|names}}, prepare an example of someone who grew under you, a time you argued for your team, or how you give feedback; skip the abstract philosophy.',
        source: 'seed#audiences',
      },
    },
  },
  {
    id: 'audiences.senior-leadership',
    dimension: 'audiences',
    weight: 2,
    appliesWhen: { all: [{ fact: 'hasSeniorLeadershipInterviewer', operator: 'equal', value: true }] },
    conditions: { all: [{ fact: 'storyFitsSeniorLeadership', operator: 'equal', value: true }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Senior leadership gets a strategic angle.',
        recommendation:
          'For {{storyFitsSeniorLeadership|names}}, prepare your view of the company’s position, what you would learn in your first 90 days, and the biggest lever you see from outside.',
        source: 'seed#audiences',
      },
    },
  },
  {
    id: 'audiences.cross-functional',
    dimension: 'audiences',
    weight: 2,
    appliesWhen: { all: [{ fact: 'hasCrossFunctionalInterviewer', operator: 'equal', value: true }] },
    conditions: { all: [{ fact: 'storyFitsCrossFunctional', operator: 'equal', value: true }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Each cross-functional interviewer gets a story of partnering with their function.',
        recommendation:
          'For {{storyFitsCrossFunctional|names}}, prepare a story of working with their function: its constraints, and a trade-off you negotiated together.',
        source: 'seed#audiences',
      },
    },
  },
  {
    id: 'questions.planned',
    dimension: 'questions',
    weight: 8,
    checklist: true,
    conditions: {
      all: [
        { fact: 'questionsPlanned', operator: 'greaterThanInclusive', value: 4 },
        { fact: 'questionsPlanned', operator: 'lessThanInclusive', value: 6 },
        { fact: 'audiencesWithTooFewQuestions', operator: 'equal', value: 0 },
      ],
    },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Four to six questions are planned, with at least two for each audience.',
        recommendation:
          'You have {{questionsPlanned|one:# question|other:# questions}} planned: keep four to six sharp ones, with at least two tagged for each interviewer (short now: {{audiencesWithTooFewQuestions|names}}).',
        source: 'seed#checklist',
      },
    },
  },
  {
    id: 'questions.fresh',
    dimension: 'questions',
    weight: 2,
    appliesWhen: { all: [{ fact: 'questionsPlanned', operator: 'greaterThan', value: 0 }] },
    conditions: { all: [{ fact: 'questionsRepeatedFromRoundOne', operator: 'equal', value: 0 }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Your questions are new, not the ones from last time.',
        recommendation:
          'Replace {{questionsRepeatedFromRoundOne|names}}, already asked in round one, with questions about doing the job: success at six months, the open problem, how the team decides.',
        source: 'seed#questions',
      },
    },
  },
  {
    id: 'concerns.revisits',
    dimension: 'concerns',
    weight: 8,
    checklist: true,
    appliesWhen: { all: [{ fact: 'concernsCount', operator: 'greaterThan', value: 0 }] },
    conditions: {
      all: [{ fact: 'concernsWithoutPlan', operator: 'equal', value: 0 }],
    },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Open concerns from last time each have a plan.',
        recommendation:
          'Decide for {{concernsWithoutPlan|names}} whether to revisit with a better answer or acknowledge and move on; revisit no more than two.',
        source: 'seed#checklist',
      },
    },
  },
  {
    id: 'concerns.early',
    dimension: 'concerns',
    weight: 4,
    appliesWhen: { all: [{ fact: 'revisitsPlanned', operator: 'greaterThan', value: 0 }] },
    conditions: { all: [{ fact: 'revisitsLate', operator: 'equal', value: 0 }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Revisits are planned early in the conversation.',
        recommendation:
          '{{revisitsPlanned|=1:Move|=2:Move|other:Of the one or two answers you keep, move any of}} {{revisitsLate|names}} to the opening minutes, so {{revisitsLate|one:it frames|other:they frame}} the rest of the talk instead of being the last thing they remember.',
        source: 'seed#concerns',
      },
    },
  },
  {
    id: 'concerns.improved-answer',
    dimension: 'concerns',
    weight: 4,
    appliesWhen: { all: [{ fact: 'revisitsPlanned', operator: 'greaterThan', value: 0 }] },
    conditions: { all: [{ fact: 'revisitsWithoutImprovedAnswer', operator: 'equal', value: 0 }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'Each revisit has its better answer written down.',
        recommendation:
          'Write a better answer for {{revisitsWithoutImprovedAnswer|names}}: a different, concrete example in two or three sentences, opened with directly rather than with an apology. A longer version of the round-one answer is not an improvement.',
        source: 'seed#concerns',
      },
    },
  },
  {
    id: 'concerns.at-most-two-revisits',
    dimension: 'concerns',
    weight: 6,
    blocker: true,
    appliesWhen: { all: [{ fact: 'revisitsPlanned', operator: 'greaterThan', value: 0 }] },
    conditions: { all: [{ fact: 'revisitsPlanned', operator: 'lessThanInclusive', value: 2 }] },
    event: {
      type: 'readiness-item',
      params: {
        message: 'You revisit one or two answers from last time, not more.',
        recommendation:
          'You plan to revisit {{revisitsPlanned|one:# answer|other:# answers}}: {{revisitsPlanned|names}}. Keep the one or two that matter most and acknowledge the rest briefly; three or more reads as doubting your whole first round.',
        source: 'seed#concerns',
      },
    },
  },
];
