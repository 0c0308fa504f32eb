import { freezeDeep } from '../../audiences/internal.js';
import { defaultLintRules, type LintRule } from '../../audiences/lint-rules.js';
import type { AudiencesTextKey } from '../../audiences/texts.js';
import { defaultThankYouTemplate, type ThankYouTemplate } from '../../audiences/thank-you.js';
import type { LocaleBundle } from '../bundle.js';

/**
 * Die Dankesnachricht auf Deutsch: dieselben Felder, Platzhalter und je acht Varianten wie
 * `defaultThankYouTemplate`, aber frei formuliert, wie man in Deutschland schreibt: „Hallo {firstName},“
 * und danach klein weiter, Sie-Form, Gruß ohne Komma. Der Bezug (`{reference}`) ist der Text der
 * Kandidatin oder des Kandidaten, unverändert und ungebeugt: Er steht deshalb nach „zum Thema“ oder nach
 * einem Doppelpunkt, wo jede Formulierung passt, auch eine englische Notiz.
 */
const thankYouTemplate: ThankYouTemplate = {
  subject: 'Danke für das Gespräch zur Position {role}',
  greeting: 'Hallo {firstName},',
  openings: [
    'vielen Dank, dass Sie sich die Zeit genommen haben, mit mir über die Position als {role} zu sprechen.',
    'herzlichen Dank für das offene Gespräch und die ehrlichen Einblicke in die Arbeit bei {company}.',
    'ich möchte mich noch einmal für Ihre Zeit und Ihre offenen Worte zur Stelle bedanken.',
    'danke für das angenehme und aufschlussreiche Gespräch über das Team und die Rolle als {role}.',
    'nochmals vielen Dank für unser Gespräch – ich habe jetzt ein deutlich klareres Bild von der Stelle.',
    'vielen Dank, dass Sie mir so anschaulich erklärt haben, wie das Team bei {company} zusammenarbeitet.',
    'ich wollte mich herzlich für die Zeit bedanken, die Sie sich für unser Gespräch genommen haben.',
    'haben Sie vielen Dank für den Austausch und für Ihre Fragen an mich.',
  ],
  discussed: [
    'Besonders gefallen hat mir unser Austausch zum Thema {reference}.',
    'Als wir über das Thema {reference} gesprochen haben, wurde die Arbeit für mich sehr greifbar.',
    'Unser Gespräch zum Thema {reference} geht mir seitdem nicht mehr aus dem Kopf.',
    'Ich fand es wertvoll, dass wir uns Zeit für das Thema {reference} genommen haben.',
    'Ihre Sicht auf das Thema {reference} beschäftigt mich noch immer.',
    'Am spannendsten war für mich der Teil unseres Gesprächs zum Thema {reference}.',
    'Es war gut, Ihre Einschätzung zum Thema {reference} zu hören.',
    'Sehr aufschlussreich fand ich, was Sie zum Thema {reference} erzählt haben.',
  ],
  noticed: [
    'Bei meiner Vorbereitung bin ich auf etwas von Ihnen gestoßen, das mir gut gefallen hat: {reference}.',
    'Schon vor unserem Treffen hatte ich mir etwas angesehen, das ich sehr hilfreich fand: {reference}.',
    'Gefallen hat mir auch, was ich bei der Vorbereitung gefunden habe: {reference}.',
    'Einige meiner Fragen gingen auf etwas zurück, das ich vorab entdeckt hatte: {reference}.',
    'Bei der Vorbereitung ist mir etwas aufgefallen, das mir im Gedächtnis geblieben ist: {reference}.',
    'Aus einer Sache habe ich bei der Vorbereitung besonders viel mitgenommen: {reference}.',
    'Als ich mich vorab eingelesen habe, bin ich darauf gestoßen und fand es spannend: {reference}.',
    'Ein Fundstück aus meiner Vorbereitung fand ich besonders gelungen: {reference}.',
  ],
  noticedAction: [
    'Bei der Vorbereitung habe ich gesehen, womit Sie sich zuletzt beschäftigt haben: {reference}.',
    'Vor unserem Treffen habe ich mitbekommen, was Sie kürzlich gemacht haben: {reference}.',
    'Beim Einlesen habe ich mit Interesse gelesen, woran Sie zuletzt gearbeitet haben: {reference}.',
    'Vorab habe ich mich informiert und bin auf Ihre jüngsten Aktivitäten gestoßen: {reference}.',
    'Neugierig gemacht hat mich, was ich vorab über Sie erfahren habe: {reference}.',
    'Bei meiner Vorbereitung habe ich erfahren, was Sie zuletzt gemacht haben: {reference}.',
    'Schön war es, schon vorab mehr über Ihre Arbeit zu erfahren: {reference}.',
    'Vorab bin ich auf etwas gestoßen, das Sie kürzlich gemacht haben, und es hat mich neugierig gemacht: {reference}.',
  ],
  shared: [
    'Schön war auch zu entdecken, dass wir etwas gemeinsam haben: {reference}.',
    'Es hat mich gefreut, eine Gemeinsamkeit zu finden: {reference}.',
    'Eine schöne Entdeckung bei der Vorbereitung war unsere Gemeinsamkeit: {reference}.',
    'Gefreut hat mich auch, was uns verbindet: {reference}.',
    'Eine angenehme Überraschung bei der Vorbereitung: {reference}.',
    'Ich habe mich gefreut, dass es eine Gemeinsamkeit zwischen uns gibt: {reference}.',
    'Es war schön festzustellen, dass uns etwas verbindet: {reference}.',
    'Und noch etwas haben wir gemeinsam: {reference}.',
  ],
  closings: [
    'Mein Interesse an der Stelle ist nach dem Gespräch noch gewachsen, und ich freue mich darauf, von den nächsten Schritten zu hören.',
    'Das Gespräch hat meinen Wunsch, zu {company} zu wechseln, noch einmal bestärkt.',
    'Ich würde mich freuen, im Gespräch zu bleiben, und bin gespannt auf Ihre Rückmeldung.',
    'Falls Sie noch weitere Unterlagen von mir benötigen, lassen Sie es mich gern wissen.',
    'Ich würde mich sehr freuen, bald mit Ihnen zusammenzuarbeiten.',
    'Die Position interessiert mich sehr, und für weitere Fragen stehe ich Ihnen gern zur Verfügung.',
    'Nach unserem Gespräch bin ich mir noch sicherer, dass diese Stelle der richtige nächste Schritt für mich ist.',
    'Ich freue mich auf die nächsten Schritte und hoffe, dass wir bald wieder sprechen.',
  ],
  signOff: 'Viele Grüße',
  // The topics are read as written: the English phrases still apply to English notes, these to German ones.
  skipTopicPhrases: [
    ...defaultThankYouTemplate.skipTopicPhrases,
    'Gehalt',
    'Gehaltsvorstellung',
    // Whole words only, so the usual compounds are listed too.
    'Gehaltsband',
    'Gehaltsspanne',
    'Gehaltsverhandlung',
    'Gehaltswunsch',
    'Gehälter',
    'Vergütungspaket',
    'Umzugskosten',
    'Startdatum',
    'Vergütung',
    'Bonus',
    'Aktienoptionen',
    'Zusatzleistungen',
    'Kündigungsfrist',
    'Eintrittstermin',
    'Starttermin',
    'Umzug',
    'Homeoffice',
    'Wechselgrund',
    'Wechselmotivation',
    'nächste Schritte',
    'Bewerbungsprozess',
    'Zeitplan',
  ],
};

/** The lint rules' German words, by rule id; the patterns stay those of `defaultLintRules` (they read English). */
const lintWords: Readonly<Record<string, Pick<LintRule, 'message' | 'suggestion'>>> = {
  'blaming-former-colleagues': {
    message:
      'Wer über frühere Vorgesetzte oder Kollegen herzieht, weckt bei jedem Zuhörer die Frage, was Sie wohl später über ihn sagen – und es wirkt wie der eigentliche Grund für Ihren Wechsel.',
    suggestion:
      'Sagen Sie lieber, wohin Sie sich entwickeln möchten, oder schildern Sie die Situation und was Sie unternommen haben, ohne ein Urteil über die Person.',
  },
  'story-without-number': {
    message:
      'In dieser Geschichte kommt keine Zahl vor – und Ihre künftige Führungskraft beurteilt gerade, was Sie erreicht haben.',
    suggestion:
      'Ergänzen Sie ein messbares Ergebnis: einen Prozentwert, eingesparte Zeit, eine Anzahl, ein Budget oder eine Teamgröße.',
  },
  'vague-leadership': {
    message:
      'Allgemeine Aussagen über Führung geben Ihrer künftigen Führungskraft nichts an die Hand, was sich überprüfen lässt.',
    suggestion:
      'Ersetzen Sie sie durch eine Entscheidung, die Sie getroffen haben: was sie gekostet und was sie gebracht hat.',
  },
  'shake-things-up': {
    message:
      'Das klingt, als wollten Sie ankommen und erst einmal alles umkrempeln – das verunsichert die Menschen, die künftig an Sie berichten würden.',
    suggestion:
      'Sagen Sie, dass Sie zuerst verstehen wollen, wie das Team arbeitet und was es braucht, und nennen Sie eine Sache, die Sie bewahren würden.',
  },
  'top-down': {
    message:
      'Ansagen von oben signalisieren einem künftigen Teammitglied: Hier wird über seinen Kopf hinweg entschieden, nicht gemeinsam mit ihm.',
    suggestion:
      'Beschreiben Sie, wie Sie mit dem Team entscheiden würden: was Sie erfragen, was Sie delegieren und wie Sie eine Entscheidung begründen.',
  },
  'abstract-philosophy': {
    message:
      'Abstrakte Aussagen über Führung verraten einem künftigen Teammitglied wenig darüber, wie Sie mit ihm umgehen würden.',
    suggestion:
      'Nennen Sie stattdessen ein echtes Beispiel: jemanden, den Sie gefördert haben, oder ein Feedback, das Sie gegeben haben, und wie es ankam.',
  },
  'vague-alignment': {
    message: 'Der Ruf nach Abstimmung ohne konkreten Inhalt klingt für ein Partnerteam hohl.',
    suggestion:
      'Nennen Sie lieber den konkreten Schritt: wer sich wie oft trifft, welche Entscheidung Sie gemeinsam treffen würden und welche Abwägung.',
  },
  'blaming-partners': {
    message:
      'Klagen über Partnerteams beim früheren Arbeitgeber wecken bei einem künftigen Partner die Frage, was Sie später über ihn erzählen werden.',
    suggestion:
      'Beschreiben Sie, unter welchen Zwängen das andere Team stand und was Sie gemeinsam geändert haben, um weiterzukommen.',
  },
  'function-supremacy': {
    message: 'Das klingt, als stünde Ihr Bereich über dem Ihres Gegenübers.',
    suggestion:
      'Sagen Sie, wie Sie die Rahmenbedingungen der anderen Seite berücksichtigen und die Abwägung gemeinsam treffen würden.',
  },
  'pay-talk': {
    message:
      'Gehalt und Zusatzleistungen sind bei der Geschäftsleitung das falsche Thema: Es wirkt, als ginge es Ihnen um die Stelle statt um das Unternehmen.',
    suggestion:
      'Besprechen Sie das Gehalt mit dem Recruiting; mit der Geschäftsleitung sprechen Sie über die Richtung des Unternehmens und darüber, wo Sie am meisten bewirken können.',
  },
  'too-operational': {
    message:
      'Details aus dem Tagesgeschäft sind für die Geschäftsleitung die falsche Flughöhe – dort zählt, wie Sie über das Geschäft nachdenken.',
    suggestion:
      'Gehen Sie eine Ebene höher: was die Arbeit für Kunden oder das Unternehmen verändert und welche Abwägung Sie treffen würden.',
  },
  'only-this-role': {
    message:
      'Das klingt, als interessiere Sie nur die Stelle selbst – die Geschäftsleitung sucht aber jemanden, der sieht, wohin sich das Unternehmen entwickelt.',
    suggestion:
      'Verbinden Sie die Rolle mit dem Unternehmen: auf welches strategische Ziel sie einzahlt und was Sie darüber erfahren möchten.',
  },
  'solo-credit': {
    message:
      'Wenn Sie den Erfolg allein für sich beanspruchen, fragen sich künftige Kolleginnen und Kollegen, wie Sie mit ihrer Arbeit umgehen würden.',
    suggestion: 'Nennen Sie, wer noch daran beteiligt war und welchen Teil Sie selbst beigetragen haben.',
  },
  'positioning-above': {
    message: 'Das klingt, als wollten Sie sich über das Team stellen, zu dem Sie dazukommen.',
    suggestion:
      'Sprechen Sie darüber, was Sie von den anderen lernen möchten und wo Sie mit anpacken würden.',
  },
  'hierarchy-questions': {
    message:
      'Fragen nach Rang und Berichtswegen gehören ins Gespräch mit dem Recruiting oder Ihrer künftigen Führungskraft, nicht zu künftigen Kolleginnen und Kollegen.',
    suggestion:
      'Fragen Sie künftige Kollegen lieber nach der Arbeit selbst: was ihre Führungskraft besser verstehen sollte oder wie das Team Entscheidungen trifft.',
  },
  'i-outweighs-we': {
    message:
      'Fast jeder Satz handelt von „ich“ – künftige Kolleginnen und Kollegen hören jemanden, der die Anerkennung für sich beansprucht.',
    suggestion:
      'Sagen Sie „wir“, wo die Arbeit geteilt war, und nennen Sie den Beitrag einer Kollegin oder eines Kollegen.',
  },
};

const texts = {
  'audiences.thankYou.noReference':
    'Für {{firstName}} fehlt ein konkreter Bezug: {{debrief|none:Zu diesem Gespräch haben Sie noch keine Notizen angelegt|empty:In Ihren Gesprächsnotizen stehen keine besprochenen Themen|other:Aus Ihren Gesprächsnotizen ist kein Thema für diese Person übrig geblieben (oder es ging um Gehalt, Organisatorisches oder den Wechselgrund)}}, und in Ihrer Recherche zu {{firstName}} steht weder ein geplanter Bezug noch eine aktuelle Aktivität noch eine Gemeinsamkeit. Ergänzen Sie vor dem Absenden ein Thema, über das Sie gesprochen haben.',
  'audiences.thankYou.researchReference':
    'Die Nachricht an {{firstName}} erwähnt {{origin|planned-reference:den Bezug, den Sie sich vorgenommen hatten,|recent-activity:eine aktuelle Aktivität aus Ihrer Recherche|other:Ihre Gemeinsamkeit}} als etwas, worauf Sie bei der Vorbereitung gestoßen sind. Falls es im Gespräch zur Sprache kam, schreiben Sie das lieber so.',
  'audiences.thankYou.thirdPerson':
    'Die Nachricht an {{firstName}} zitiert Ihre Notiz so, wie Sie sie geschrieben haben („{{reference}}“), und darin ist von {{firstName}} in der dritten Person die Rede. Formulieren Sie den Satz vor dem Absenden in Ihren eigenen Worten.',
  'audiences.thankYou.tooLong':
    'Die Nachricht an {{firstName}} ist {{words}} Wörter lang: Kürzen Sie sie auf unter {{limit}}.',
  'audiences.lint.creditCounts': '{{message}} ({{singular}} × „I/me/my“, {{plural}} × „we/us/our/team“)',
} as const satisfies Partial<Record<AudiencesTextKey, string>>;

/**
 * The German thank-you notes and lint words of audiences/: the catalogue keys `audiences.thankYou.…` and
 * `audiences.lint.…`, the thank-you template, and the lint rules (the default rules, same ids and patterns,
 * German message and suggestion; a rule without German words keeps its English ones). Sie-Form throughout.
 */
export const deAudiencesThanks: Omit<Partial<LocaleBundle>, 'locale'> = /* @__PURE__ */ freezeDeep({
  texts,
  thankYouTemplate,
  lintRules: defaultLintRules.map((rule) => ({ ...rule, ...lintWords[rule.id] })),
});
