import type { CompensationTextKey } from '../../compensation/texts.js';
import { freezeDeep } from '../../internal/freeze.js';
import type { LawRow } from '../../jurisdictions/index.js';
import { defaultLawTable } from '../../jurisdictions/table.js';
import type { LocaleBundle } from '../bundle.js';
import { lawTipsInGerman } from './law-tips.js';

const CONFIDENCE =
  '{{confidence|M: (mittlere Sicherheit: Unsere Quellen für diese Zeile sind sekundär oder widersprechen sich)|L: (geringe Sicherheit: Nehmen Sie diese Zeile als Hinweis, den Sie selbst prüfen sollten)|other:}}';
const NOT_IN_TABLE =
  'steht nicht in unserer Tabelle, daher können wir Ihnen nicht sagen, was das Recht dort zu Fragen nach dem bisherigen Gehalt oder zu Gehaltsspannen vorsieht. Das heißt nicht, dass die Frage erlaubt ist: Ihr aktuelles Gehalt müssen Sie trotzdem nicht von sich aus nennen.';
const ASK_PACKAGE =
  'Könnten Sie mir das gesamte Paket erläutern – Grundgehalt, Bonus, Aktienanteile und Zusatzleistungen?';
const SPOKEN_BASIS =
  '{{basis|base:als Bruttojahresgehalt ohne Bonus und Aktienanteile|other:als Gesamtvergütung, also Grundgehalt, Bonus und Aktienanteile zusammen}}';
const SHORT_BASIS = '{{basis|base:Bruttojahresgehalt|other:Gesamtvergütung}}';
const DECLINE =
  'Kommt die Frage trotzdem, dürfen Sie höflich ablehnen und stattdessen Ihre Gehaltsvorstellung nennen.';
const OFFERS_LAND =
  'Angebote landen meist nahe dem unteren Ende der Spanne, die Sie nennen; engen Sie sie deshalb auf einen Bereich ein, dessen unteres Ende Sie gern annehmen würden.';
const POSTING =
  'eine Gehaltsspanne nennen: Suchen Sie die Anzeige für diese Stelle heraus und setzen Sie Ihre eigene Spanne an deren oberer Hälfte an.';
const DISCLAIMER_END =
  'keine Rechtsberatung. Gesetze und ihre Fristen ändern sich; prüfen Sie die genannten Quellen oder fragen Sie im Zweifel eine Anwältin oder einen Anwalt.';

const texts: Readonly<Record<CompensationTextKey, string>> = {
  'compensation.script.anchorNoRange':
    'Wenn man Sie nach Ihrer Gehaltsvorstellung fragt, nennen Sie eine recherchierte Spanne statt einer einzelnen Zahl – so angesetzt, dass selbst ihr unteres Ende noch deutlich über Ihrer Schmerzgrenze liegt.',
  'compensation.script.deflectRange': `Will man Sie auf eine einzige Zahl festlegen, halten Sie sie einmal zurück und fragen Sie stattdessen nach dem Gesamtpaket: „Bevor ich mich auf eine Zahl festlege: ${ASK_PACKAGE}“`,
  'compensation.script.deflectSingle': `Drängt man Sie, tiefer zu gehen oder sich festzulegen, bleiben Sie einmal bei Ihrer Zahl und fragen Sie stattdessen nach dem Gesamtpaket: „Bevor wir uns auf eine Zahl einigen: ${ASK_PACKAGE}“`,
  'compensation.script.topNoRange': 'Hakt man ein zweites Mal nach, nennen Sie das obere Ende Ihrer Spanne.',
  'compensation.script.anchorSingle': `Ihre Spanne ist eine einzige Zahl. Solange Sie sie nicht verbreitern, nennen Sie diese Zahl als Ihr Ziel, statt von einer Spanne zu sprechen: „Nach meiner Recherche für diese Rolle und dieses Level strebe ich {{high}} an, ${SPOKEN_BASIS}.“`,
  'compensation.script.topSingle': `Hakt man ein zweites Mal nach, bleiben Sie bei derselben Zahl – {{high}} ${SHORT_BASIS} –, statt darunter zu gehen. Verhandelt wird im Detail erst, wenn ein konkretes Angebot vorliegt.`,
  'compensation.script.anchorRange': `Wenn man Sie nach Ihrer Gehaltsvorstellung fragt, nennen Sie Ihre recherchierte Spanne statt einer einzelnen Zahl: „Nach meiner Recherche für diese Rolle und dieses Level liegt meine Vorstellung bei {{low}} bis {{high}}, ${SPOKEN_BASIS}.“ Eine hoch angesetzte Spanne setzt den Anker, ohne Ihre Untergrenze zu verraten.`,
  'compensation.script.topRange': `Hakt man ein zweites Mal nach, nennen Sie das obere Ende Ihrer Spanne: {{high}} ${SHORT_BASIS}. Verhandelt wird im Detail erst, wenn ein konkretes Angebot vorliegt.`,
  'compensation.warning.rangeMissing':
    'Sie haben noch keine Gehaltsspanne festgelegt. Recherchieren Sie, was diese Rolle auf diesem Level einbringt, und legen Sie sich vor der zweiten Runde auf eine Spanne fest – wer ohne hineingeht, muss im Gespräch spontan eine Zahl nennen.',
  'compensation.warning.rangeInverted':
    'Ihre Spanne reicht von {{min}} hinunter bis {{max}}; wir lesen sie umgekehrt. Korrigieren Sie die Reihenfolge in Ihren Unterlagen.',
  'compensation.warning.rangeSingle':
    'Ihre Spanne ist eine einzige Zahl ({{high}}). Geben Sie ihr etwas Breite und setzen Sie diese Zahl nahe an das obere Ende: Mit nur einer Zahl bleibt Ihnen kein Spielraum, sobald man nachhakt.',
  'compensation.warning.rangeNarrow':
    'Ihre Spanne ist nur {{width}} breit, weniger als {{share}} % ihres oberen Endes ({{high}}): Ausgesprochen klingt sie wie eine einzige Zahl, und Angebote landen meist am unteren Ende. Stellen Sie sicher, dass Sie {{low}} gern annehmen würden.',
  'compensation.warning.rangeWide': `Ihre Spanne ist breit: Ihr oberes Ende ({{high}}) liegt {{share}} % über dem unteren ({{low}}). ${OFFERS_LAND}`,
  'compensation.warning.rangeWideFromZero': `Ihre Spanne ist breit: Ihr oberes Ende ({{high}}) liegt weit über dem unteren ({{low}}). ${OFFERS_LAND}`,
  'compensation.warning.currencyMissing':
    'Ihre Spanne hat keine Währung. Ergänzen Sie den ISO-Code (EUR, CHF, USD …), damit jede Zahl in dieser Vorbereitung eindeutig ist.',
  'compensation.warning.notResearched':
    'Ihre Spanne ist nicht als recherchiert markiert. Gleichen Sie sie mit Gehaltsdaten für diese Rolle, dieses Level und diesen Standort ab, damit Sie sagen können, worauf sie beruht.',
  'compensation.warning.belowWalkAway':
    'Das untere Ende Ihrer Spanne ({{low}}) liegt unter Ihrer Schmerzgrenze ({{walkAway}}). Heben Sie es an, damit Sie mit Ihrer Spanne nie weniger anbieten, als Sie annehmen würden.',
  'compensation.warning.disclosing':
    'Sie haben vor, Ihr aktuelles Gehalt zu nennen. Überlegen Sie es sich noch einmal: Es zieht das Angebot meist in Richtung dessen, was Sie heute verdienen, und Ihre Gehaltsvorstellung beantwortet dieselbe Frage.',
  'compensation.warning.disclosingBanHere':
    'Nach {{citation}} darf der Arbeitgeber Sie nicht einmal danach fragen.',
  'compensation.warning.disclosingBanPlaced':
    '{{place|home:An Ihrem Wohnort|other:Am Ort der Stelle}} ({{code}}) darf der Arbeitgeber Sie nach {{citation}} nicht einmal danach fragen.',
  'compensation.warning.disclosingBanNationalHere':
    'Sobald Ihr Land {{citation}} in nationales Recht umgesetzt hat, darf der Arbeitgeber Sie nicht einmal mehr danach fragen; aber auch vorher müssen Sie die Frage nicht beantworten.',
  'compensation.warning.disclosingBanNationalPlaced':
    '{{place|home:An Ihrem Wohnort|other:Am Ort der Stelle}} ({{code}}) darf der Arbeitgeber Sie nicht einmal mehr danach fragen, sobald das Land {{citation}} in nationales Recht umgesetzt hat; aber auch vorher müssen Sie die Frage nicht beantworten.',
  'compensation.warning.earlierFigure':
    'Laut Ihren Notizen haben Sie in Runde {{round}} {{figure}} als Gehaltsvorstellung genannt. Was Sie jetzt sagen, muss dazu passen oder eine Begründung für die Änderung mitbringen.',
  'compensation.warning.earlierFigureBelow':
    'Laut Ihren Notizen haben Sie in Runde {{round}} {{figure}} genannt, weniger als die {{low}}, bei denen Ihre Spanne jetzt beginnt. Kommt das Gehalt wieder zur Sprache, erklären Sie, was Sie seitdem über die Stelle erfahren haben, und nennen Sie die Spanne; fallen Sie nicht auf die frühere Zahl zurück.',
  'compensation.warning.earlierFigureInside':
    'Laut Ihren Notizen haben Sie in Runde {{round}} {{figure}} genannt; das liegt in Ihrer Spanne von {{low}} bis {{high}}. Bleiben Sie jetzt bei dieser Spanne, damit beide Runden dasselbe erzählen, und gehen Sie nicht unter die bereits genannte Zahl.',
  'compensation.warning.earlierFigureAbove':
    'Laut Ihren Notizen haben Sie in Runde {{round}} {{figure}} genannt, mehr als das obere Ende Ihrer Spanne ({{high}}). Bleiben Sie jetzt auf diesem Niveau: Eine niedrigere Zahl in der zweiten Runde würde Ihren eigenen Anker schwächen.',
  'compensation.start.earliest': 'Ihr frühestmöglicher Starttermin ist der {{date}}.',
  'compensation.start.normAsk':
    'Rechnen Sie mit der Frage, wann Sie anfangen könnten. In {{country}} ist eine Kündigungsfrist von {{span}} üblich: Klären Sie Ihre eigene Frist und geplanten Urlaub, und nennen Sie beides schon in dieser Runde.',
  'compensation.start.normLonger':
    'Ihre Kündigungsfrist beträgt {{weeks|one:# Woche|other:# Wochen}} und ist damit länger als die in {{country}} übliche Frist von {{span}}. Sprechen Sie sie jetzt in der zweiten Runde an, damit der Starttermin beim Angebot keine Überraschung ist.',
  'compensation.start.normFits':
    'In {{country}} ist eine Kündigungsfrist von {{span}} üblich; {{weeks|one:Ihre # Woche überrascht|other:Ihre # Wochen überraschen}} dort niemanden. Nennen Sie sie trotzdem schon in der zweiten Runde, damit der Starttermin vor einem Angebot geklärt ist.',
  'compensation.start.ask':
    'Rechnen Sie mit der Frage, wann Sie anfangen könnten: Üblich sind zwei bis vier Wochen nach der Zusage. Klären Sie Ihre Kündigungsfrist und geplanten Urlaub; kommen zusammen mehr als vier Wochen heraus, sagen Sie das schon in dieser Runde.',
  'compensation.start.longer':
    'Ihre Kündigungsfrist beträgt {{weeks|one:# Woche|other:# Wochen}} und ist damit länger als die üblichen zwei bis vier Wochen. Sprechen Sie sie jetzt in der zweiten Runde an, damit der Starttermin beim Angebot keine Überraschung ist.',
  'compensation.start.fits':
    'Üblich ist ein Start zwei bis vier Wochen nach der Zusage, und Ihre Kündigungsfrist von {{weeks|one:# Woche|other:# Wochen}} passt hinein.',
  'compensation.relocation.yes':
    'Sie sind bereit umzuziehen. Sagen Sie trotzdem nur grundsätzlich zu und heben Sie die Einzelheiten (Unterstützung, Zeitplan) für die Angebotsphase auf, statt sich jetzt festzulegen.',
  'compensation.relocation.no':
    'Sie möchten nicht umziehen: Wenn die Stelle es verlangt, sagen Sie das klar und früh, statt die andere Seite etwas anderes annehmen zu lassen.',
  'compensation.relocation.open':
    'Kommt ein Umzug zur Sprache, sagen Sie, dass Sie grundsätzlich offen dafür sind und vor einer Zusage das Paket und den Zeitplan sehen möchten.',
  'compensation.relocation.undecided':
    'Klären Sie vor der zweiten Runde, wie Sie zu einem Umzug stehen. Kommt das Thema auf und Sie sind unsicher, bleiben Sie grundsätzlich offen und fragen Sie nach Paket und Zeitplan – einem Umzug zuzustimmen, den Sie vielleicht gar nicht wollen, ist schlimmer als Zurückhaltung.',
  'compensation.workMode.undecided':
    'Klären Sie vor der zweiten Runde, was Sie wirklich bevorzugen: Homeoffice, hybrid oder vor Ort. Bei Remote- und Hybridstellen wird das oft genau jetzt besprochen.',
  'compensation.workMode.flexible':
    'Sie sind beim Arbeitsort flexibel: Sagen Sie das, und nennen Sie, was Sie trotzdem brauchen, damit Flexibilität nicht als fehlende Präferenz verstanden wird.',
  'compensation.workMode.stated':
    'Sagen Sie klar, dass Sie {{mode|remote:vollständig remote arbeiten|hybrid:hybrid arbeiten|other:vor Ort arbeiten}} möchten, und zeigen Sie Flexibilität nur dort, wo Sie sie wirklich haben.',
  'compensation.offers.notStated': 'nicht angegeben',
  'compensation.offers.note':
    'Verglichen werden nur die Angebote, die Sie eingetragen haben, jeweils nach Grundgehalt, Bonus, Aktienanteilen und Zusatzleistungen; ergänzt wird nichts, was Sie nicht angegeben haben.',
  'compensation.offers.currencies':
    'Die Angebote lauten auf verschiedene Währungen und werden nicht umgerechnet: Vergleichen Sie sie zu einem Kurs, dem Sie vertrauen.',
  'compensation.competing.none':
    'Sie haben kein laufendes Angebot eines anderen Unternehmens eingetragen – deuten Sie also auch keines an: Recruiter durchschauen Bluffs, und ertappt zu werden kostet weit mehr als Abwarten. Treiben Sie lieber Ihre anderen Bewerbungen voran; das ist Ihr echtes Druckmittel.',
  'compensation.competing.listed': 'Eingetragenes Konkurrenzangebot: {{offers}}.',
  'compensation.competing.received': '{{company}} (liegt bereits vor)',
  'compensation.competing.receivedBy': '{{company}} (liegt vor, Frist bis zum {{date}})',
  'compensation.competing.expected': '{{company}} (erwartet, ohne Datum)',
  'compensation.competing.expectedBy': '{{company}} (erwartet bis zum {{date}})',
  'compensation.competing.noDate':
    'Tragen Sie ein, bis wann Sie sich entscheiden wollen, damit Sie den Zeitrahmen nennen können.',
  'compensation.competing.tell':
    'Sagen Sie der Recruiterin oder dem Recruiter nach der zweiten Runde in ruhigem Ton, dass Sie anderswo in der Endphase sind und bis zum {{date}} ein Angebot erwarten, dass diese Stelle Ihr Favorit ist (wenn sie es ist) und dass Sie den Zeitrahmen nennen, damit man planen kann. So gesagt beschleunigt es die Entscheidung, ohne nach Druck zu klingen.',
  'compensation.law.codeNotGiven': 'nicht angegeben',
  'compensation.law.placesOne':
    'Ihr Wohnort: {{code}}; Ort der Stelle: nicht angegeben, daher gilt hier das Recht an Ihrem Wohnort.',
  'compensation.law.placesTwo': 'Ihr Wohnort: {{home}}; Ort der Stelle: {{job}}.',
  'compensation.law.named': '{{citation}} ({{name}})',
  'compensation.law.salaryBanHere': `Nennen Sie Ihr aktuelles Gehalt nicht von sich aus. Nach {{law}} dürfen Arbeitgeber hier nicht nach Ihrem bisherigen Gehalt fragen. ${DECLINE}`,
  'compensation.law.salaryBanPlaced': `Nennen Sie Ihr aktuelles Gehalt nicht von sich aus. {{place|home:An Ihrem Wohnort|other:Am Ort der Stelle}} ({{code}}) dürfen Arbeitgeber nach {{law}} nicht nach Ihrem bisherigen Gehalt fragen. ${DECLINE}`,
  'compensation.law.salaryBanEuHere': `Nennen Sie Ihr aktuelles Gehalt nicht von sich aus. Nach {{law}} dürfen Arbeitgeber Bewerberinnen und Bewerber nicht nach ihrem bisherigen Gehalt fragen, sobald ihr Land die Richtlinie in nationales Recht umgesetzt hat (die Frist dafür endete am {{date}}); prüfen Sie, ob das geschehen ist. ${DECLINE}`,
  'compensation.law.salaryBanEuPlaced': `Nennen Sie Ihr aktuelles Gehalt nicht von sich aus. {{place|home:An Ihrem Wohnort|other:Am Ort der Stelle}} ({{code}}) dürfen Arbeitgeber nach {{law}} Bewerberinnen und Bewerber nicht nach ihrem bisherigen Gehalt fragen, sobald das Land die Richtlinie in nationales Recht umgesetzt hat (die Frist dafür endete am {{date}}); prüfen Sie, ob das geschehen ist. ${DECLINE}`,
  'compensation.law.salaryRefusalHere':
    'Nennen Sie Ihr aktuelles Gehalt nicht von sich aus. Die Frage ist hier erlaubt, aber nach {{citation}} darf ein Arbeitgeber Sie nicht deshalb ablehnen, weil Sie die Antwort verweigern; nennen Sie stattdessen Ihre Gehaltsvorstellung.',
  'compensation.law.salaryRefusalPlaced':
    'Nennen Sie Ihr aktuelles Gehalt nicht von sich aus. Die Frage ist {{place|home:an Ihrem Wohnort|other:am Ort der Stelle}} ({{code}}) erlaubt, aber nach {{citation}} darf ein Arbeitgeber Sie nicht deshalb ablehnen, weil Sie die Antwort verweigern; nennen Sie stattdessen Ihre Gehaltsvorstellung.',
  'compensation.law.salaryNone':
    'Nennen Sie Ihr aktuelles Gehalt nicht von sich aus, es sei denn, es wird ausdrücklich verlangt: Es zieht das Angebot in Richtung dessen, was Sie heute verdienen. Fragt man danach, lenken Sie das Gespräch auf Ihre Gehaltsvorstellung für diese Stelle.',
  'compensation.law.rowInForce': `{{citation}} ({{name}}), in Kraft seit dem {{date}}${CONFIDENCE}.`,
  'compensation.law.rowComing': `{{citation}} ({{name}}), noch nicht in Kraft: gilt ab dem {{date}}${CONFIDENCE}.`,
  'compensation.law.rowInForcePlaced': `{{place|home:An Ihrem Wohnort|other:Am Ort der Stelle}} ({{code}}): {{citation}} ({{name}}), in Kraft seit dem {{date}}${CONFIDENCE}.`,
  'compensation.law.rowComingPlaced': `{{place|home:An Ihrem Wohnort|other:Am Ort der Stelle}} ({{code}}): {{citation}} ({{name}}), noch nicht in Kraft: gilt ab dem {{date}}${CONFIDENCE}.`,
  'compensation.law.notInTableCode': `{{code}} ${NOT_IN_TABLE}`,
  'compensation.law.notInTableNoCode': `Ihr Wohnort ${NOT_IN_TABLE}`,
  'compensation.law.notInTablePlaced': `{{place|home:Ihr Wohnort|other:Der Ort der Stelle}} ({{code}}) ${NOT_IN_TABLE}`,
  'compensation.law.reasonNoCode':
    'Es wurde kein Ort angegeben, daher können wir nicht sagen, welche Gesetze zur Frage nach dem Gehalt und zur Gehaltstransparenz gelten.',
  'compensation.law.reasonUnreadable':
    '{{code}} ist kein Code, den wir lesen können (Codes sehen aus wie US-CA, US-NY-NYC, DE oder EU), daher steht er nicht in unserer Tabelle.',
  'compensation.law.reasonUnknown':
    '{{code}} ist kein {{part|country:Ländercode|other:Regionalcode}}, den wir kennen (erwartet: {{expected}}), daher wurde nichts nachgeschlagen. Unsere Tabelle umfasst {{covered}}.',
  'compensation.law.or': ' oder ',
  'compensation.law.reasonNoRows':
    'Unsere Tabelle kennt für {{chain}} kein Gesetz zur Frage nach dem Gehalt oder zur Gehaltstransparenz. Das heißt nicht, dass es keines gibt: Prüfen Sie die Regeln dort, wo Sie arbeiten würden.',
  'compensation.law.nationalLaw':
    'Die EU-Entgelttransparenzrichtlinie (Richtlinie (EU) 2023/970) bindet Arbeitgeber erst, wenn ein Mitgliedstaat sie in nationales Recht umgesetzt hat, und die Länder sind dabei unterschiedlich weit. In Deutschland ist dafür eine Reform des Entgelttransparenzgesetzes (EntgTranspG) vorgesehen; das Gesetz in seiner Fassung von 2017 gibt Bewerberinnen und Bewerbern noch keinen Anspruch auf die Gehaltsspanne. Prüfen Sie, wie weit Ihr Land ist.',
  'compensation.law.postingHere': `Stellenanzeigen müssen hier ${POSTING}`,
  'compensation.law.postingBoth': `Stellenanzeigen müssen an beiden Orten ${POSTING}`,
  'compensation.law.postingPlaced': `Stellenanzeigen müssen {{place|home:an Ihrem Wohnort|other:am Ort der Stelle}} ({{code}}) ${POSTING}`,
  'compensation.law.rangeOnRequest':
    'Sie dürfen nach der Gehaltsspanne für diese Stelle fragen; kennen Sie sie noch nicht, fragen Sie die Recruiterin oder den Recruiter vor dem Gehaltsgespräch danach.',
  'compensation.law.disclaimer': `Dies sind allgemeine Informationen aus unserer Gesetzestabelle, ${DISCLAIMER_END}`,
  'compensation.law.disclaimerReviewed': `Dies sind allgemeine Informationen aus unserer Gesetzestabelle (zuletzt geprüft am {{date}}), ${DISCLAIMER_END}`,
};

/**
 * The German texts of the law rows that reach a candidate in Germany (the EU directive's rows), by row id:
 * German citations and names, the tip in the Sie form. The other rows take their German tip from law-tips.ts.
 */
const lawRowsInGerman: Readonly<Record<string, Pick<LawRow, 'lawName' | 'citation' | 'candidateTip'>>> = {
  'EU/salary-history': {
    lawName: 'EU-Entgelttransparenzrichtlinie: Frage nach dem bisherigen Gehalt',
    citation: 'Art. 5 Abs. 2 der Richtlinie (EU) 2023/970',
    candidateTip:
      'Nach der EU-Entgelttransparenzrichtlinie dürfen Arbeitgeber jeder Größe Bewerberinnen und Bewerber nicht fragen, was sie verdienen oder verdient haben; für Sie gilt das über das Recht Ihres Landes.',
  },
  'EU/pay-transparency': {
    lawName: 'EU-Entgelttransparenzrichtlinie: Gehaltsinformation für Bewerbende',
    citation: 'Art. 5 Abs. 1 der Richtlinie (EU) 2023/970',
    candidateTip:
      'Sie haben Anspruch darauf, das Einstiegsgehalt oder seine Spanne zu erfahren, festgelegt nach objektiven, geschlechtsneutralen Kriterien – in der Stellenanzeige, vor dem Vorstellungsgespräch oder auf anderem Weg. Fragen Sie danach, wenn Sie es noch nicht kennen.',
  },
};

/**
 * The default law table with German texts in place: the EU rows of {@link lawRowsInGerman}, and for every other
 * row its German tip from {@link lawTipsInGerman}. The English table stays the source of every other field (the
 * same rows, ids, dates, citations and sources).
 */
const laws: readonly LawRow[] = defaultLawTable.map((row) => {
  if (Object.hasOwn(lawRowsInGerman, row.id)) return { ...row, ...lawRowsInGerman[row.id] };
  const tip = Object.hasOwn(lawTipsInGerman, row.id) ? lawTipsInGerman[row.id] : undefined;
  return tip === undefined ? row : { ...row, candidateTip: tip };
});

/** The notice norms in German: the same countries and spans; `name` reads after „in“, `words` after „von“. */
const noticeNorms = [
  {
    country: 'DE',
    name: 'Deutschland',
    minWeeks: 4,
    maxWeeks: 13,
    words: 'vier Wochen bis drei Monaten',
    basis:
      '§ 622 Abs. 1 BGB: gesetzlich vier Wochen zum 15. oder zum Ende eines Kalendermonats; Arbeitsverträge für Fach- und Führungskräfte sehen häufig drei Monate vor.',
    lastReviewed: '2026-12-03',
  },
  {
    country: 'AT',
    name: 'Österreich',
    minWeeks: 4,
    maxWeeks: 13,
    words: 'einem bis drei Monaten',
    basis:
      '§ 20 Abs. 4 AngG / § 1159 ABGB: für Angestellte gesetzlich ein Monat zum Monatsende; Verträge können längere Fristen vorsehen.',
    lastReviewed: '2026-12-03',
  },
  {
    country: 'CH',
    name: 'der Schweiz',
    minWeeks: 4,
    maxWeeks: 13,
    words: 'einem bis drei Monaten',
    basis: 'Art. 335c OR: ein Monat im ersten Dienstjahr, zwei Monate bis zum neunten, danach drei Monate.',
    lastReviewed: '2026-12-03',
  },
  {
    country: 'NL',
    name: 'den Niederlanden',
    minWeeks: 4,
    maxWeeks: 9,
    words: 'einem bis zwei Monaten',
    basis:
      'Art. 7:672 BW: für Beschäftigte gesetzlich ein Monat zum Monatsende; Verträge können bis zu sechs Monate vorsehen.',
    lastReviewed: '2026-12-03',
  },
  {
    country: 'FR',
    name: 'Frankreich',
    minWeeks: 4,
    maxWeeks: 13,
    words: 'einem bis drei Monaten',
    basis:
      'Durch Tarifvertrag geregelt (Code du travail, Art. L1237-1); für Führungskräfte (cadres) sind drei Monate üblich.',
    lastReviewed: '2026-12-03',
  },
  {
    country: 'GB',
    name: 'Großbritannien',
    minWeeks: 4,
    maxWeeks: 13,
    words: 'einem bis drei Monaten',
    basis:
      'Employment Rights Act 1996, s. 86: gesetzlich eine Woche; Verträge für Fachkräfte sehen meist einen bis drei Monate vor.',
    lastReviewed: '2026-12-03',
  },
];

/**
 * The German part of compensation/: its texts (keys `compensation.…`), the notice norms in German and the law
 * table with the EU directive's rows in German (`laws`, the preparer's key; pass it to `compensationBrief` as
 * `lawTable`). Sie-Form throughout.
 */
export const deCompensation: Omit<Partial<LocaleBundle>, 'locale'> = /* @__PURE__ */ freezeDeep({
  texts,
  noticeNorms,
  laws,
});
