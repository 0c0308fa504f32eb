/**
 * Every text of audiences/ a candidate reads, in English: the default of the text catalogue (see
 * `englishTexts`), keyed `audiences.…`. Placeholders: `{{name}}`, plural or select forms
 * `{{count|one:# story|other:# stories}}` (see docs/translating-messages.md). A translation gives the same
 * keys with the same placeholders.
 *
 * @category Text
 */
export const audiencesTexts = {
  // questions, briefs, profiles
  'audiences.questions.audience.recruiter': 'the recruiter',
  'audiences.questions.audience.hiring-manager': 'the hiring manager',
  'audiences.questions.audience.peer': 'a future peer',
  'audiences.questions.audience.direct-report': 'a future direct report',
  'audiences.questions.audience.senior-leadership': 'senior leadership',
  'audiences.questions.audience.cross-functional': 'a cross-functional partner',
  'audiences.questions.audienceLabel.recruiter': 'the recruiter',
  'audiences.questions.audienceLabel.hiring-manager': 'the hiring manager',
  'audiences.questions.audienceLabel.peer': 'a future peer',
  'audiences.questions.audienceLabel.direct-report': 'a future direct report',
  'audiences.questions.audienceLabel.senior-leadership': 'senior leadership',
  'audiences.questions.audienceLabel.cross-functional': 'a cross-functional partner',
  'audiences.questions.reason.own': 'Your own question, and it suits {{audience}}.',
  'audiences.questions.reason.ownWhy': 'Your own question, and it suits {{audience}}: {{purpose}}.',
  'audiences.questions.reason.suits': 'Suits {{audience}}.',
  'audiences.questions.reason.suitsWhy': 'Suits {{audience}}: {{purpose}}.',
  'audiences.questions.reason.plannedOwn': 'Your own question for {{names}}.',
  'audiences.questions.reason.plannedOwnWhy': 'Your own question for {{names}}: {{purpose}}.',
  'audiences.questions.reason.planned': 'Planned for {{names}}.',
  'audiences.questions.reason.plannedWhy': 'Planned for {{names}}: {{purpose}}.',
  'audiences.questions.reason.reserve':
    'In reserve, in case a planned question is answered before you ask it.',
  'audiences.questions.reason.reserveWhy':
    'In reserve, in case a planned question is answered before you ask it: {{purpose}}.',
  'audiences.questions.warning.noAudience':
    'Your question "{{text}}" names no audience, so it was not planned: add the audiences it suits.',
  'audiences.questions.warning.keptAway':
    'Your question "{{text}}" was kept away from {{audience}}: its topic does not suit them.',
  'audiences.questions.warning.group': '{{names}} ({{audience}})',
  'audiences.questions.warning.tooFewInBudget':
    'Only {{count|one:# question|other:# questions}} could be planned for {{group}} within {{max}} distinct questions for the whole interview: add {{missing}} of your own that suit them.',
  'audiences.questions.warning.tooFewByRules':
    'Only {{count|one:# question|other:# questions}} could be planned for {{group}} without repeating an earlier round or breaking the audience rules: add {{missing}} of your own that suit them.',
  'audiences.questions.warning.sameQuestions':
    '{{first}} and {{second}} get the same questions: add a question that suits only one of them.',
  'audiences.questions.warning.tooFewOverall':
    'Only {{count|one:# distinct question|other:# distinct questions}} could be planned; aim for {{min}}–{{max}}: add some of your own.',
  'audiences.questions.warning.noInterview':
    'No interview has the id "{{id}}" (known: {{known}}); no questions were planned.',
  'audiences.questions.warning.knownId': '"{{id}}"',
  'audiences.questions.warning.noInterviewers':
    'This interview lists no interviewers yet: add them to get questions fitted to each person.',
  'audiences.questions.warning.reportWithoutReports':
    '{{name}} is listed as a future direct report, but the role does not manage people: questions were chosen as for a peer.',
  'audiences.brief.theirFunction': 'their function',
  'audiences.brief.storyGap': 'No story shows {{need}}, and {{stake}}.',
  'audiences.brief.noNumber':
    'Your latest telling of "{{title}}" has no number in it, and {{name}} will look for one.',
  'audiences.brief.manyReferences':
    '{{count}} references are planned for {{name}}; keep one (the first is shown). Several in one conversation comes across as watching them too closely.',
  'audiences.brief.noReference':
    'No reference is planned for {{name}}: choose one natural point of contact. Look at their background, recent work and common ground.',
  'audiences.brief.noReferenceIdea':
    'No reference is planned for {{name}}: choose one natural point of contact. For example: {{idea}}.',
  'audiences.brief.companyNews':
    "{{name}} is the most senior person in this interview: read the company's recent news (funding, launches, leadership changes) and note one item.",
  'audiences.brief.noFunction':
    'Note which function {{name}} works in, so the right partnering story can be found.',
  'audiences.profile.why.partner': "Shows you working with {{function}}, {{name}}'s function.",
  'audiences.profile.why.kind':
    'A {{kind|project:project|reason-for-leaving:reason for leaving|role-interest:role interest|strength:strength|other:other}} story, which {{name}} will check.',
  'audiences.profile.why.tags': 'Shows {{tags}}.',
  'audiences.profile.tag.quantified-outcome': 'a measured result',
  'audiences.profile.tag.trade-off': 'a trade-off',
  'audiences.profile.tag.collaboration': 'collaboration',
  'audiences.profile.tag.disagreement': 'a disagreement worked through',
  'audiences.profile.tag.credit-sharing': 'shared credit',
  'audiences.profile.tag.people-development': 'developing people',
  'audiences.profile.tag.advocacy': 'speaking up for a team',
  'audiences.profile.tag.feedback': 'giving feedback',
  'audiences.profile.tag.strategy': 'strategic thinking',
  'audiences.profile.tag.first-90-days': 'a first-90-days plan',
  'audiences.profile.tag.partnering': 'partnering with another function',
  'audiences.profile.tag.analytical': 'analytical depth',
  'audiences.profile.tag.leadership': 'leadership',
} as const satisfies Readonly<Record<`audiences.${string}`, string>>;

/**
 * The keys of {@link audiencesTexts}.
 *
 * @category Text
 */
export type AudiencesTextKey = keyof typeof audiencesTexts;
