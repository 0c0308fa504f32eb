/**
 * Every text of report/ a candidate reads, in English: the default of the text catalogue (see
 * `englishTexts`), keyed `report.…`. Placeholders: `{{name}}`, plural or select forms
 * `{{count|one:# story|other:# stories}}` (see docs/translating-messages.md). A translation gives the same
 * keys with the same placeholders. The Markdown around a text (`## `, `**…**`, `_…_`, table pipes) is the
 * renderer's: a text here is written into the report as it is, and every value from the candidacy it
 * carries is escaped before it is filled in.
 *
 * @category Text
 */
export const reportTexts = {
  // The title, the line under it and the notice.
  'report.title': '{{name}}: {{role}} at {{company}}',
  'report.headline.prepare':
    'Prepared {{preparedAt}} for round {{round}}{{sessions|=1:|other: in # sessions}} on {{date}}.',
  'report.headline.prepareUnscheduled':
    'Prepared {{preparedAt}} for round {{round}}{{sessions|=1:|other: in # sessions}} (not scheduled yet).',
  'report.headline.followThrough':
    'Prepared {{preparedAt}} after round {{round}}{{sessions|=1:|other: in # sessions}}, held {{date}}: this is about the follow-through.',
  'report.headline.followThroughUnscheduled':
    'Prepared {{preparedAt}} after round {{round}}{{sessions|=1:|other: in # sessions}}, held (not scheduled yet): this is about the follow-through.',
  'report.headline.coachNextRound':
    'Prepared {{preparedAt}} after round {{round}}, with no later round planned yet: use it to get ready for round {{nextRound}}.',
  'report.notice':
    'A preparation aid for the candidate: it never says whether anyone should be hired, and must not be used in a hiring decision.',

  // Readiness and what to fix.
  'report.readiness.heading': 'Readiness: {{score}}/100 ({{band}})',
  'report.readiness.headingHistory': 'Readiness (your preparation, as history): {{score}}/100 ({{band}})',
  'report.readiness.checklist': 'Checklist: {{passed}} of {{applicable}} items hold.',
  'report.readiness.blocking': 'Blocking:',
  'report.readiness.dimensionColumn': 'dimension',
  'report.readiness.scoreColumn': 'score',
  'report.band.notReady': 'not-ready',
  'report.band.atRisk': 'at-risk',
  'report.band.ready': 'ready',
  'report.band.topQuartile': 'top-quartile',
  'report.items.heading': 'What to fix',
  'report.items.first': 'Do these first:',
  'report.items.gain': '(+{{gain}} points)',
  'report.itemStatus.passed': 'passed',
  'report.itemStatus.failed': 'failed',
  'report.itemStatus.pending': 'pending',
  'report.itemStatus.notApplicable': 'not-applicable',

  // The interviewers.
  'report.interviewers.heading': 'Your interviewers',
  'report.brief.heading': '{{name}} ({{audience}})',
  'report.brief.caresAbout': 'Cares about:',
  'report.brief.leadWith': 'Lead with:',
  'report.brief.avoid': 'Avoid:',
  'report.brief.stories': 'Stories that fit:',
  'report.brief.reference': 'One reference to make:',
  'report.brief.tenure': 'Tenure:',
  'report.brief.companyNews': 'Company news:',
  'report.brief.tone': 'Tone:',
  'report.brief.ask': 'Ask:',
  'report.audience.recruiter': 'recruiter',
  'report.audience.hiringManager': 'hiring manager',
  'report.audience.peer': 'future peer',
  'report.audience.directReport': 'future direct report',
  'report.audience.seniorLeadership': 'senior leadership',
  'report.audience.crossFunctional': 'cross-functional partner',

  // Round one against round two.
  'report.consistency.heading': 'Round one against round two',
  'report.consistency.none': 'No contradictions found between what you said and what you plan to say.',
  'report.consistency.roundOneColumn': 'round one said',
  'report.consistency.roundTwoColumn': 'round two plans',
  'report.consistency.whyColumn': 'why',
  'report.consistency.quote': '“{{sentence}}” (round {{round}})',
  'report.consistency.reread': 'Check these yourself:',
  'report.finding.contradiction': 'contradiction',
  'report.finding.variation': 'variation',
  'report.finding.correction': 'correction',
  'report.claim.duration': 'duration',
  'report.claim.date': 'date',
  'report.claim.percentage': 'percentage',
  'report.claim.money': 'money',
  'report.claim.count': 'count',
  'report.claim.role': 'role',
  'report.claim.leaveReason': 'reason for leaving',
  'report.claim.stance': 'stance on the role',

  // Concerns from earlier rounds.
  'report.concerns.heading': 'Concerns from earlier rounds',
  'report.concerns.planned':
    '(round {{round}}): {{action|revisit:revisit it|other:acknowledge it and pivot}}, {{timing|early:early in the conversation|other:late in the conversation}}',
  'report.concerns.unplanned':
    '(round {{round}}): no plan yet: decide whether to revisit it or acknowledge and pivot',
  'report.concerns.betterAnswer': 'Your better answer: {{answer}}',

  // Pay and logistics.
  'report.pay.heading': 'Pay and logistics',
  'report.pay.currentPay': 'Current pay:',
  'report.pay.startDate': 'Start date and notice:',
  'report.pay.relocation': 'Relocation:',
  'report.pay.workMode': 'Work mode:',
  'report.pay.competingOffers': 'Competing offers:',
  'report.offers.companyColumn': 'company',
  'report.offers.statusColumn': 'status',
  'report.offers.baseColumn': 'base',
  'report.offers.bonusColumn': 'bonus',
  'report.offers.equityColumn': 'equity',
  'report.offers.benefitsColumn': 'benefits',
  'report.offerStatus.expected': 'expected',
  'report.offerStatus.received': 'received',
  'report.offerStatus.accepted': 'accepted',
  'report.offerStatus.declined': 'declined',

  // Other processes, the timeline, the drafts and the follow-through.
  'report.processes.heading': 'Other processes',
  'report.processes.lastActivity': '{{stage}}, last activity {{date}}',
  'report.timeline.heading': 'Timeline ({{timeZone}})',
  'report.timeline.span': 'from {{first}} to {{last}}',
  'report.timeline.theirTime': '(their time: {{time}}, {{timeZone}})',
  'report.eventStatus.upcoming': 'upcoming',
  'report.eventStatus.due': 'due',
  'report.eventStatus.overdue': 'overdue',
  'report.eventStatus.done': 'done',
  'report.drafts.heading': 'Thank-you drafts',
  'report.drafts.to': 'To {{name}}',
  'report.drafts.subject': 'Subject: {{subject}}',
  'report.followThrough.heading': 'Follow-through',
  'report.followThrough.nothingDue': 'Nothing is due: the timeline below has the rest.',

  // The guide's reminders (prepare writes them into the report in its locale).
  'report.reminder.videoEnergy':
    'On video, bring slightly more energy than feels natural, and smile a little more: energy flattens on screen, most of all in a panel or a presentation.',
  'report.reminder.notesAtHand':
    'Have your round-one notes at hand, on a second screen or printed beside the laptop, for the "as we discussed earlier" moments.',
  'report.reminder.presentationOpen':
    'Open your presentation in its own window before the call starts, so the screen-share works at the first try.',
  'report.reminder.waitingWithProcesses':
    'While you wait, keep your other processes moving and put the energy into the next applications: parallel options are your leverage, even unused.',
  'report.reminder.waiting':
    'While you wait, put the energy into the next batch of applications: parallel options are your leverage, even unused.',
  'report.reminder.tone':
    'Keep the same baseline professionalism you show everyone else, the recruiter included: warmth with one interviewer and curtness with another gets noticed.',
} as const satisfies Readonly<Record<`report.${string}`, string>>;

/**
 * The keys of {@link reportTexts}.
 *
 * @category Text
 */
export type ReportTextKey = keyof typeof reportTexts;
