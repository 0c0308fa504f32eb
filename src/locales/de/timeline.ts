import type { LocaleBundle } from '../bundle.js';

/** The German part of timeline/: its texts (keys `timeline.…`) and the data sets it owns. Sie-Form throughout. */
export const deTimeline: Omit<Partial<LocaleBundle>, 'locale'> = {
  texts: {
    // Vor einem Gespräch.
    'timeline.research.title': 'Gesprächspartner der Runde {{round}} recherchieren',
    'timeline.research.why':
      'Informieren Sie sich am Vortag über jede Person: Werdegang, wie lange sie schon im Unternehmen ist, Gemeinsamkeiten mit Ihnen, was sie zuletzt veröffentlicht hat. Legen Sie sich für jede Person einen natürlichen Anknüpfungspunkt zurecht und für die ranghöchste zusätzlich aktuelle Nachrichten aus dem Unternehmen.',
    'timeline.checklist.title': 'Checkliste vor Runde {{round}} durchgehen',
    'timeline.checklist.why':
      'Einen Tag vorher bleibt genug Zeit, um zu beheben, was die Checkliste aufdeckt: Notizen noch einmal lesen, Ihre Beispiele mit der ersten Runde abgleichen, Fragen für jede Gesprächspartnerin und jeden Gesprächspartner bereitlegen, Gehaltsvorstellung und Organisatorisches klären.',
    'timeline.rehearsal.title': 'Präsentation laut proben ({{number}} von {{count}})',
    'timeline.rehearsal.why':
      'Sprechen Sie die Präsentation laut und stoppen Sie die Zeit. Wer überzieht, wirkt unvorbereitet, und die letzte Folie sollte die Fragen beantworten, die ohnehin alle stellen werden.',
    'timeline.rehearsal.whyInSlot':
      'Sprechen Sie die Präsentation laut und stoppen Sie die Zeit: Sie haben {{minutes|one:eine Minute|other:# Minuten}}. Wer überzieht, wirkt unvorbereitet, und die letzte Folie sollte die Fragen beantworten, die ohnehin alle stellen werden.',
    'timeline.platformPractice.title': 'Kurz in {{platform}} üben',
    'timeline.platformPractice.titleNoPlatform': 'Kurz auf der Plattform des Unternehmens üben',
    'timeline.platformPractice.why':
      'Eine kurze Übungsrunde im selben Tool am selben Morgen und ein Blick auf die Syntax, die Sie brauchen könnten, nehmen Ihnen die Unsicherheit mit einem ungewohnten Editor.',
    'timeline.setupTest.title': 'Kamera, Ton, Licht und {{platform}} testen',
    'timeline.setupTest.titleNoPlatform': 'Kamera, Ton, Licht und Videoplattform testen',
    'timeline.setupTest.why':
      'Die Plattform kann seit der ersten Runde eine andere sein. Ein Test kurz vorher lässt Zeit, Probleme zu beheben; Ihre Folien sollten dann schon in einem eigenen Fenster geöffnet sein.',
    'timeline.routePlan.title': 'Anfahrt und Abfahrtszeit planen: {{place}}',
    'timeline.routePlan.titleNoPlace': 'Anfahrt und Abfahrtszeit planen',
    'timeline.routePlan.why':
      'Wenn Sie den Weg, die Fahrzeit und einen Puffer für Verspätungen kennen, kommen Sie entspannt und pünktlich an.',
    'timeline.takeHome.title': 'Probeaufgabe abgeben (Zeitrahmen {{hours}} Std., fällig {{due}})',
    'timeline.takeHome.why':
      'Hören Sie nach {{hours|one:einer Stunde|other:# Stunden}} auf: Zusätzlicher Feinschliff ändert das Ergebnis selten. Legen Sie eine kurze Erläuterung bei: wofür Sie sich entschieden haben, was Sie weggelassen haben und warum.',

    // Das Gespräch.
    'timeline.interview.title':
      'Runde {{round}}: Vorstellungsgespräch {{medium|video:per Video|in-person:vor Ort|phone:am Telefon|other:}}',
    'timeline.interview.titleOn':
      'Runde {{round}}: Vorstellungsgespräch {{medium|video:per Video|in-person:vor Ort|phone:am Telefon|other:}} ({{platform}})',
    'timeline.interview.titleWith':
      'Runde {{round}}: Vorstellungsgespräch {{medium|video:per Video|in-person:vor Ort|phone:am Telefon|other:}} mit {{names}}',
    'timeline.interview.titleOnWith':
      'Runde {{round}}: Vorstellungsgespräch {{medium|video:per Video|in-person:vor Ort|phone:am Telefon|other:}} ({{platform}}) mit {{names}}',
    'timeline.interview.format':
      '{{format|conversation:Gespräch|case-study:Fallstudie|take-home:Probeaufgabe|presentation:Präsentation|technical:Fachinterview|role-play:Rollenspiel|shadow-day:Probearbeitstag|other:weiteres Format}}',
    'timeline.interview.whyFirstRound':
      '{{count|one:Format|other:Formate}}: {{formats}}. Halten Sie zwei, drei kurze Beispiele aus Ihrer Praxis bereit und notieren Sie, was Sie erzählen, damit Sie in einer späteren Runde daran anknüpfen können.',
    'timeline.interview.whyLaterRound':
      '{{count|one:Format|other:Formate}}: {{formats}}. Bleiben Sie bei denselben Beispielen wie in der ersten Runde und gehen Sie eine Ebene tiefer.',

    // Dankesnachrichten.
    'timeline.thankYou.title': 'Dankesnachricht an {{name}} senden',
    'timeline.thankYou.why':
      'Schreiben Sie jeder Person eine kurze, eigene Nachricht mit einem konkreten Detail aus Ihrem Gespräch. Die Entscheidung fällt bald, da zählt dieser letzte Eindruck.',
    'timeline.thankYou.whyShadowDay':
      'Nach einem Tag im Team: Danken Sie Ihrer Ansprechperson und allen, mit denen Sie Zeit verbracht haben, jeweils in einer eigenen Nachricht mit einem Detail aus der gemeinsamen Zeit.',
    'timeline.thankYou.hostTitle': 'Dankesnachricht an Ihre Ansprechperson vom Probearbeitstag senden',
    'timeline.thankYou.hostWhy':
      'Danken Sie der Person, die Sie an diesem Tag betreut hat, und allen, mit denen Sie länger zu tun hatten, jeweils einzeln und mit einem Detail aus dem Tag. Tragen Sie diese Personen als Gesprächspartner ein, dann lässt sich jede Nachricht nachverfolgen.',

    // Nach dem letzten Gespräch.
    'timeline.decisionWindow.title': 'Entscheidungsfenster von {{company}} ({{first}} bis {{last}})',
    'timeline.decisionWindow.titleGiven': '{{company}} will bis {{given}} entscheiden',
    'timeline.decisionWindow.why':
      'Es wurde kein Termin genannt: Rechnen Sie mit einer Antwort ein bis zwei Wochen nach dem letzten Gespräch. Treiben Sie Ihre anderen Bewerbungen in der Zwischenzeit weiter voran.',
    'timeline.decisionWindow.whyGiven':
      'Diesen Termin hat das Unternehmen genannt. Treiben Sie Ihre anderen Bewerbungen in der Zwischenzeit weiter voran.',
    'timeline.span.firstDay': '{{title}}: erster Tag',
    'timeline.span.lastDay': '{{title}}: letzter Tag',
    'timeline.followUp.title': 'Einmal beim Recruiting nachfassen',
    'timeline.followUp.why':
      'Verstreicht der Termin ohne Rückmeldung, genügt eine kurze, freundliche Nachfrage beim Recruiting. Mehrmaliges Nachhaken wirkt wie Druck.',
    'timeline.followUp.whyBy':
      'Verstreicht der Termin ohne Rückmeldung, genügt eine kurze, freundliche Nachfrage beim Recruiting, spätestens am {{last}}. Mehrmaliges Nachhaken wirkt wie Druck.',
    'timeline.decisionNotice.title':
      '{{company}} muss Ihnen bis {{day}} mitteilen, ob eine Entscheidung gefallen ist',
    'timeline.decisionNotice.why':
      'Am Arbeitsort ({{code}}) verpflichtet {{citation}} Arbeitgeber, die ein Vorstellungsgespräch mit Ihnen geführt haben, Ihnen innerhalb von {{days|one:einem Tag|other:# Tagen}} nach dem letzten Gespräch mitzuteilen, ob eine Einstellungsentscheidung gefallen ist. Kommt bis dahin nichts, dürfen Sie mit einer kurzen Nachricht nachfragen. Allgemeine Informationen aus unserer Rechtstabelle, keine Rechtsberatung.',
    'timeline.decisionNotice.whyThreshold':
      'Am Arbeitsort ({{code}}) verpflichtet {{citation}} Arbeitgeber, die ein Vorstellungsgespräch mit Ihnen geführt haben, Ihnen innerhalb von {{days|one:einem Tag|other:# Tagen}} nach dem letzten Gespräch mitzuteilen, ob eine Einstellungsentscheidung gefallen ist (Geltungsbereich laut Gesetz: „{{threshold}}“). Kommt bis dahin nichts, dürfen Sie mit einer kurzen Nachricht nachfragen. Allgemeine Informationen aus unserer Rechtstabelle, keine Rechtsberatung.',
    'timeline.competingOffer.title':
      '{{company}} über das Angebot von {{offer}} informieren ({{what|deadline:Antwort bis|other:erwartet bis}} {{date}})',
    'timeline.competingOffer.why':
      'Sagen Sie es klar und gelassen: Sie sind bei einem anderen Unternehmen in der Endphase, mit einem Angebot ({{what|deadline:Antwort bis|other:erwartet bis}} {{date}}). Diese Stelle ist Ihre erste Wahl, sofern das zutrifft, und Sie nennen den Zeitplan, damit man dort planen kann. Jetzt, direkt nach der zweiten Runde angesprochen, beschleunigt das die Entscheidung, ohne als Druck zu wirken.',
    'timeline.competingOffer.warningWindow':
      'Das Angebot von {{offer}} ({{what|deadline:Antwort bis|other:erwartet bis}} {{date}}) kommt, bevor das Entscheidungsfenster von {{company}} beginnt ({{opens}}): Fragen Sie bei {{company}}, ob eine frühere Entscheidung möglich ist, oder bitten Sie {{offer}} um mehr Bedenkzeit.',
    'timeline.competingOffer.warningGiven':
      'Das Angebot von {{offer}} ({{what|deadline:Antwort bis|other:erwartet bis}} {{date}}) kommt, bevor {{company}} entscheiden will ({{given}}): Fragen Sie bei {{company}}, ob eine frühere Entscheidung möglich ist, oder bitten Sie {{offer}} um mehr Bedenkzeit.',
    'timeline.competingOffer.titleUndated': '{{company}} über das Angebot von {{offer}} informieren',
    'timeline.competingOffer.whyUndated':
      'Für das Angebot von {{offer}} steht noch kein Datum fest. Fragen Sie dort nach einem und sagen Sie dann {{company}}, dass Sie sich anderswo in der Endphase befinden, dass diese Stelle Ihre erste Wahl ist, sofern das zutrifft, und wann Sie mit einer Antwort rechnen.',
    'timeline.outcomePlan.offerTitle':
      'Auf ein Angebot vorbereiten: Marktwert, Ihre Verhandlungsschritte, Ihre Untergrenze',
    'timeline.outcomePlan.offerWhy':
      'Legen Sie Ihre Zahlen vor dem Gespräch fest, dann müssen Sie nicht erst am Telefon unter Druck darüber entscheiden.',
    'timeline.outcomePlan.rejectionTitle': 'Eine souveräne Antwort für den Fall einer Absage vorbereiten',
    'timeline.outcomePlan.rejectionWhy':
      'Eine ruhige, freundliche Antwort, vorab formuliert, hält Ihnen die Tür für eine spätere Stelle offen.',

    // Wo die Bewerbung steht.
    'timeline.state.preparing': 'Ein Gespräch steht noch bevor.',
    'timeline.state.waiting': 'Die Gespräche sind geführt, das Entscheidungsfenster ist offen.',
    'timeline.state.noNews':
      'Bis zum erwarteten Entscheidungstermin ({{date}}) kam keine Antwort. Funkstille ist häufig; sobald Sie ein neues Gespräch oder ein Angebot eintragen, ändert sich dieser Status.',
    'timeline.state.answered': '{{company}} hat geantwortet: Ein Angebot des Unternehmens ist eingetragen.',
    'timeline.note.undatedRound':
      'Runde {{round}} hat noch keinen Termin: Die Schritte dafür erscheinen, sobald sie terminiert ist.',
    'timeline.note.undatedSession':
      'Ein Gespräch der Runde {{round}} hat noch keinen Termin: Die Schritte dafür erscheinen, sobald es terminiert ist.',

    'timeline.date.dayTime': '{{day}}, {{time}} Uhr',
    'timeline.calendar.name': 'Vorstellungsgespräche bei {{company}}',
  },
};
