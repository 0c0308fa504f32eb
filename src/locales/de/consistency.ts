import type { LocaleBundle } from '../bundle.js';

/** The German part of consistency/: its texts (keys `consistency.…`) and the data sets it owns. Sie-Form throughout. */
export const deConsistency: Omit<Partial<LocaleBundle>, 'locale'> = {
  texts: {
    'consistency.value.months': '{{count|one:# Monat|other:# Monate}}',
    'consistency.value.monthRange': '{{low}}–{{high|one:# Monat|other:# Monate}}',
    'consistency.value.points': '{{count|one:# Prozentpunkt|other:# Prozentpunkte}}',
    'consistency.value.percent': '{{value}}\u00a0%',
    'consistency.value.range': '{{low}}–{{high}}',
    'consistency.value.rate': '{{amount}} {{per}}',
    'consistency.value.hedged':
      '{{hedge|about:etwa |other:}}{{bound|atLeast:mindestens |atMost:höchstens |other:}}{{value}}',
    'consistency.value.role': '{{title}} (Stufe {{level}})',
    'consistency.value.untitled': 'ein Titel',
    'consistency.value.stance': '„{{text}}“',
    'consistency.period.year': 'pro Jahr',
    'consistency.period.quarter': 'pro Quartal',
    'consistency.period.month': 'pro Monat',
    'consistency.period.week': 'pro Woche',
    'consistency.period.day': 'pro Tag',
    'consistency.period.hour': 'pro Stunde',
    'consistency.period.other': 'pro {{period}}',
    'consistency.reason.career_growth': 'berufliche Entwicklung',
    'consistency.reason.compensation': 'Vergütung',
    'consistency.reason.manager_conflict': 'Konflikt mit der Führungskraft',
    'consistency.reason.relocation': 'Umzug',
    'consistency.reason.layoff': 'Stellenabbau',
    'consistency.reason.burnout': 'Überlastung',
    'consistency.reason.role_reduced': 'verkleinerte Rolle',
    'consistency.reason.company_direction': 'Ausrichtung des Unternehmens',
    'consistency.reason.performance': 'Leistung',
    'consistency.reason.contract_end': 'Vertragsende',
    'consistency.reason.education': 'Studium oder Ausbildung',
    'consistency.reason.personal': 'persönliche Gründe',
    'consistency.tolerance.months': '{{count|one:# Monat|other:# Monaten}}',
    'consistency.tolerance.points': '{{count|one:# Prozentpunkt|other:# Prozentpunkten}}',
    'consistency.tolerance.count': '±{{count}}',
    'consistency.why.signFlip':
      '{{one}} und {{two}}: Die Richtung hat sich gedreht – einmal geht es nach oben, einmal nach unten',
    'consistency.why.currencies':
      '{{one}} und {{two}}: verschiedene Währungen ({{currencyOne}} und {{currencyTwo}}), nicht umgerechnet; die Beträge liegen {{gap}} auseinander, {{verdict|variation:innerhalb|other:außerhalb}} der Spanne von {{band}}\u00a0%',
    'consistency.why.same': '{{one}} und {{two}}: derselbe Wert',
    'consistency.why.overlap': '{{one}} und {{two}}: Die Werte überschneiden sich',
    'consistency.why.apart':
      '{{one}} und {{two}} liegen {{gap}} auseinander, {{verdict|variation:innerhalb|other:außerhalb}} der Toleranz von {{tolerance}}',
    'consistency.why.sameLevel': '{{one}} und {{two}}: dieselbe Karrierestufe',
    'consistency.why.levelsApart':
      '{{one}} und {{two}} liegen {{apart|one:# Karrierestufe|other:# Karrierestufen}} auseinander, {{verdict|variation:innerhalb|other:außerhalb}} der Toleranz von {{tolerance|one:# Stufe|other:# Stufen}}',
    'consistency.why.sameReason': '{{one}} und {{two}}: derselbe Grund',
    'consistency.why.reasonsOverlap':
      '{{one}} und {{two}}: Die Gründe überschneiden sich, aber einer kommt hinzu oder fällt weg',
    'consistency.why.noReasonInCommon': '{{one}} und {{two}}: kein gemeinsamer Grund',
    'consistency.why.reasonsRelated': '{{one}} und {{two}}: ein Grund, von seinen zwei Seiten erzählt',
    'consistency.why.sameStance': '{{one}} und {{two}}: dieselbe Haltung',
    'consistency.why.sameStanceReworded': '{{one}} und {{two}}: dieselbe Haltung, anders formuliert',
    'consistency.why.stanceReversed': '{{one}} und {{two}}: Die Haltung hat sich ins Gegenteil gedreht',
    'consistency.why.stanceReworded': '{{one}} und {{two}}: Die Haltung ist anders formuliert',
    'consistency.why.stanceEmphasis':
      '{{one}} und {{two}}: dieselbe Haltung, aber in Runde {{round}} steht {{first}} an erster Stelle',
    'consistency.why.correctionMismatch':
      '{{why}}; in Runde zwei stellen Sie das als Korrektur dar, aber der korrigierte Wert passt nicht zu dem, was Sie in Runde eins gesagt haben',
    'consistency.why.correction':
      '{{two}} korrigiert ausdrücklich {{one}}: eine nachvollziehbare Korrektur, kein Widerspruch',
    'consistency.why.withinRound': 'Zwei Geschichten in Runde {{round}}: {{why}}',
    'consistency.why.withinRoundUnconfirmed':
      'Zwei Geschichten in Runde {{round}}: {{why}}; vielleicht geht es um verschiedene Teams – prüfen Sie das, statt etwas zu ändern',
    'consistency.note.textTooLong':
      'Ihre Fassung der Geschichte „{{story}}“ für Runde {{round}} ist {{length}} Zeichen lang, mehr als die Grenze von {{cap}} Zeichen. Der Text wurde deshalb nicht gelesen (die strukturierten Angaben schon): Kürzen Sie ihn oder teilen Sie ihn auf mehrere Geschichten auf.',
    'consistency.note.notEnglish':
      'Diese Fassungen konnten nicht gelesen werden, weil freier Text vorerst nur auf Englisch ausgewertet wird: {{tellings}}. Ihre strukturierten Angaben wurden trotzdem verglichen.',
    'consistency.note.unreadStory': '„{{story}}“ ({{count|one:Runde|other:Runden}} {{rounds}})',
    'consistency.reread.notRepeated':
      'Runde {{round}}, „{{story}}“, Sie sagten: „{{sentence}}“ Ihre spätere Fassung greift das nicht wieder auf: Lesen Sie es noch einmal, damit nichts, was Sie ergänzen, dem widerspricht.',
    'consistency.reread.added':
      'Runde {{round}}, „{{story}}“, neu hinzugekommen: „{{sentence}}“ In Runde {{first}} kam das nicht vor: Prüfen Sie, ob es zu dem passt, was Sie damals gesagt haben.',
  },
};
