import { freezeDeep } from '../../internal/freeze.js';
import type { MessageCatalogue, ReadinessLabels } from '../../readiness/index.js';
import type { LocaleBundle } from '../bundle.js';

/**
 * The default rule pack's messages in German, by rule id, with the placeholders of the English texts (the
 * candidate's own titles, questions and concerns stay as they wrote them). One exception:
 * `compensation.current-pay-private-law` leaves out `{{payHistoryNote}}`, an English sentence built from the
 * law table; the German text points to the pay brief, where the law rows read in German.
 */
const messages: MessageCatalogue = {
  'recall.notes-reviewed': {
    message: 'Sie haben Ihre Notizen aus der ersten Runde noch einmal gelesen.',
    recommendation:
      'Nehmen Sie sich zwanzig Minuten für Ihre Notizen aus der ersten Runde: Was haben Sie behauptet, was wurde gefragt, was blieb offen?',
  },
  'recall.consistent-stories': {
    message: 'Ihre geplanten Geschichten passen zu dem, was Sie in der ersten Runde erzählt haben.',
    recommendation:
      'In {{unresolvedContradictions|names}} {{unresolvedContradictions|one:weicht # Detail|other:weichen # Details}} von dem ab, was Sie beim letzten Mal gesagt haben. Legen Sie sich jeweils auf die richtige Zahl fest; war die frühere falsch, sprechen Sie das offen als Korrektur an.',
  },
  'recall.debrief-written': {
    message: 'Ein Gedächtnisprotokoll der ersten Runde liegt vor.',
    recommendation:
      'Schreiben Sie aus dem Gedächtnis auf, was Sie in der ersten Runde gesagt haben und was gefragt wurde, bevor die Einzelheiten verblassen.',
  },
  'recall.deeper-than-round-one': {
    message: 'Ihre Projektgeschichten gehen tiefer als beim letzten Mal, statt es zu wiederholen.',
    recommendation:
      '{{repeatedProjectTellings|names}} {{repeatedProjectTellings|one:ist|other:sind}} fast wortgleich wie beim letzten Mal geplant. Ergänzen Sie die schwierigste Entscheidung, die Sie getroffen haben, worauf Sie dafür verzichtet haben und was sie bewirkt hat.',
  },
  'recall.numbers-and-trade-offs': {
    message: 'Jede Projektgeschichte enthält eine Zahl, und mindestens eine zeigt eine Abwägung.',
    recommendation:
      '{{projectTellingsWithTradeOff|=0:Lassen Sie mindestens eine Projektgeschichte zeigen, worauf Sie für eine Entscheidung verzichtet haben|one:Behalten Sie die Abwägung bei, die Ihre eine Geschichte zeigt|other:Behalten Sie die Abwägungen bei, die # Geschichten zeigen}}; noch ohne messbares Ergebnis: {{shallowProjectTellings|names}}.',
  },
  'recall.reason-for-leaving-steady': {
    message: 'Ihren Wechselgrund erzählen Sie wie beim letzten Mal.',
    recommendation:
      'Der geplante Wechselgrund in {{reasonForLeavingChanged|names}} weicht von dem ab, den Sie beim letzten Mal genannt haben. Bleiben Sie bei demselben Grund und derselben Einordnung; nur die Formulierung darf sich ändern.',
  },
  'research.interviewers': {
    message:
      'Alle Gesprächspartner sind recherchiert: Werdegang, Betriebszugehörigkeit, Gemeinsamkeiten und aktuelle Aktivitäten.',
    recommendation:
      'Recherchieren Sie {{interviewersNotResearched|names}}: Notieren Sie den Werdegang, wie lange die Person schon dort ist, eine Gemeinsamkeit und etwas, das sie kürzlich gesagt oder geschrieben hat.',
  },
  'research.one-reference-each': {
    message: 'Für jeden Gesprächspartner haben Sie einen natürlichen Anknüpfungspunkt parat.',
    recommendation:
      'Suchen Sie für {{interviewersWithoutReference|names}} einen echten Anknüpfungspunkt, etwa einen gemeinsamen früheren Arbeitgeber oder einen Vortrag der Person.',
  },
  'research.no-overload': {
    message: 'Kein Gesprächspartner bekommt mehr als einen persönlichen Bezug.',
    recommendation:
      'Bleiben Sie bei {{interviewersWithTooManyReferences|names}} bei je einem natürlichen Anknüpfungspunkt: Mehrere in einem kurzen Gespräch wirken wie Ausspähen, nicht wie Interesse.',
  },
  'research.company-news': {
    message: 'Aktuelle Unternehmensnachrichten liegen für die ranghöchste Person im Gespräch bereit.',
    recommendation:
      'Überfliegen Sie die jüngsten Meldungen des Unternehmens (Finanzierung, Produktstarts, Wechsel in der Führung) und notieren Sie eine, nach der Sie {{seniorInterviewerNewsResearched|names}} fragen könnten: die ranghöchste Person im Gremium.',
  },
  'audiences.every-interviewer': {
    message: 'Für jede Art von Gesprächspartner gibt es eine Geschichte, die trifft, was ihr wichtig ist.',
    recommendation:
      'Für {{audiencesWithoutStory|names}} passt noch keine Geschichte. Ordnen Sie jeder Seite eine Geschichte zu oder bereiten Sie eine vor, die anspricht, worauf es ihr ankommt.',
  },
  'audiences.hiring-manager': {
    message:
      'Für die Führungskraft der Stelle gibt es eine Geschichte über Umsetzung, mit Ergebnissen und Abwägungen.',
    recommendation:
      'Bereiten Sie für {{storyFitsHiringManager|names}} ein Projekt vor, das im Umfang dieser Stelle ähnelt, erzählt mit seinem gemessenen Ergebnis und der Einschränkung, die Sie umschifft haben.',
  },
  'audiences.peers': {
    message: 'Für künftige Kolleginnen und Kollegen gibt es eine Geschichte über Zusammenarbeit.',
    recommendation:
      'Bereiten Sie für {{storyFitsPeers|names}} eine Geschichte über eine Meinungsverschiedenheit vor, die Sie mit Kollegen ausgeräumt haben, oder über einen Erfolg, den Sie geteilt haben, und fragen Sie nach ihrer aktuellen Arbeit.',
  },
  'audiences.direct-reports': {
    message:
      'Für Ihr künftiges Team gibt es eine Geschichte darüber, wie Sie Menschen fördern und hinter ihnen stehen.',
    recommendation:
      'Bereiten Sie für {{storyFitsDirectReports|names}} ein Beispiel vor: jemand, der sich unter Ihrer Führung entwickelt hat, ein Moment, in dem Sie sich für Ihr Team eingesetzt haben, oder wie Sie Feedback geben; lassen Sie die abstrakte Führungsphilosophie weg.',
  },
  'audiences.senior-leadership': {
    message: 'Für die Geschäftsleitung gibt es einen strategischen Blickwinkel.',
    recommendation:
      'Bereiten Sie für {{storyFitsSeniorLeadership|names}} Ihre Sicht auf die Lage des Unternehmens vor, was Sie in Ihren ersten 90 Tagen lernen wollen und welchen größten Hebel Sie von außen sehen.',
  },
  'audiences.cross-functional': {
    message:
      'Für jede Person aus einem anderen Fachbereich gibt es eine Geschichte über die Zusammenarbeit mit diesem Bereich.',
    recommendation:
      'Bereiten Sie für {{storyFitsCrossFunctional|names}} eine Geschichte über die Zusammenarbeit mit diesem Fachbereich vor: seine Zwänge und eine Abwägung, die Sie gemeinsam ausgehandelt haben.',
  },
  'questions.planned': {
    message: 'Vier bis sechs Fragen sind geplant, mindestens zwei für jede Seite.',
    recommendation:
      'Sie haben {{questionsPlanned|=0:noch keine Fragen|one:# Frage|other:# Fragen}} geplant: Behalten Sie vier bis sechs treffende, davon mindestens zwei für jeden Gesprächspartner (zu wenige bisher für: {{audiencesWithTooFewQuestions|names}}).',
  },
  'questions.fresh': {
    message: 'Ihre Fragen sind neu, nicht die vom letzten Mal.',
    recommendation:
      'Ersetzen Sie {{questionsRepeatedFromRoundOne|names}}, bereits in der ersten Runde gestellt, durch Fragen zur eigentlichen Arbeit: Woran zeigt sich Erfolg nach sechs Monaten, welches Problem ist offen, wie entscheidet das Team?',
  },
  'concerns.revisits': {
    message: 'Für jedes offene Bedenken aus dem letzten Gespräch gibt es einen Plan.',
    recommendation:
      'Entscheiden Sie für {{concernsWithoutPlan|names}}, ob Sie das Thema mit einer besseren Antwort noch einmal aufgreifen oder es kurz anerkennen und weitergehen; greifen Sie höchstens zwei wieder auf.',
  },
  'concerns.early': {
    message: 'Die Themen, die Sie noch einmal aufgreifen, stehen früh im Gespräch.',
    recommendation:
      '{{revisitsPlanned|=1:Ziehen Sie|=2:Ziehen Sie|other:Von den höchstens zwei Themen, die Sie behalten, ziehen Sie}} {{revisitsLate|names}} in die ersten Minuten vor, damit {{revisitsLate|one:es den Rest des Gesprächs prägt|other:sie den Rest des Gesprächs prägen}}, statt das Letzte zu sein, woran man sich erinnert.',
  },
  'concerns.improved-answer': {
    message: 'Für jedes Thema, das Sie wieder aufgreifen, ist die bessere Antwort aufgeschrieben.',
    recommendation:
      'Schreiben Sie eine bessere Antwort für {{revisitsWithoutImprovedAnswer|names}}: ein anderes, konkretes Beispiel in zwei, drei Sätzen, direkt eingeleitet statt mit einer Entschuldigung. Eine längere Fassung der Antwort aus der ersten Runde ist keine Verbesserung.',
  },
  'concerns.at-most-two-revisits': {
    message: 'Sie greifen eine oder zwei Antworten vom letzten Mal wieder auf, nicht mehr.',
    recommendation:
      'Sie wollen {{revisitsPlanned|one:# Antwort|other:# Antworten}} wieder aufgreifen: {{revisitsPlanned|names}}. Behalten Sie die ein, zwei wichtigsten und erwähnen Sie den Rest nur kurz; drei oder mehr wirken, als zweifelten Sie an Ihrer ganzen ersten Runde.',
  },
  'formats.prepared': {
    message: 'Jedes besondere Format dieser Runde ist eigens vorbereitet.',
    recommendation:
      'Bereiten Sie jedes Format auf der Agenda vor, das noch nicht sitzt: {{formatPrepDone|names}}.',
  },
  'formats.presentation-rehearsed': {
    message: 'Die Präsentation ist mindestens zweimal laut geprobt.',
    recommendation:
      'Sie haben {{presentationRehearsals|=0:noch keine Probe|one:# Probe|other:# Proben}} eingetragen. Halten Sie den ganzen Vortrag vor dem Termin mindestens zweimal laut und im Stehen.',
  },
  'formats.presentation-timed': {
    message: 'Ihre letzte Probe passt in das Zeitfenster.',
    recommendation:
      '{{presentationRehearsals|=0:Noch ist kein Durchlauf gestoppt|other:Ihr letzter Durchlauf war länger als das Zeitfenster}} ({{presentationSlotMinutes|=0:Länge nicht angegeben|one:# Minute vorgesehen|other:# Minuten vorgesehen}}): Stoppen Sie einen vollständigen Durchlauf und kürzen Sie, bis er mit Luft für Fragen in das Zeitfenster passt.',
  },
  'formats.presentation-closing-slide': {
    message: 'Die letzte Folie beantwortet die Fragen, die das Gremium naheliegenderweise stellen wird.',
    recommendation:
      'Notieren Sie die drei Fragen, die Sie als Zuhörer stellen würden, und beantworten Sie sie auf Ihrer letzten Folie.',
  },
  'formats.presentation-backup': {
    message: 'Es gibt einen Plan B, falls die Bildschirmfreigabe ausfällt.',
    recommendation:
      'Sorgen Sie für einen Weg ohne Bildschirm: ausgedruckte Folien, einen geteilten Link oder eine Fassung, die Sie frei vortragen können.',
  },
  'formats.take-home-timebox': {
    message: 'Die Take-home-Aufgabe bleibt im vorgesehenen Zeitrahmen.',
    recommendation:
      'Erfassen Sie Ihre Stunden und hören Sie beim Zeitlimit auf ({{takeHomeTimeboxHours}} Stunden); Feinschliff darüber hinaus ändert selten etwas am Ergebnis.',
  },
  'formats.take-home-writeup': {
    message: 'Eine kurze Erläuterung erklärt die Entscheidungen und Abwägungen der Take-home-Aufgabe.',
    recommendation:
      'Legen Sie eine Readme von etwa 500 Wörtern bei: was Sie gebaut haben, was Sie bewusst weggelassen haben und warum.',
  },
  'formats.technical-platform': {
    message: 'Sie haben auf der Coding-Plattform des Unternehmens geübt.',
    recommendation:
      'Lösen Sie am Morgen des Interviews eine Aufwärmaufgabe auf derselben Plattform und gehen Sie Ihre Gliederung für das Systemdesign noch einmal durch.',
    due: 'am Morgen des Interviews',
  },
  'formats.case-study': {
    message: 'Sie haben eine Fallstudie laut durchgespielt.',
    recommendation:
      'Spielen Sie einen Übungsfall laut durch: klären, strukturieren, analysieren, empfehlen – und dann benennen, wo Sie unsicher sind.',
  },
  'formats.role-play': {
    message: 'Sie haben ein Rollenspiel geübt.',
    recommendation:
      'Proben Sie ein Szenario, ohne aus der Rolle zu fallen: Benennen Sie Ihr Ziel, Ihren Schritt, das Signal, auf das Sie achten, und wie Sie nachsteuern.',
  },
  'formats.shadow-day': {
    message: 'Der Hospitationstag ist vorbereitet.',
    recommendation:
      'Behandeln Sie jedes Gespräch als Teil des Interviews, nehmen Sie ein Notizbuch mit und notieren Sie, wem Sie innerhalb eines Tages danken wollen.',
  },
  'compensation.range-researched': {
    message: 'Eine recherchierte Gehaltsspanne steht, nicht nur eine einzelne Zahl.',
    recommendation:
      'Recherchieren Sie den Markt für diese Rolle und dieses Level, legen Sie eine Spanne mit echtem Abstand zwischen den Enden fest und üben Sie, sie auszusprechen.',
  },
  'compensation.range-basis': {
    message: 'Ihre Spanne sagt, ob sie das Grundgehalt oder die Gesamtvergütung meint.',
    recommendation:
      'Legen Sie fest, ob Ihre Spanne das Bruttojahresgehalt oder das gesamte Paket meint, und sagen Sie es dazu.',
  },
  'compensation.current-pay-private': {
    message: 'Sie haben nicht vor, Ihr aktuelles Gehalt von sich aus zu nennen.',
    recommendation:
      'Behalten Sie Ihr aktuelles Gehalt für sich, solange es nicht wirklich verlangt wird, und lenken Sie zurück auf Ihre recherchierte Spanne.',
  },
  'compensation.current-pay-private-law': {
    message: 'Sie haben nicht vor, Ihr aktuelles Gehalt von sich aus zu nennen.',
    recommendation:
      'Behalten Sie Ihr aktuelles Gehalt für sich und antworten Sie mit Ihrer recherchierten Spanne. Wo Sie leben oder wo die Stelle ist, darf der Arbeitgeber nicht nach Ihrem bisherigen Gehalt fragen; welches Gesetz das regelt, steht in Ihrer Gehaltsvorbereitung.',
  },
  'compensation.walk-away': {
    message: 'Sie kennen Ihre Schmerzgrenze.',
    recommendation:
      'Legen Sie fest, welches Angebot Sie gerade noch annehmen würden, bevor irgendjemand eine Zahl nennt.',
  },
  'compensation.logistics-clear': {
    message: 'Ihre Haltung zu Starttermin und Arbeitsmodell steht.',
    recommendation:
      'Notieren Sie, damit Sie es sagen können, sobald das Thema aufkommt: {{logisticsPositionsMissing|names}}.',
  },
  'compensation.start-date-standard': {
    message:
      'Sie können innerhalb der üblichen zwei bis vier Wochen anfangen, oder Ihre längere Kündigungsfrist ist notiert, damit Sie sie jetzt nennen.',
    recommendation:
      'Ihr frühester Start liegt {{weeksUntilEarliestStart}} Wochen von heute entfernt, mehr als die zwei bis vier Wochen nach einem Angebot, mit denen Arbeitgeber meist rechnen. Stecken eine Kündigungsfrist oder geplanter Urlaub dahinter, notieren Sie das und nennen Sie es schon in dieser Runde, nicht erst beim Angebot; ist es nur die Zeit bis zur Entscheidung, passt es so.',
  },
  'setup.tested': {
    message: 'Ihre Technik ist für das Videogespräch getestet, Ihr Weg zum Termin vor Ort geplant.',
    recommendation:
      'Prüfen Sie für ein Videogespräch Kamera, Mikrofon und Licht in einem Testanruf; planen Sie für einen Termin vor Ort den Weg und wann Sie losfahren.',
    due: 'am Tag selbst, vor dem Interview',
  },
  'setup.platform-tested': {
    message: 'Die Meeting-Plattform ist getestet.',
    recommendation:
      'Treten Sie eine halbe Stunde vorher einem Testmeeting auf derselben Plattform bei, auch wenn es in der letzten Runde funktioniert hat; Updates machen Dinge kaputt.',
    due: 'eine halbe Stunde vor dem Interview',
  },
  'setup.checklist-run': {
    message: 'Die Checkliste vor der Runde ist abgearbeitet.',
    recommendation: 'Gehen Sie die ganze Checkliste vor der Runde durch und ergänzen Sie, was fehlt.',
    due: 'etwa einen Tag vor dem Interview',
  },
  'follow-through.thank-you': {
    message: 'Eine Dankesnachricht ist vorab entworfen.',
    recommendation:
      'Entwerfen Sie eine kurze Vorlage mit Platz für einen konkreten Punkt je Gesprächspartner, damit jede Nachricht innerhalb eines Tages rausgeht.',
    due: 'am Tag vor dem Interview',
  },
  'follow-through.outcome-plans': {
    message: 'Sie haben einen Plan für beide Antworten.',
    recommendation:
      'Halten Sie jetzt beide Pläne fest: für ein Angebot den recherchierten Marktwert, Ihre Verhandlungsschritte und die Schmerzgrenze, unter der Sie absagen; für eine Absage eine kurze, souveräne Antwort, die sich bedankt und die Tür offen hält.',
  },
  'follow-through.other-processes': {
    message: 'Andere Bewerbungsprozesse laufen weiter.',
    recommendation:
      'Halten Sie mindestens einen weiteren Prozess am Laufen, bis Sie einen unterschriebenen Vertrag haben (derzeit: {{activeOtherProcesses|names}}); Alternativen schützen Ihre Verhandlungsposition und Ihre Nerven.',
  },
};

/** The readiness labels in German: dimensions, band caps, due texts, notes and the library's own subjects. */
const labels: ReadinessLabels = {
  dimensions: {
    recall: 'Rückblick auf die erste Runde',
    research: 'Recherche',
    audiences: 'Gesprächspartner',
    questions: 'Fragen',
    concerns: 'offene Bedenken',
    formats: 'Formate',
    compensation: 'Gehalt und Rahmenbedingungen',
    pay: 'Gehalt',
    logistics: 'Starttermin und Rahmenbedingungen',
    setup: 'Technik und Anreise',
    'follow-through': 'Nachbereitung',
  },
  nothingPrepared: '{{dimension}}: noch nichts vorbereitet',
  dueLater: 'später',
  none: 'keine',
  unknown: 'unbekannt',
  quoted: '„{{title}}“',
  notes: {
    'no-background': 'Werdegang fehlt',
    'no-tenure': 'Betriebszugehörigkeit fehlt',
    'no-common-ground': 'keine Gemeinsamkeit',
    'no-recent-activity': 'keine aktuellen Aktivitäten',
    references: '{{count|one:# Anknüpfungspunkt|other:# Anknüpfungspunkte}}',
    'no-company-news': 'keine Unternehmensnachrichten',
    'no-number': 'ohne Zahl',
    'no-trade-off': 'ohne Abwägung',
    'repeats-round-one': 'wie beim letzten Mal erzählt',
    contradicts: '{{count|one:# Detail weicht ab|other:# Details weichen ab}}',
    'no-plan': 'ohne Plan',
    late: 'fürs Ende geplant',
    'no-improved-answer': 'ohne bessere Antwort',
    placeholder: 'ein Platzhalter, keine Antwort',
    restated: 'wiederholt die erste Runde',
    questions: '{{count|one:# Frage|other:# Fragen}}',
    'asked-before': 'in der ersten Runde gestellt',
    'no-story': 'keine passende Geschichte',
    paused: 'pausiert',
    idle: 'seit {{count|one:# Tag|other:# Tagen}} ohne Aktivität',
    closed: 'abgeschlossen',
    rehearsals:
      '{{count|=0:noch nicht geprobt|one:einmal geprobt, zweimal ist das Minimum|other:#-mal geprobt}}',
    'no-hours-logged': 'erfassen Sie die Stunden gegen das Zeitlimit',
    'over-timebox': 'über dem Zeitlimit',
    'no-warm-up': 'wärmen Sie sich heute Morgen auf der Plattform auf',
    'not-practised': 'üben Sie einmal laut',
    'no-notes': 'notieren Sie, was Sie sehen und fragen möchten',
  },
  subjects: {
    presentation: 'die Präsentation',
    'take-home': 'die Take-home-Aufgabe',
    technical: 'das technische Interview',
    'case-study': 'die Fallstudie',
    'role-play': 'das Rollenspiel',
    'shadow-day': 'der Hospitationstag',
    start: 'Ihre Kündigungsfrist oder Ihr frühestmöglicher Starttermin',
    'work-mode': 'ob Sie remote, hybrid oder vor Ort arbeiten möchten',
  },
};

/** The German part of readiness/: the rule pack's messages and the readiness labels. Sie-Form throughout. */
export const deReadiness: Omit<Partial<LocaleBundle>, 'locale'> = /* @__PURE__ */ freezeDeep({
  texts: {},
  messages,
  labels,
});
