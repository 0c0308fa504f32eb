import type { LocaleBundle } from '../bundle.js';

/** The German part of report/: its texts (keys `report.…`) and the data sets it owns. Sie-Form throughout. */
export const deReport: Omit<Partial<LocaleBundle>, 'locale'> = {
  texts: {
    'report.title': '{{name}}: {{role}} bei {{company}}',
    'report.headline.prepare':
      'Vorbereitet am {{preparedAt}} für Runde {{round}}{{sessions|=1:|other: mit # Gesprächen}} am {{date}}.',
    'report.headline.prepareUnscheduled':
      'Vorbereitet am {{preparedAt}} für Runde {{round}}{{sessions|=1:|other: mit # Gesprächen}} (der Termin steht noch nicht fest).',
    'report.headline.followThrough':
      'Vorbereitet am {{preparedAt}} nach Runde {{round}}{{sessions|=1:|other: mit # Gesprächen}} vom {{date}}: Jetzt geht es um die Nachbereitung.',
    'report.headline.followThroughUnscheduled':
      'Vorbereitet am {{preparedAt}} nach Runde {{round}}{{sessions|=1:|other: mit # Gesprächen}} (ohne festen Termin): Jetzt geht es um die Nachbereitung.',
    'report.headline.coachNextRound':
      'Vorbereitet am {{preparedAt}} nach Runde {{round}}; eine weitere Runde ist noch nicht vereinbart. Nutzen Sie die Zeit, um sich auf Runde {{nextRound}} vorzubereiten.',
    'report.notice':
      'Eine Vorbereitungshilfe für Sie als Bewerberin oder Bewerber, kein Urteil über Sie: Ob jemand eingestellt werden sollte, beantwortet sie nie, und in eine Einstellungsentscheidung darf sie nicht einfließen.',

    'report.readiness.heading': 'Vorbereitungsstand: {{score}}/100 ({{band}})',
    'report.readiness.headingHistory': 'Vorbereitungsstand (im Rückblick): {{score}}/100 ({{band}})',
    'report.readiness.checklist':
      'Checkliste: {{passed}} von {{applicable|one:# Punkt|other:# Punkten}} erfüllt.',
    'report.readiness.blocking': 'Das sollten Sie vorher unbedingt klären:',
    'report.readiness.dimensionColumn': 'Bereich',
    'report.readiness.scoreColumn': 'Punkte',
    'report.band.notReady': 'noch nicht bereit',
    'report.band.atRisk': 'mit Lücken',
    'report.band.ready': 'gut vorbereitet',
    'report.band.topQuartile': 'sehr gut vorbereitet',
    'report.items.heading': 'Was Sie noch angehen sollten',
    'report.items.first': 'Damit fangen Sie am besten an:',
    'report.items.gain': '({{gain|one:+# Punkt|other:+# Punkte}})',
    'report.itemStatus.passed': 'erfüllt',
    'report.itemStatus.failed': 'offen',
    'report.itemStatus.pending': 'steht noch an',
    'report.itemStatus.notApplicable': 'entfällt',

    'report.interviewers.heading': 'Ihre Gesprächspartner',
    'report.brief.heading': '{{name}} ({{audience}})',
    'report.brief.caresAbout': 'Legt Wert auf:',
    'report.brief.leadWith': 'Steigen Sie ein mit:',
    'report.brief.avoid': 'Vermeiden Sie:',
    'report.brief.stories': 'Passende Beispiele aus Ihrer Praxis:',
    'report.brief.reference': 'Darauf können Sie Bezug nehmen:',
    'report.brief.tenure': 'Betriebszugehörigkeit:',
    'report.brief.companyNews': 'Aktuelles aus dem Unternehmen:',
    'report.brief.tone': 'Auftreten:',
    'report.brief.ask': 'Ihre Fragen:',
    'report.audience.recruiter': 'Recruiting',
    'report.audience.hiringManager': 'künftige Führungskraft',
    'report.audience.peer': 'Kollegin oder Kollege auf Ihrer Ebene',
    'report.audience.directReport': 'aus Ihrem künftigen Team',
    'report.audience.seniorLeadership': 'obere Führungsebene',
    'report.audience.crossFunctional': 'aus einem angrenzenden Fachbereich',

    'report.consistency.heading': 'Erste und zweite Runde im Vergleich',
    'report.consistency.none':
      'Keine Widersprüche zwischen dem, was Sie gesagt haben, und dem, was Sie sagen wollen.',
    'report.consistency.roundOneColumn': 'in Runde eins gesagt',
    'report.consistency.roundTwoColumn': 'für Runde zwei geplant',
    'report.consistency.whyColumn': 'warum',
    'report.consistency.quote': '„{{sentence}}“ (Runde {{round}})',
    'report.consistency.reread': 'Bitte prüfen Sie das selbst noch einmal:',
    'report.finding.contradiction': 'Widerspruch',
    'report.finding.variation': 'Abweichung',
    'report.finding.correction': 'Korrektur',
    'report.claim.duration': 'Dauer',
    'report.claim.date': 'Datum',
    'report.claim.percentage': 'Prozentwert',
    'report.claim.money': 'Betrag',
    'report.claim.count': 'Anzahl',
    'report.claim.role': 'Rolle',
    'report.claim.leaveReason': 'Wechselgrund',
    'report.claim.stance': 'Haltung zur Stelle',

    'report.concerns.heading': 'Bedenken aus früheren Runden',
    'report.concerns.planned':
      '(Runde {{round}}): {{action|revisit:noch einmal aufgreifen|other:kurz anerkennen und dann überleiten}}, {{timing|early:früh im Gespräch|other:gegen Ende des Gesprächs}}',
    'report.concerns.unplanned':
      '(Runde {{round}}): noch kein Plan – entscheiden Sie, ob Sie das Thema noch einmal aufgreifen oder kurz anerkennen und überleiten',
    'report.concerns.betterAnswer': 'Ihre bessere Antwort: {{answer}}',

    'report.pay.heading': 'Gehalt und Rahmenbedingungen',
    'report.pay.currentPay': 'Aktuelles Gehalt:',
    'report.pay.startDate': 'Eintrittstermin und Kündigungsfrist:',
    'report.pay.relocation': 'Umzug:',
    'report.pay.workMode': 'Arbeitsmodell:',
    'report.pay.competingOffers': 'Weitere Angebote:',
    'report.offers.companyColumn': 'Unternehmen',
    'report.offers.statusColumn': 'Stand',
    'report.offers.baseColumn': 'Grundgehalt',
    'report.offers.bonusColumn': 'Bonus',
    'report.offers.equityColumn': 'Beteiligung',
    'report.offers.benefitsColumn': 'Zusatzleistungen',
    'report.offerStatus.expected': 'erwartet',
    'report.offerStatus.received': 'liegt vor',
    'report.offerStatus.accepted': 'angenommen',
    'report.offerStatus.declined': 'abgelehnt',

    'report.processes.heading': 'Ihre weiteren Bewerbungen',
    'report.processes.lastActivity': '{{stage}}, letzter Kontakt am {{date}}',
    'report.timeline.heading': 'Zeitplan ({{timeZone}})',
    'report.timeline.span': 'vom {{first}} bis {{last}}',
    'report.timeline.theirTime': '(Ortszeit dort: {{time}}, {{timeZone}})',
    'report.eventStatus.upcoming': 'steht an',
    'report.eventStatus.due': 'jetzt fällig',
    'report.eventStatus.overdue': 'überfällig',
    'report.eventStatus.done': 'erledigt',
    'report.drafts.heading': 'Entwürfe für Ihre Dankesnachrichten',
    'report.drafts.to': 'An {{name}}',
    'report.drafts.subject': 'Betreff: {{subject}}',
    'report.followThrough.heading': 'Nachbereitung',
    'report.followThrough.nothingDue': 'Gerade ist nichts fällig; alles Weitere steht im Zeitplan unten.',

    'report.reminder.videoEnergy':
      'Bringen Sie im Videogespräch etwas mehr Energie mit, als sich natürlich anfühlt, und lächeln Sie ruhig etwas mehr: Über den Bildschirm kommt davon weniger an, erst recht vor mehreren Personen oder bei einer Präsentation.',
    'report.reminder.notesAtHand':
      'Halten Sie Ihre Notizen aus der ersten Runde griffbereit, auf einem zweiten Bildschirm oder ausgedruckt neben dem Laptop, für die Momente, in denen es heißt: „Wie wir ja schon besprochen hatten …“',
    'report.reminder.presentationOpen':
      'Öffnen Sie Ihre Präsentation schon vor dem Gespräch in einem eigenen Fenster, damit das Teilen des Bildschirms gleich beim ersten Versuch klappt.',
    'report.reminder.waitingWithProcesses':
      'Nutzen Sie die Wartezeit: Halten Sie Ihre anderen Bewerbungen in Bewegung und stecken Sie Ihre Energie in die nächsten. Parallele Optionen stärken Ihre Position, auch wenn Sie sie am Ende nicht brauchen.',
    'report.reminder.waiting':
      'Nutzen Sie die Wartezeit und stecken Sie Ihre Energie in die nächsten Bewerbungen. Parallele Optionen stärken Ihre Position, auch wenn Sie sie am Ende nicht brauchen.',
    'report.reminder.tone':
      'Begegnen Sie allen mit derselben Freundlichkeit und Professionalität, auch den Ansprechpartnern im Recruiting: Wer zu einer Person herzlich und zu einer anderen kurz angebunden ist, fällt damit auf.',
  },
};
