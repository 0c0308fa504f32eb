/**
 * Every text of audiences/ a candidate reads, in English: the default of the text catalogue (see
 * `englishTexts`), keyed `audiences.…`. Placeholders: `{{name}}`, plural or select forms
 * `{{count|one:# story|other:# stories}}` (see docs/translating-messages.md). A translation gives the same
 * keys with the same placeholders.
 *
 * @category Text
 */
export const audiencesTexts = {
  // thank-you notes, lint
  'audiences.thankYou.noReference':
    'No specific reference for {{firstName}}: {{debrief|none:the interview has no debrief yet|empty:the debrief lists no topics discussed|other:no debrief topic was left for them (or it was about pay, logistics or leaving)}}, and their research has no planned reference, recent activity or common ground. Add one thing you discussed before you send it.',
  'audiences.thankYou.researchReference':
    'The note to {{firstName}} mentions {{origin|planned-reference:the reference you planned|recent-activity:their recent activity|other:the common ground you share}} as something you came across while preparing; if it came up in the conversation, say so instead.',
  'audiences.thankYou.thirdPerson':
    'The note to {{firstName}} quotes your note as you wrote it ("{{reference}}"), which speaks of {{firstName}} in the third person. Reword that sentence in your own words before you send it.',
  'audiences.thankYou.tooLong': 'The note to {{firstName}} runs to {{words}} words: cut it below {{limit}}.',
  'audiences.lint.creditCounts': '{{message}} ({{singular}} × "I/me/my", {{plural}} × "we/us/our/team")',
} as const satisfies Readonly<Record<`audiences.${string}`, string>>;

/**
 * The keys of {@link audiencesTexts}.
 *
 * @category Text
 */
export type AudiencesTextKey = keyof typeof audiencesTexts;
