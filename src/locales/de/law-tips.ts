/**
 * The German candidate tips of the default law table, by row id: the same facts as the English
 * `candidateTip` of each row, in the Sie form. Citations, law names, dates and sources stay as the
 * English table has them (the EU directive's rows, whose names are German too, live in compensation.ts).
 */
export const lawTipsInGerman: Readonly<Record<string, string>> = {
  'US-CA/salary-history':
    'Arbeitgeber in Kalifornien, auch öffentliche, dürfen weder selbst noch über Dritte nach Ihrem bisherigen Gehalt fragen und es auch nicht heranziehen, um über Ihre Einstellung oder die Höhe des Angebots zu entscheiden. Sie dürfen nach der Gehaltsspanne der Stelle fragen.',
  'US-CA/pay-transparency':
    'Arbeitgeber mit 15 oder mehr Beschäftigten müssen in ihren Stellenanzeigen die Gehaltsspanne nennen, die sie zu zahlen gedenken; gehen Sie von dieser Spanne aus, wenn Sie Ihre eigene nennen.',
  'US-CA-SF/salary-history':
    'Arbeitgeber in San Francisco dürfen weder nach Ihrem aktuellen oder früheren Gehalt fragen noch es berücksichtigen, und sie dürfen ohne Ihre Zustimmung nicht weitergeben, was Sie verdienen.',
  'US-CO/salary-history':
    'Arbeitgeber in Colorado dürfen weder nach Ihren bisherigen Gehältern fragen noch sich darauf stützen, und es darf Ihnen nicht schaden, wenn Sie sie nicht nennen.',
  'US-CO/pay-transparency':
    'Stellenanzeigen in Colorado müssen das Gehalt oder die Gehaltsspanne nennen und die Zusatzleistungen beschreiben; orientieren Sie sich an der angegebenen Spanne und rechnen Sie damit auch bei Remote-Stellen, die von Colorado aus ausgeübt werden könnten.',
  'US-CT/salary-history':
    'Arbeitgeber in Connecticut dürfen nicht nach Ihrem bisherigen Gehalt fragen, es sei denn, Sie sprechen es selbst an; ob Sie es nennen, entscheiden also Sie.',
  'US-DE/salary-history':
    'Arbeitgeber in Delaware dürfen Sie nicht nach Ihrem bisherigen Gehalt auswählen und weder Sie noch Ihre Arbeitgeber danach fragen; bestätigen lassen dürfen sie es erst, wenn ein Angebot mit Gehalt gemacht und angenommen wurde. Über Ihre Gehaltsvorstellung zu sprechen ist erlaubt.',
  'US-MA/salary-history':
    'Arbeitgeber in Massachusetts dürfen weder Sie noch einen früheren Arbeitgeber vor einem Angebot mit Gehaltsangabe nach Ihrem Gehalt fragen und Bewerbungen auch nicht danach aussortieren; nach Ihrer Gehaltsvorstellung dürfen sie fragen.',
  'US-NY/salary-history':
    'Arbeitgeber im Bundesstaat New York dürfen ein Vorstellungsgespräch oder Angebot nicht von Ihrem bisherigen Gehalt abhängig machen, es nicht bei einem früheren Arbeitgeber erfragen und sich nicht darauf stützen. Sie dürfen es freiwillig nennen, und wenn Sie es nicht tun, darf Ihnen das nicht schaden.',
  'US-NY/pay-transparency':
    'Anzeigen für Stellen, die zumindest teilweise im Bundesstaat New York ausgeübt werden oder an einen Standort dort berichten, müssen das Gehalt oder eine Spanne von Mindest- bis Höchstbetrag nennen; nutzen Sie sie als Ihren Anker.',
  'US-NY-NYC/salary-history':
    'Arbeitgeber in New York City dürfen nicht nach Ihrem bisherigen Gehalt fragen, nicht in öffentlichen Quellen danach suchen und sich nicht darauf stützen. Über Ihre Gehaltsvorstellung dürfen sie mit Ihnen sprechen, auch über noch nicht unverfallbar gewordene Aktienanteile, die Sie mit einem Wechsel aufgeben würden.',
  'US-NY-NYC/pay-transparency':
    'Anzeigen für Stellen, die zumindest teilweise in New York City ausgeübt werden, müssen ein nach bestem Wissen angesetztes Mindest- und Höchstgehalt nennen; orientieren Sie sich an dieser Spanne.',
  'US-OR/salary-history':
    'Arbeitgeber in Oregon dürfen vor einem Angebot mit Gehaltsangabe nicht nach Ihrem bisherigen Gehalt fragen.',
  'US-OR/salary-history-reliance':
    'Arbeitgeber in Oregon dürfen Sie nicht nach Ihrem bisherigen Gehalt auswählen und es nicht heranziehen, um Ihr Angebot festzulegen.',
  'US-WA/salary-history':
    'Arbeitgeber in Washington dürfen weder Sie noch Ihre aktuellen oder früheren Arbeitgeber nach Ihrem bisherigen Lohn oder Gehalt fragen.',
  'US-WA/pay-transparency':
    'Arbeitgeber in Washington mit 15 oder mehr Beschäftigten müssen in Stellenanzeigen die Lohnskala oder Gehaltsspanne nennen und die Zusatzleistungen beschreiben; gehen Sie von der angegebenen Spanne aus.',
  'US-AL/wage-history-refusal':
    'In Alabama ist die Frage nicht verboten, aber ein Arbeitgeber darf Ihnen weder ein Vorstellungsgespräch, eine Einstellung oder eine Beförderung verweigern noch Sie anders benachteiligen, weil Sie Ihr bisheriges Gehalt nicht nennen.',
  'US-IL/salary-history':
    'Arbeitgeber in Illinois dürfen weder Sie noch einen früheren Arbeitgeber nach Ihrem bisherigen Gehalt fragen, ein Vorstellungsgespräch oder Angebot nicht davon abhängig machen und Sie nicht danach auswählen; sie dürfen es auch dann nicht verwenden, wenn Sie es von sich aus nennen. Das Gehalt der Stelle dürfen sie Ihnen nennen und über Ihre Vorstellung sprechen.',
  'US-IL/pay-transparency':
    'Anzeigen für Stellen, die zumindest teilweise in Illinois ausgeübt werden oder an einen Standort dort berichten, müssen die Gehaltsspanne und eine allgemeine Beschreibung der Zusatzleistungen nennen; gibt es keine Anzeige, dürfen Sie vor einem Angebot danach fragen.',
  'US-MN/salary-history':
    'Arbeitgeber in Minnesota dürfen nach Ihrem bisherigen Gehalt weder fragen noch es berücksichtigen oder verlangen; nennen Sie es unaufgefordert, dürfen sie es nur nutzen, um Ihnen mehr anzubieten als zunächst vorgesehen.',
  'US-MN/pay-transparency':
    'Arbeitgeber mit 30 oder mehr Beschäftigten in Minnesota müssen in Stellenanzeigen die Spanne des Einstiegsgehalts oder das feste Gehalt nennen und die Zusatzleistungen beschreiben; orientieren Sie sich an dieser Spanne.',
  'US-NJ/salary-history':
    'Arbeitgeber in New Jersey dürfen Sie nicht nach Ihrem bisherigen Gehalt auswählen und nicht verlangen, dass es eine Mindest- oder Höchstgrenze einhält; nennen dürfen Sie es freiwillig.',
  'US-NJ/pay-transparency':
    'Stellenanzeigen in New Jersey, auch interne, müssen den Stundenlohn oder das Gehalt oder die jeweilige Spanne nennen und die Zusatzleistungen beschreiben; orientieren Sie sich an dieser Spanne.',
  'US-VT/salary-history':
    'Arbeitgeber in Vermont dürfen weder Sie noch Ihre Arbeitgeber nach Ihrem aktuellen oder früheren Gehalt fragen, keine Anforderungen an Ihr bisheriges Gehalt stellen und nicht danach entscheiden, ob sie Sie zum Gespräch einladen. Nennen Sie es freiwillig, dürfen sie es erst nach einem Angebot mit Gehaltsangabe überprüfen.',
  'US-VT/pay-transparency':
    'Arbeitgeber in Vermont mit 5 oder mehr Beschäftigten müssen in Stellenanzeigen die Vergütung oder eine nach bestem Wissen angesetzte Spanne nennen, auch bei Remote-Stellen, die an einen Standort in Vermont berichten; orientieren Sie sich daran.',
  'US-OH-CLE/salary-history':
    'Arbeitgeber in Cleveland mit 15 oder mehr Beschäftigten dort dürfen nicht nach Ihrem bisherigen Gehalt fragen, Sie nicht danach auswählen, sich nicht allein darauf stützen, und es darf Ihnen nicht schaden, wenn Sie es nicht nennen; ihre Stellenanzeigen müssen die Gehaltsspanne oder -skala nennen. Nach Ihrer Gehaltsvorstellung dürfen sie fragen.',
  'US-HI/salary-history':
    'Arbeitgeber auf Hawaii dürfen nicht nach Ihrem bisherigen Gehalt fragen, nicht in öffentlichen Quellen danach suchen und sich bei der Festlegung Ihres Gehalts nicht darauf stützen; über Ihre Gehaltsvorstellung dürfen sie mit Ihnen sprechen.',
  'US-HI/pay-transparency':
    'Arbeitgeber auf Hawaii mit 50 oder mehr Beschäftigten müssen in Stellenanzeigen einen Stundenlohn oder eine Gehaltsspanne nennen, die das erwartete Gehalt angemessen widerspiegelt; orientieren Sie sich daran.',
  'US-DC/salary-history':
    'Arbeitgeber im District of Columbia dürfen Sie nicht nach Ihrem bisherigen Gehalt auswählen, es nicht für ein Vorstellungsgespräch oder Angebot verlangen und es nicht bei einem früheren Arbeitgeber erfragen.',
  'US-DC/pay-transparency':
    'Stellenanzeigen im District of Columbia müssen ein nach bestem Wissen angesetztes Mindest- und Höchstgehalt nennen, und der Arbeitgeber muss Sie vor dem ersten Vorstellungsgespräch über die Krankenversicherungsleistungen informieren; fragen Sie nach, wenn das nicht geschehen ist.',
  'US-MD/salary-history':
    'Arbeitgeber in Maryland dürfen Ihr bisheriges Gehalt weder erfragen noch sich darauf stützen, und sie dürfen Ihnen kein Vorstellungsgespräch und keine Einstellung verweigern, weil Sie es nicht nennen oder nach der Gehaltsspanne fragen; diese Spanne müssen sie Ihnen auf Nachfrage nennen. Ein Gehalt, das Sie freiwillig nennen, darf nach einem Angebot nur genutzt werden, um Ihnen mehr zu zahlen.',
  'US-MD/pay-transparency':
    'Stellenanzeigen in Maryland, öffentliche wie interne, müssen die Gehaltsspanne nennen und die Zusatzleistungen und sonstigen Vergütungsbestandteile beschreiben; gibt es keine Anzeige, erhalten Sie diese Angaben vor jedem Gespräch über das Gehalt oder auf Nachfrage.',
  'CA-BC/salary-history':
    'Arbeitgeber in British Columbia dürfen nicht fragen, was andere Arbeitgeber Ihnen gezahlt haben; nutzen dürfen sie ein Gehalt, das sie aus Ihrer eigenen Zeit bei ihnen kennen, oder öffentliche Gehaltsdaten zu vergleichbaren Stellen.',
  'CA-BC/pay-transparency':
    'Öffentlich ausgeschriebene Stellen in British Columbia, auch Remote-Stellen, die Einwohnerinnen und Einwohnern von BC offenstehen, müssen das erwartete Gehalt oder eine nach oben und unten begrenzte Spanne nennen; orientieren Sie sich daran.',
  'CA-PE/salary-history':
    'Arbeitgeber auf Prince Edward Island dürfen Ihr bisheriges Gehalt weder direkt noch indirekt erfragen; nach Ihrer Gehaltsvorstellung dürfen sie fragen, und ein Gehalt, das Sie unaufgefordert nennen, dürfen sie berücksichtigen.',
  'CA-PE/pay-transparency':
    'Öffentlich ausgeschriebene Stellen auf Prince Edward Island müssen das erwartete Gehalt oder dessen Spanne nennen; orientieren Sie sich daran.',
  'PL/salary-history':
    'Arbeitgeber in Polen dürfen nicht fragen, was Sie bei Ihrem aktuellen Arbeitgeber oder bei früheren Arbeitgebern verdienen oder verdient haben.',
  'PL/pay-transparency':
    'In Polen muss man Ihnen das Einstiegsgehalt oder dessen Spanne schriftlich mitteilen, in der Anzeige oder vor dem Vorstellungsgespräch (spätestens vor Vertragsschluss); fragen Sie danach, wenn Sie es noch nicht kennen.',
  'MT/pay-transparency':
    'In Malta haben Sie Anspruch darauf, das Einstiegsgehalt oder dessen Spanne vor Arbeitsbeginn zu erfahren. Das maltesische Recht verbietet Arbeitgebern nicht, nach Ihrem bisherigen Gehalt zu fragen; ob Sie antworten, entscheiden also Sie, und von sich aus nennen müssen Sie es nicht.',
  'CA-ON/job-postings':
    'Öffentlich ausgeschriebene Stellen in Ontario bei Arbeitgebern mit 25 oder mehr Beschäftigten müssen das erwartete Gehalt oder eine Spanne von höchstens 50.000 $ nennen (nicht verpflichtend bei über 200.000 $ im Jahr) und angeben, ob KI Bewerbungen vorsortiert. Hatten Sie ein Vorstellungsgespräch, muss Ihnen der Arbeitgeber innerhalb von 45 Tagen nach Ihrem letzten Gespräch mitteilen, ob eine Einstellungsentscheidung gefallen ist.',
};
