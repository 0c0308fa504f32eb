/**
 * Every text of timeline/ a candidate reads, in English: the default of the text catalogue (see
 * `englishTexts`), keyed `timeline.…`. Placeholders: `{{name}}`, plural or select forms
 * `{{count|one:# story|other:# stories}}` (see docs/translating-messages.md). A translation gives the same
 * keys with the same placeholders. Dates arrive written for the locale (`{{date}}`, `{{first}}`…); names,
 * companies, platforms and places are the candidacy's own words.
 *
 * @category Text
 */
export const timelineTexts = {
  // Before an interview.
  'timeline.research.title': 'Research each interviewer of round {{round}}',
  'timeline.research.why':
    'Look each person up on the day before: background, tenure, shared ground, what they published lately; pick one natural reference each, and recent company news for the most senior one.',
  'timeline.checklist.title': 'Run the pre-round checklist for round {{round}}',
  'timeline.checklist.why':
    'A day ahead leaves time to fix what the checklist turns up: notes re-read, stories matched to round one, questions per audience, range and logistics settled.',
  'timeline.rehearsal.title': 'Rehearse the presentation aloud ({{number}} of {{count}})',
  'timeline.rehearsal.why':
    'Say it out loud and time it; running over reads as unprepared, and the closing slide should answer the questions everyone will ask.',
  'timeline.rehearsal.whyInSlot':
    'Say it out loud and time it within the {{minutes}}-minute slot; running over reads as unprepared, and the closing slide should answer the questions everyone will ask.',
  'timeline.platformPractice.title': 'Warm up on {{platform}}',
  'timeline.platformPractice.titleNoPlatform': "Warm up on the company's platform",
  'timeline.platformPractice.why':
    'A short session in the same tool the same morning, plus a look at the syntax you may need, removes the friction of an unfamiliar editor.',
  'timeline.setupTest.title': 'Test camera, audio, light and {{platform}}',
  'timeline.setupTest.titleNoPlatform': 'Test camera, audio, light and the meeting platform',
  'timeline.setupTest.why':
    'The platform may have changed since round one; checking it shortly before leaves time to fix it, and any slides should already be open in their own window.',
  'timeline.routePlan.title': 'Plan the route to {{place}} and when to leave',
  'timeline.routePlan.titleNoPlace': 'Plan the route and when to leave',
  'timeline.routePlan.why':
    'Knowing the way, the travel time and a margin for delays keeps the arrival calm and on time.',
  'timeline.takeHome.title': 'Hand in the take-home (time box {{hours}} h, due {{due}})',
  'timeline.takeHome.why':
    'Stop at the {{hours}}-hour box: extra polish rarely changes the result. Add a short write-up of what you chose, what you left out and why.',

  // The interview. `medium` is video, in-person or phone; `names` the panel and `formats` the interview's
  // format names, each enumerated with commas; `count` the number of formats (for the label's plural).
  'timeline.interview.title': 'Round {{round}} interview, {{medium}}',
  'timeline.interview.titleOn': 'Round {{round}} interview, {{medium}} on {{platform}}',
  'timeline.interview.titleWith': 'Round {{round}} interview, {{medium}} with {{names}}',
  'timeline.interview.titleOnWith': 'Round {{round}} interview, {{medium}} on {{platform}} with {{names}}',
  /** One format's name (conversation, case-study, take-home, presentation, technical, role-play, shadow-day). */
  'timeline.interview.format': '{{format}}',
  'timeline.interview.whyFirstRound':
    '{{count|other:Formats}}: {{formats}}. Have two or three short stories ready and note what you tell, so a later round can build on it.',
  'timeline.interview.whyLaterRound':
    '{{count|other:Formats}}: {{formats}}. Keep your stories the same as in round one and go one level deeper.',

  // Thank-you notes.
  'timeline.thankYou.title': 'Send {{name}} a thank-you',
  'timeline.thankYou.why':
    'A short, separate note to each person with one specific detail from your conversation; the decision is close, so it counts.',
  'timeline.thankYou.whyShadowDay':
    'After a day with the team, thank your host and the people you spent time with, each in a separate note with one detail from your time together.',
  'timeline.thankYou.hostTitle': 'Send your shadow-day host a thank-you',
  'timeline.thankYou.hostWhy':
    'Thank the person who hosted your day, and anyone you spent real time with, each separately with one detail from the day. Add them as interviewers to track each note.',

  // After the last interview.
  'timeline.decisionWindow.title': '{{company}} is expected to decide ({{first}} to {{last}})',
  'timeline.decisionWindow.titleGiven': '{{company}} expects to decide by {{given}}',
  'timeline.decisionWindow.why':
    'No date was given, so expect an answer one to two weeks after the last interview; keep your other processes moving meanwhile.',
  'timeline.decisionWindow.whyGiven':
    'This is the date the company gave; keep your other processes moving meanwhile.',
  /** A span shown as two markers: the event on its first day and the one on its last. */
  'timeline.span.firstDay': '{{title}}: first day',
  'timeline.span.lastDay': '{{title}}: last day',
  'timeline.followUp.title': 'Follow up once with the recruiter',
  'timeline.followUp.why':
    'If the date you were given passes in silence, one brief, friendly note to the recruiter is enough; more than one reads as pressure.',
  'timeline.followUp.whyBy':
    'If the date you were given passes in silence, one brief, friendly note to the recruiter is enough, by {{last}} at the latest; more than one reads as pressure.',
  /** `code` is the jurisdiction (CA-ON), `citation` and `threshold` the law table's own words. */
  'timeline.decisionNotice.title': '{{company}} must tell you by {{day}} whether a decision was made',
  'timeline.decisionNotice.why':
    'Where the job is ({{code}}), {{citation}} requires an employer that interviewed you to say within {{days|one:# day|other:# days}} of your last interview whether a hiring decision was made. If nothing has come by then, a short note asking is within your rights. General information from our law table, not legal advice.',
  'timeline.decisionNotice.whyThreshold':
    'Where the job is ({{code}}), {{citation}} requires an employer that interviewed you to say within {{days|one:# day|other:# days}} of your last interview whether a hiring decision was made (for employers with {{threshold}}). If nothing has come by then, a short note asking is within your rights. General information from our law table, not legal advice.',
  /** `what` is `deadline` (an offer to answer by `date`) or `expected` (an offer expected by `date`). */
  'timeline.competingOffer.title':
    'Tell {{company}} about the {{offer}} offer ({{what|deadline:deadline|other:expected by}} {{date}})',
  'timeline.competingOffer.why':
    'Say it plainly and calmly: you are in late stages with another company, with an offer {{what|deadline:to answer by|other:expected by}} {{date}}; this role is the one you want most, if it is, and you are sharing the timing so they can plan. Said now, right after round two, it speeds a decision without reading as pressure.',
  'timeline.competingOffer.warningWindow':
    "The {{offer}} offer ({{what|deadline:deadline|other:expected by}} {{date}}) lands before {{company}}'s decision window opens ({{opens}}): ask {{company}} whether they can decide sooner, or ask {{offer}} for more time.",
  'timeline.competingOffer.warningGiven':
    'The {{offer}} offer ({{what|deadline:deadline|other:expected by}} {{date}}) lands before {{company}} expects to decide ({{given}}): ask {{company}} whether they can decide sooner, or ask {{offer}} for more time.',
  'timeline.competingOffer.titleUndated': 'Tell {{company}} about the {{offer}} offer',
  'timeline.competingOffer.whyUndated':
    'The {{offer}} offer has no date yet; ask them for one, then tell {{company}} you are in late stages elsewhere, that this role is your priority if it is, and when you expect to hear.',
  'timeline.outcomePlan.offerTitle': 'Prepare for an offer: market rate, your moves, your walk-away number',
  'timeline.outcomePlan.offerWhy':
    'Deciding the numbers before the call keeps you from deciding them under pressure on it.',
  'timeline.outcomePlan.rejectionTitle': 'Prepare a gracious reply in case the answer is no',
  'timeline.outcomePlan.rejectionWhy':
    'A calm, warm reply written in advance keeps the door open for a later role.',

  // Where the candidacy stands, and what could not be placed.
  'timeline.state.preparing': 'An interview is still ahead.',
  'timeline.state.waiting': 'The interviews are done and the decision window is open.',
  'timeline.state.noNews':
    'No answer by {{date}}, when the decision was due. Silence is common; it ends as soon as a new interview or an offer is added.',
  'timeline.state.answered': '{{company}} has answered: an offer from them is listed.',
  'timeline.note.undatedRound': 'Round {{round}} has no date yet: its steps appear once it is scheduled.',
  'timeline.note.undatedSession':
    'A session of round {{round}} has no date yet: its steps appear once it is scheduled.',

  /** A date-time as given: `day` as the locale writes dates, `time` on the 24-hour clock (`17:00`). */
  'timeline.date.dayTime': '{{day}} {{time}}',
  /** The calendar's name (X-WR-CALNAME) unless the options give one. */
  'timeline.calendar.name': 'Interviews with {{company}}',
} as const satisfies Readonly<Record<`timeline.${string}`, string>>;

/**
 * The keys of {@link timelineTexts}.
 *
 * @category Text
 */
export type TimelineTextKey = keyof typeof timelineTexts;
