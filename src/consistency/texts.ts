/**
 * Every text of consistency/ a candidate reads, in English: the default of the text catalogue (see
 * `englishTexts`), keyed `consistency.…`. Placeholders: `{{name}}`, plural or select forms
 * `{{count|one:# story|other:# stories}}` (see docs/translating-messages.md). A translation gives the same
 * keys with the same placeholders.
 *
 * Areas: `value.*` writes one claim's value (`{{one}}` and `{{two}}` of a `why` are written with them),
 * `period.*` the period of a rate, `reason.*` a leave-reason category, `tolerance.*` a tolerance as it
 * reads after "the", `why.*` one verdict each, `note.*` what the check could not read, `reread.*` the
 * "check these yourself" lines. The candidate's own words (quotes, titles, stance text) are never translated.
 *
 * @category Text
 */
export const consistencyTexts = {
  'consistency.value.months': '{{count|one:# month|other:# months}}',
  'consistency.value.monthRange': '{{low}}–{{high|one:# month|other:# months}}',
  'consistency.value.points': '{{count|one:# point|other:# points}}',
  'consistency.value.percent': '{{value}}%',
  'consistency.value.range': '{{low}}–{{high}}',
  'consistency.value.rate': '{{amount}} {{per}}',
  'consistency.value.hedged':
    '{{hedge|about:about |other:}}{{bound|atLeast:at least |atMost:at most |other:}}{{value}}',
  'consistency.value.role': '{{title}} (level {{level}})',
  'consistency.value.untitled': 'a title',
  'consistency.value.stance': '"{{text}}"',
  'consistency.period.year': 'a year',
  'consistency.period.quarter': 'a quarter',
  'consistency.period.month': 'a month',
  'consistency.period.week': 'a week',
  'consistency.period.day': 'a day',
  'consistency.period.hour': 'an hour',
  'consistency.period.other': 'a {{period}}',
  'consistency.reason.career_growth': 'career growth',
  'consistency.reason.compensation': 'compensation',
  'consistency.reason.manager_conflict': 'manager conflict',
  'consistency.reason.relocation': 'relocation',
  'consistency.reason.layoff': 'layoff',
  'consistency.reason.burnout': 'burnout',
  'consistency.reason.role_reduced': 'role reduced',
  'consistency.reason.company_direction': 'company direction',
  'consistency.reason.performance': 'performance',
  'consistency.reason.contract_end': 'contract end',
  'consistency.reason.education': 'study',
  'consistency.reason.personal': 'personal',
  'consistency.tolerance.months': '{{count}}-month',
  'consistency.tolerance.points': '{{count}}-point',
  'consistency.tolerance.count': '±{{count}}',
  'consistency.why.signFlip': '{{one}} vs {{two}}: the direction changed (one says up, the other down)',
  'consistency.why.currencies':
    '{{one}} vs {{two}}: different currencies ({{currencyOne}} vs {{currencyTwo}}), not converted; the amounts are {{gap}} apart, {{verdict|variation:within|other:beyond}} the {{band}}% band',
  'consistency.why.same': '{{one}} vs {{two}}: the same value',
  'consistency.why.overlap': '{{one}} vs {{two}}: the values overlap',
  'consistency.why.apart':
    '{{one}} vs {{two}}: {{gap}} apart, {{verdict|variation:within|other:beyond}} the {{tolerance}} tolerance',
  'consistency.why.sameLevel': '{{one}} vs {{two}}: the same level on the title ladder',
  'consistency.why.levelsApart':
    '{{one}} vs {{two}}: {{apart|one:# level|other:# levels}} apart on the title ladder, {{verdict|variation:within|other:beyond}} the {{tolerance}}-level tolerance',
  'consistency.why.sameReason': '{{one}} vs {{two}}: the same reason',
  'consistency.why.reasonsOverlap': '{{one}} vs {{two}}: the reasons overlap but one adds or drops a reason',
  'consistency.why.noReasonInCommon': '{{one}} vs {{two}}: no reason in common',
  'consistency.why.reasonsRelated': '{{one}} vs {{two}}: one reason, told from its two sides',
  'consistency.why.sameStance': '{{one}} vs {{two}}: the same stance',
  'consistency.why.sameStanceReworded': '{{one}} vs {{two}}: the same stance in other words',
  'consistency.why.stanceReversed': '{{one}} vs {{two}}: the stance turned around',
  'consistency.why.stanceReworded': '{{one}} vs {{two}}: the stance is worded differently',
  'consistency.why.stanceEmphasis':
    '{{one}} vs {{two}}: the same stance, but round {{round}} puts {{first}} first',
  'consistency.why.correctionMismatch':
    '{{why}}; round two presents this as a correction, but the value it corrects does not match what round one said',
  'consistency.why.correction':
    '{{two}} explicitly corrects {{one}}: an accepted correction, not a contradiction',
  'consistency.why.withinRound': 'Two stories in round {{round}}: {{why}}',
  'consistency.why.withinRoundUnconfirmed':
    'Two stories in round {{round}}: {{why}}; they may describe different teams, so check rather than change',
  'consistency.note.textTooLong':
    'The round {{round}} telling of story "{{story}}" is {{length}} characters, over the {{cap}}-character cap, so its text was not read (its facts were): shorten it or split it into stories.',
  'consistency.note.notEnglish':
    'These tellings could not be read, as free text is read in English only for now: {{tellings}}. Their structured facts were still compared.',
  'consistency.note.unreadStory': '"{{story}}" ({{count|one:round|other:rounds}} {{rounds}})',
  'consistency.reread.notRepeated':
    'Round {{round}} of "{{story}}", you said: "{{sentence}}" Your later telling does not come back to it: reread it so that nothing you add contradicts it.',
  'consistency.reread.added':
    'Round {{round}} of "{{story}}", you add: "{{sentence}}" Round {{first}} did not mention it: check that it fits what you said then.',
} as const satisfies Readonly<Record<`consistency.${string}`, string>>;

/**
 * The keys of {@link consistencyTexts}.
 *
 * @category Text
 */
export type ConsistencyTextKey = keyof typeof consistencyTexts;
