import type { AudienceProfile, BankQuestion, TenureBand } from '../../audiences/index.js';
import { freezeDeep } from '../../internal/freeze.js';
import type { Audience } from '../../model/index.js';
import type { LocaleBundle } from '../bundle.js';

const GUIDE = 'seed#questions';
const OURS = 'second-round';

/**
 * The question bank in German: the ids, audiences, categories and sources of `defaultQuestionBank`, questions
 * as a German candidate would ask them (Sie-Form). Each question declares the intents the English reader finds
 * in its English original, so the audience rules pick exactly the same questions in both languages.
 */
const questionBank: readonly BankQuestion[] = freezeDeep([
  {
    id: 'first-90-days',
    text: 'Was sollte jemand in dieser Position in den ersten 90 Tagen erreicht haben, damit Sie von einem gelungenen Start sprechen?',
    audiences: ['hiring-manager', 'senior-leadership', 'recruiter'],
    purpose: 'zeigt, woran früher Erfolg gemessen wird und welche Prioritäten wirklich zählen',
    category: 'role',
    intents: ['success-measures'],
    source: GUIDE,
  },
  {
    id: 'biggest-open-problem',
    text: 'Was ist im Moment die größte offene Baustelle, an der das Team arbeitet?',
    audiences: ['hiring-manager', 'peer', 'cross-functional'],
    purpose: 'bringt die tatsächliche Arbeit ans Licht statt der Fassung aus der Stellenanzeige',
    category: 'team',
    intents: ['team-pain-points'],
    source: GUIDE,
  },
  {
    id: 'success-measured',
    text: 'Woran machen Sie nach sechs und nach zwölf Monaten fest, ob die Stelle gut besetzt ist?',
    audiences: ['hiring-manager', 'recruiter'],
    purpose: 'zeigt Ihnen den Maßstab und ob er zu Ihrer Arbeitsweise passt',
    category: 'role',
    intents: ['success-measures'],
    source: GUIDE,
  },
  {
    id: 'previous-person',
    text: 'Was hat der bisherigen Stelleninhaberin oder dem bisherigen Stelleninhaber geholfen, und was war eher hinderlich?',
    audiences: ['hiring-manager', 'peer'],
    purpose: 'bringt behutsam die Dynamik im Team und unausgesprochene Erwartungen zur Sprache',
    category: 'role',
    intents: ['success-measures'],
    source: GUIDE,
  },
  {
    id: 'hardest-part',
    text: 'Was ist an der Arbeit bei {{company}} schwieriger, als man es von außen sieht?',
    audiences: ['peer', 'cross-functional', 'recruiter'],
    purpose: 'lädt zu Offenheit ein und schärft Ihr Bild von der Unternehmenskultur',
    category: 'culture',
    intents: ['team-pain-points'],
    source: GUIDE,
  },
  {
    id: 'disagreement',
    text: 'Wenn im Team unterschiedliche Meinungen aufeinandertreffen: Wie wird dann tatsächlich entschieden?',
    audiences: ['peer', 'hiring-manager', 'direct-report'],
    purpose: 'zeigt den Entscheidungsstil, der über den Arbeitsalltag mehr verrät als jedes Organigramm',
    category: 'team',
    intents: ['culture'],
    source: GUIDE,
  },
  {
    id: 'excited-struggling',
    text: 'Worauf freut sich das Team gerade, und womit tut es sich schwer?',
    audiences: ['peer', 'direct-report', 'hiring-manager'],
    purpose: 'liefert in einer Antwort die Chancen und die ehrliche Kehrseite',
    category: 'team',
    intents: ['team-pain-points'],
    source: GUIDE,
  },
  {
    id: 'strategic-bet',
    text: 'Auf welches strategische Vorhaben der nächsten 18 Monate zahlt diese Position ein?',
    audiences: ['senior-leadership'],
    purpose: 'zeigt, dass Sie in den Zielen des Unternehmens denken, nicht nur in der Stelle',
    category: 'strategy',
    intents: ['strategy'],
    source: GUIDE,
  },
  {
    id: 'manager-wish',
    text: 'Was sollte Ihre Führungskraft über Ihren Arbeitsalltag besser wissen?',
    audiences: ['peer'],
    purpose: 'bringt Schwachstellen im Team zur Sprache, ohne jemanden in Verlegenheit zu bringen',
    category: 'team',
    intents: ['management'],
    source: GUIDE,
  },
  {
    id: 'want-from-manager',
    text: 'Was wünschen Sie sich am meisten von Ihrer nächsten Führungskraft?',
    audiences: ['direct-report'],
    purpose: 'hilft Ihnen selbst und zeigt, dass Ihnen wichtig ist, wie es dem Team mit Ihnen geht',
    category: 'management',
    intents: ['management'],
    source: GUIDE,
  },
  {
    id: 'scope-versus-ad',
    text: 'Wo weicht der tatsächliche Zuschnitt der Stelle von der Stellenbeschreibung ab?',
    audiences: ['hiring-manager'],
    purpose: 'prüft, ob Sie und die Führungskraft dieselbe Stelle vor Augen haben',
    category: 'role',
    intents: [],
    source: OURS,
  },
  {
    id: 'first-decision',
    text: 'Welche Entscheidung sollte die neue Person im ersten Quartal eigenverantwortlich treffen?',
    audiences: ['hiring-manager'],
    purpose: 'zeigt, dass Sie schon ans Umsetzen denken, und sagt Ihnen, wo Sie anfangen',
    category: 'role',
    intents: [],
    source: OURS,
  },
  {
    id: 'binding-constraint',
    text: 'Was bremst das Team in diesem Jahr am stärksten: Budget, Personal oder Zeit?',
    audiences: ['hiring-manager', 'senior-leadership'],
    purpose: 'macht sichtbar, welche Abwägungen von Ihnen erwartet würden',
    category: 'strategy',
    intents: [],
    source: OURS,
  },
  {
    id: 'market-position',
    text: 'Wie wird sich die Marktposition von {{company}} in den nächsten zwei Jahren Ihrer Einschätzung nach verändern?',
    audiences: ['senior-leadership'],
    purpose: 'eröffnet ein Gespräch über den Markt auf der Ebene der Geschäftsleitung',
    category: 'strategy',
    intents: ['strategy'],
    source: OURS,
  },
  {
    id: 'highest-leverage',
    text: 'Wenn das Unternehmen in diesem Jahr nur ein Problem lösen könnte: Welches würde am meisten bewirken?',
    audiences: ['senior-leadership'],
    purpose: 'lädt dazu ein, das wichtigste Problem zu benennen, damit Sie die Stelle damit verbinden können',
    category: 'strategy',
    intents: ['team-pain-points'],
    source: OURS,
  },
  {
    id: 'leadership-table',
    text: 'Was erwarten Sie von dieser Position, wenn sie bei unternehmensweiten Themen mit am Tisch sitzt?',
    audiences: ['senior-leadership'],
    purpose: 'zeigt, dass Sie über die eigentliche Stelle hinaus etwas beitragen wollen',
    category: 'strategy',
    intents: [],
    source: OURS,
  },
  {
    id: 'handover-points',
    text: 'Wo geht Arbeit zwischen Ihrem Team und dieser Position hin und her, und wo hakt es heute?',
    audiences: ['cross-functional'],
    purpose: 'zeigt, dass Sie die Schnittstelle zwischen beiden Bereichen verstehen',
    category: 'collaboration',
    intents: [],
    source: OURS,
  },
  {
    id: 'good-partner',
    text: 'Was macht ein guter Partner in dieser Rolle, damit Ihr Team leichter durch das Quartal kommt?',
    audiences: ['cross-functional'],
    purpose: 'lässt die Person in eigenen Worten beschreiben, welche Zusammenarbeit sie sich wünscht',
    category: 'collaboration',
    intents: [],
    source: OURS,
  },
  {
    id: 'conflicting-priorities',
    text: 'Wenn die Prioritäten Ihres Teams und dieser Position kollidieren: Wie einigen Sie sich?',
    audiences: ['cross-functional', 'peer'],
    purpose: 'zeigt, dass Sie Zielkonflikte gemeinsam lösen wollen, statt sie zu gewinnen',
    category: 'collaboration',
    intents: ['strategy'],
    source: OURS,
  },
  {
    id: 'existing-work',
    text: 'Was sollte eine neue Kollegin oder ein neuer Kollege im ersten Monat über die bisherige Arbeit des Teams verstehen?',
    audiences: ['peer'],
    purpose: 'zeigt Interesse an dem, was das Team schon aufgebaut hat',
    category: 'team',
    intents: [],
    source: OURS,
  },
  {
    id: 'typical-week',
    text: 'Wie sieht eine typische Woche bei Ihnen aus, und was würden Sie daran ändern?',
    audiences: ['peer', 'direct-report'],
    purpose: 'zeigt Interesse an ihrem Arbeitsalltag und daran, wo es hakt',
    category: 'team',
    intents: [],
    source: OURS,
  },
  {
    id: 'growth-support',
    text: 'Wie möchten Sie sich im nächsten Jahr weiterentwickeln, und welche Unterstützung würde Ihnen dabei helfen?',
    audiences: ['direct-report'],
    purpose: 'zeigt, dass Sie in die Entwicklung Ihres Teams investieren würden',
    category: 'management',
    intents: ['strategy', 'management'],
    source: OURS,
  },
  {
    id: 'feedback-preference',
    text: 'Wie bekommen Sie Feedback am liebsten, und was hat sich bei Ihnen bisher bewährt?',
    audiences: ['direct-report'],
    purpose: 'zeigt, dass Sie Feedback ernst nehmen und auf die Person abstimmen',
    category: 'management',
    intents: ['management'],
    source: OURS,
  },
  {
    id: 'remove-obstacles',
    text: 'Was hält Sie von Ihrer besten Arbeit ab, das Ihnen eine Führungskraft abnehmen könnte?',
    audiences: ['direct-report'],
    purpose: 'zeigt, dass Sie Ihr Team vor unnötigen Reibungsverlusten schützen würden',
    category: 'management',
    intents: ['management'],
    source: OURS,
  },
  {
    id: 'decision-timeline',
    text: 'Wie geht es nach dieser Runde weiter, und wann rechnen Sie mit einer Entscheidung?',
    audiences: ['recruiter'],
    purpose: 'gibt Ihnen eine Vorstellung von der Wartezeit und dem richtigen Zeitpunkt zum Nachfassen',
    category: 'pay-logistics',
    intents: [],
    source: OURS,
  },
  {
    id: 'package-structure',
    text: 'Wie setzt sich die Vergütung zusammen – Fixgehalt, Bonus, Beteiligungen und Zusatzleistungen?',
    audiences: ['recruiter'],
    purpose:
      'gibt Ihnen alles, was Sie für den Vergleich des ganzen Angebots brauchen, nicht nur das Grundgehalt',
    category: 'pay-logistics',
    intents: ['pay-logistics'],
    source: OURS,
  },
  {
    id: 'round-one-follow-up',
    text: 'Gibt es aus der ersten Runde etwas, das Sie mit mir gern noch vertiefen würden?',
    audiences: ['recruiter', 'hiring-manager'],
    purpose: 'gibt Ihnen die Chance, eine Lücke aus der ersten Runde zu schließen',
    category: 'process',
    intents: [],
    source: OURS,
  },
  {
    id: 'org-shape',
    text: 'Wie ist das Unternehmen insgesamt aufgestellt, und an wen berichtet dieses Team?',
    audiences: ['recruiter', 'hiring-manager'],
    purpose: 'ordnet die Stelle in die Organisation ein',
    category: 'hierarchy',
    intents: ['hierarchy'],
    source: OURS,
  },
  {
    id: 'start-date',
    text: 'Welcher Eintrittstermin wäre für das Team ideal?',
    audiences: ['recruiter', 'hiring-manager'],
    purpose: 'bringt das Gespräch über den Eintrittstermin und Ihre Kündigungsfrist früh in Gang',
    category: 'pay-logistics',
    intents: ['pay-logistics'],
    source: OURS,
  },
]);

/** The audience profiles in German: the story tags, kinds and sources of `defaultAudienceProfiles`. */
const profiles: Readonly<Record<Audience, AudienceProfile>> = freezeDeep({
  recruiter: {
    audience: 'recruiter',
    caresAbout: [
      'Ob Ihre Motivation und Ihre Geschichte von der ersten bis zur zweiten Runde zusammenpassen',
      'Ob Gehalt, Eintrittstermin und Arbeitsort passen, bevor ein Angebot geschrieben wird',
    ],
    leadWith: [
      'Warum diese Stelle – so erzählt wie in der ersten Runde',
      'Eine recherchierte Gehaltsspanne und ein klarer Eintrittstermin',
    ],
    avoid: [
      'Ein neuer oder anderer Grund für Ihren Wechsel',
      'Späte Überraschungen bei Kündigungsfrist oder Umzug',
    ],
    storyTags: [],
    storyKinds: ['role-interest', 'reason-for-leaving'],
    matchesPartnerFunction: false,
    gapNeed: 'Ihre Motivation für diese Stelle oder Ihren Grund für den Wechsel',
    gapStake: '{{name}} wird das mit Ihren Aussagen aus der ersten Runde vergleichen',
    source: 'seed#audiences',
  },
  'hiring-manager': {
    audience: 'hiring-manager',
    caresAbout: [
      'Ob Sie die Arbeit wirklich leisten können, nicht nur beschreiben',
      'Ob Sie den tatsächlichen Zuschnitt der Stelle sehen, der von der Stellenanzeige abweichen kann',
    ],
    leadWith: [
      'Ein Projekt, dessen Umfang dieser Stelle ähnelt',
      'Ergebnisse mit konkreten Zahlen',
      'Eine Abwägung, die Sie treffen mussten, als Zeit, Geld oder Personal knapp waren',
    ],
    avoid: [
      'Geschichten ohne Zahlen',
      'Allgemeine Aussagen über Führung',
      'Wiederholen, was Sie schon in der ersten Runde gesagt haben',
    ],
    storyTags: ['quantified-outcome', 'trade-off', 'analytical'],
    storyKinds: [],
    matchesPartnerFunction: false,
    gapNeed: 'ein messbares Ergebnis oder eine echte Abwägung',
    gapStake: '{{name}} muss entscheiden, ob Sie die Arbeit leisten können',
    source: 'seed#audiences',
  },
  peer: {
    audience: 'peer',
    caresAbout: [
      'Ob die tägliche Zusammenarbeit mit Ihnen angenehm oder anstrengend wäre',
      'Ob Sie die eigene Arbeit leichter oder schwerer machen würden',
    ],
    leadWith: [
      'Arbeit, die Sie gemeinsam mit anderen Teams erledigt haben',
      'Eine Meinungsverschiedenheit mit einer Kollegin oder einem Kollegen, die Sie gemeinsam gelöst haben',
      'Ein Ergebnis, bei dem Sie sagen, wer noch dazu beigetragen hat',
      'Echtes Interesse an dem, was das Team schon aufgebaut hat',
    ],
    avoid: [
      'Sich über die Menschen zu stellen, die schon da sind',
      'Jeden Erfolg allein für sich zu beanspruchen',
      'Fragen nach Berichtswegen oder Hierarchie',
    ],
    storyTags: ['collaboration', 'disagreement', 'credit-sharing'],
    storyKinds: [],
    matchesPartnerFunction: false,
    gapNeed: 'gute Zusammenarbeit im Team oder geteilten Erfolg',
    gapStake: '{{name}} würde jeden Tag mit Ihnen zusammenarbeiten',
    source: 'seed#audiences',
  },
  'direct-report': {
    audience: 'direct-report',
    caresAbout: [
      'Ob Sie eine Führungskraft wären, bei der man sich weiterentwickeln kann',
      'Ob Sie das Team vor ständigen Umbrüchen und vor Politik schützen würden',
    ],
    leadWith: [
      'Jemand, den Sie in der Entwicklung unterstützt haben, und wie',
      'Eine Situation, in der Sie sich bei Vorgesetzten für Ihr Team eingesetzt haben',
      'Wie Sie Feedback geben, mit einem echten Beispiel',
      'Fragen nach der Arbeit Ihres Gegenübers und danach, was es von einer Führungskraft braucht',
    ],
    avoid: [
      'Abfällige Bemerkungen über Vorgesetzte oder die Hierarchie',
      'Eine Führungsphilosophie ohne Beispiel dahinter',
      'Jeder Hinweis darauf, dass Sie ankommen und erst einmal alles umkrempeln wollen',
    ],
    storyTags: ['people-development', 'advocacy', 'feedback'],
    storyKinds: [],
    matchesPartnerFunction: false,
    gapNeed: 'die Entwicklung von Mitarbeitenden',
    gapStake: '{{name}} würde an Sie berichten',
    source: 'seed#audiences',
  },
  'senior-leadership': {
    audience: 'senior-leadership',
    caresAbout: [
      'Wie Sie über das Geschäft denken, über die Aufgaben der Stelle hinaus',
      'Ob Sie im Führungskreis bestehen würden',
    ],
    leadWith: [
      'Ihre Einschätzung, wo das Unternehmen in seinem Markt steht',
      'Was Sie in Ihren ersten 90 Tagen herausfinden wollen',
      'Das eine Problem, das Sie – von außen betrachtet – zuerst angehen würden, weil es am meisten bewirkt',
    ],
    avoid: [
      'Sich in Details des Tagesgeschäfts zu verlieren',
      'Gehalt oder Zusatzleistungen',
      'Der Eindruck, dass Sie sich nur für diese eine Stelle interessieren und nicht dafür, wohin das Unternehmen will',
    ],
    storyTags: ['strategy', 'first-90-days', 'leadership'],
    storyKinds: [],
    matchesPartnerFunction: false,
    gapNeed: 'strategisches Denken oder einen Plan für Ihre ersten 90 Tage',
    gapStake: '{{name}} wird beurteilen, ob Sie auf Unternehmensebene denken können',
    source: 'seed#audiences',
  },
  'cross-functional': {
    audience: 'cross-functional',
    caresAbout: [
      'Ob Sie für den Bereich Ihres Gegenübers ein guter Partner wären',
      'Ob Sie verstehen, wo Ihre Arbeit in die des anderen Bereichs übergeht',
    ],
    leadWith: [
      'Ein Projekt, das Sie gemeinsam mit diesem Bereich umgesetzt haben',
      'Was Sie über den Druck wissen, unter dem dieses Team arbeitet',
      'Eine Abwägung, die Sie mit einem Partnerteam ausgehandelt haben',
    ],
    avoid: [
      'So aufzutreten, als gäbe Ihr Bereich den Ton an',
      'Klagen über Partner bei früheren Arbeitgebern',
      'Appelle an mehr Abstimmung ohne konkreten nächsten Schritt',
    ],
    storyTags: ['partnering', 'collaboration'],
    storyKinds: [],
    matchesPartnerFunction: true,
    gapNeed: 'die Zusammenarbeit mit dem Bereich {{function}}',
    gapStake: '{{name}} vertritt den Bereich {{function}}',
    source: 'seed#audiences',
  },
});

/** The tenure bands in German: the ids, thresholds and sources of `defaultTenureBands`. */
const tenureBands: readonly TenureBand[] = freezeDeep([
  {
    id: 'new',
    fromMonths: 0,
    toMonths: 6,
    insight:
      'Ist selbst noch dabei, in der eigenen Rolle anzukommen: Fragen Sie, wie die Person sie bisher erlebt, und rechnen Sie damit, dass ein frischer Blick willkommen ist.',
    source: 'seed#research',
  },
  {
    id: 'established',
    fromMonths: 6,
    toMonths: 96,
    insight:
      'Gut angekommen, aber nicht von der Vorgeschichte geprägt: Ein besonderer Ansatz ist nicht nötig.',
    source: 'seed#research',
  },
  {
    id: 'veteran',
    fromMonths: 96,
    insight:
      'Hat viele Veränderungen im Unternehmen miterlebt: Zeigen Sie Respekt vor dem, was aufgebaut wurde, und fragen Sie, wie es dazu kam.',
    source: 'seed#research',
  },
]);

/**
 * The German part of audiences/ for the question plan, the briefs and the story reasons: the texts of keys
 * `audiences.questions.…`, `audiences.brief.…` and `audiences.profile.…`, and the data sets with their own
 * words (question bank, audience profiles, tenure bands). Sie-Form throughout.
 */
export const deAudiencesQuestions: Omit<Partial<LocaleBundle>, 'locale'> = {
  texts: {
    'audiences.questions.audience.recruiter': 'das Recruiting',
    'audiences.questions.audience.hiring-manager': 'die künftige Führungskraft',
    'audiences.questions.audience.peer': 'künftige Kolleginnen und Kollegen',
    'audiences.questions.audience.direct-report': 'künftige Mitarbeitende in Ihrem Team',
    'audiences.questions.audience.senior-leadership': 'die Geschäftsleitung',
    'audiences.questions.audience.cross-functional': 'Partner aus anderen Bereichen',
    'audiences.questions.audienceLabel.recruiter': 'Recruiting',
    'audiences.questions.audienceLabel.hiring-manager': 'künftige Führungskraft',
    'audiences.questions.audienceLabel.peer': 'künftiges Teammitglied',
    'audiences.questions.audienceLabel.direct-report': 'künftig direkt unterstellt',
    'audiences.questions.audienceLabel.senior-leadership': 'Geschäftsleitung',
    'audiences.questions.audienceLabel.cross-functional': 'Partnerbereich',
    'audiences.questions.reason.own': 'Ihre eigene Frage, passend für {{audience}}.',
    'audiences.questions.reason.ownWhy': 'Ihre eigene Frage, passend für {{audience}}: {{purpose}}.',
    'audiences.questions.reason.suits': 'Passend für {{audience}}.',
    'audiences.questions.reason.suitsWhy': 'Passend für {{audience}}: {{purpose}}.',
    'audiences.questions.reason.plannedOwn': 'Ihre eigene Frage für {{names}}.',
    'audiences.questions.reason.plannedOwnWhy': 'Ihre eigene Frage für {{names}}: {{purpose}}.',
    'audiences.questions.reason.planned': 'Eingeplant für {{names}}.',
    'audiences.questions.reason.plannedWhy': 'Eingeplant für {{names}}: {{purpose}}.',
    'audiences.questions.reason.reserve':
      'In Reserve, falls eine geplante Frage schon beantwortet ist, bevor Sie sie stellen.',
    'audiences.questions.reason.reserveWhy':
      'In Reserve, falls eine geplante Frage schon beantwortet ist, bevor Sie sie stellen: {{purpose}}.',
    'audiences.questions.warning.noAudience':
      'Ihre Frage „{{text}}“ ist keiner Zielgruppe zugeordnet und wurde deshalb nicht eingeplant: Ergänzen Sie, an wen sie sich richtet.',
    'audiences.questions.warning.keptAway':
      'Ihre Frage „{{text}}“ ist für {{audience}} nicht vorgesehen: Das Thema passt nicht in dieses Gespräch.',
    'audiences.questions.warning.group': '{{names}} ({{audience}})',
    'audiences.questions.warning.tooFewInBudget':
      'Für {{group}} {{count|=0:ließ sich keine Frage|one:ließ sich nur eine Frage|other:ließen sich nur # Fragen}} einplanen, wenn das ganze Gespräch bei höchstens {{max}} verschiedenen Fragen bleiben soll: Ergänzen Sie {{missing|one:eine eigene Frage, die dazu passt|other:# eigene Fragen, die dazu passen}}.',
    'audiences.questions.warning.tooFewByRules':
      'Für {{group}} {{count|=0:ließ sich keine Frage|one:ließ sich nur eine Frage|other:ließen sich nur # Fragen}} einplanen, ohne Fragen aus einer früheren Runde zu wiederholen oder die Regeln für dieses Gegenüber zu verletzen: Ergänzen Sie {{missing|one:eine eigene Frage, die dazu passt|other:# eigene Fragen, die dazu passen}}.',
    'audiences.questions.warning.sameQuestions':
      'Für {{first}} und {{second}} sind dieselben Fragen geplant: Ergänzen Sie eine Frage, die nur zu einer der beiden Seiten passt.',
    'audiences.questions.warning.tooFewOverall':
      '{{count|=0:Es ließ sich keine Frage|one:Es ließ sich nur eine Frage|other:Es ließen sich nur # verschiedene Fragen}} einplanen; sinnvoll sind {{min}} bis {{max}}: Ergänzen Sie eigene Fragen.',
    'audiences.questions.warning.noInterview':
      'Es gibt kein Gespräch mit der Kennung „{{id}}“ (vorhanden: {{known}}); es wurden keine Fragen geplant.',
    'audiences.questions.warning.knownId': '„{{id}}“',
    'audiences.questions.warning.noInterviewers':
      'Für dieses Gespräch sind noch keine Gesprächspartner eingetragen: Tragen Sie sie ein, dann erhalten Sie Fragen, die zu jeder Person passen.',
    'audiences.questions.warning.reportWithoutReports':
      '{{name}} ist als künftige direkt unterstellte Person eingetragen, die Stelle hat aber keine Führungsverantwortung: Die Fragen wurden wie für eine künftige Kollegin oder einen künftigen Kollegen ausgewählt.',
    'audiences.brief.theirFunction': 'dieser Person',
    'audiences.brief.storyGap': 'Noch keine Ihrer Geschichten zeigt {{need}}, und {{stake}}.',
    'audiences.brief.noNumber':
      'In Ihrer letzten Fassung von „{{title}}“ steht keine Zahl, und {{name}} wird genau darauf achten.',
    'audiences.brief.manyReferences':
      'Für {{name}} sind {{count}} Anknüpfungspunkte geplant; behalten Sie einen (angezeigt wird der erste). Mehrere in einem Gespräch wirken, als hätten Sie die Person zu genau beobachtet.',
    'audiences.brief.noReference':
      'Für {{name}} ist noch kein Anknüpfungspunkt geplant: Wählen Sie einen, der sich natürlich ergibt. Schauen Sie sich dazu Werdegang, aktuelle Arbeit und Gemeinsamkeiten an.',
    'audiences.brief.noReferenceIdea':
      'Für {{name}} ist noch kein Anknüpfungspunkt geplant: Wählen Sie einen, der sich natürlich ergibt. Zum Beispiel: {{idea}}.',
    'audiences.brief.companyNews':
      '{{name}} ist die ranghöchste Person in diesem Gespräch: Lesen Sie die aktuellen Nachrichten des Unternehmens (Finanzierung, Produktstarts, Wechsel in der Führung) und merken Sie sich eine davon.',
    'audiences.brief.noFunction':
      'Notieren Sie, in welchem Bereich {{name}} arbeitet, damit sich die passende Geschichte zur Zusammenarbeit finden lässt.',
    'audiences.profile.why.partner': 'Zeigt Ihre Zusammenarbeit mit {{function}}, dem Bereich von {{name}}.',
    'audiences.profile.why.kind':
      '{{kind|project:Eine Projektgeschichte|reason-for-leaving:Ihre Geschichte zum Wechselgrund|role-interest:Ihre Geschichte zur Motivation für die Stelle|strength:Eine Geschichte zu einer Ihrer Stärken|other:Eine Ihrer Geschichten}}: Darauf wird {{name}} genau achten.',
    'audiences.profile.why.tags': 'Zeigt {{tags}}.',
    'audiences.profile.tag.quantified-outcome': 'ein messbares Ergebnis',
    'audiences.profile.tag.trade-off': 'eine bewusste Abwägung',
    'audiences.profile.tag.collaboration': 'gute Zusammenarbeit',
    'audiences.profile.tag.disagreement': 'eine gelöste Meinungsverschiedenheit',
    'audiences.profile.tag.credit-sharing': 'Anerkennung für andere',
    'audiences.profile.tag.people-development': 'die Entwicklung von Mitarbeitenden',
    'audiences.profile.tag.advocacy': 'Einsatz für Ihr Team',
    'audiences.profile.tag.feedback': 'konstruktives Feedback',
    'audiences.profile.tag.strategy': 'strategisches Denken',
    'audiences.profile.tag.first-90-days': 'einen Plan für die ersten 90 Tage',
    'audiences.profile.tag.partnering': 'Zusammenarbeit mit einem anderen Bereich',
    'audiences.profile.tag.analytical': 'analytische Tiefe',
    'audiences.profile.tag.leadership': 'Führungsstärke',
  },
  questionBank,
  profiles,
  tenureBands,
};
