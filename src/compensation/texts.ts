/**
 * Every text of compensation/ a candidate reads, in English: the default of the text catalogue (see
 * `englishTexts`), keyed `compensation.…`. Placeholders: `{{name}}`, plural or select forms
 * `{{count|one:# story|other:# stories}}` (see docs/translating-messages.md). A translation gives the same
 * keys with the same placeholders.
 *
 * Values the code fills: money (`{{low}}`, `{{high}}`, …) already written in the locale's way; `{{basis}}` is
 * `base` or `total`; `{{place}}` is `home` (where the candidate lives) or `job` (where the job is); `{{code}}` a
 * jurisdiction code as given (or `compensation.law.codeNotGiven`); `{{date}}` a day in the locale's way;
 * `{{weeks}}` a number; `{{country}}` and `{{span}}` the `name` and `words` of a notice norm; `{{citation}}`,
 * `{{name}}`, `{{law}}` a law row's texts; `{{confidence}}` `H`, `M` or `L`.
 *
 * @category Text
 */
export const compensationTexts = {
  // The pay script.
  'compensation.script.anchorNoRange':
    'If they ask what you expect, answer with a researched range rather than a single figure, pitched so its bottom still sits comfortably above your floor.',
  'compensation.script.deflectRange':
    'If they push for one figure, hold it back once and ask about the whole package instead: "Before I put one number on it, could you walk me through the full package: base, bonus, equity and benefits?"',
  'compensation.script.deflectSingle':
    'If they press you to go lower or to commit, hold your figure once and ask about the whole package instead: "Before we settle on a number, could you walk me through the full package: base, bonus, equity and benefits?"',
  'compensation.script.topNoRange': 'If they push a second time, give the top end of your range.',
  'compensation.script.anchorSingle':
    'Your range is one figure, so until you widen it, give that figure as your target rather than calling it a range: "From what I\'ve seen for this role and level, I\'m targeting {{high}} in {{basis|base:base salary, before bonus and equity|other:total compensation, base, bonus and equity together}}."',
  'compensation.script.topSingle':
    'If they push a second time, repeat the same figure, {{high}} in {{basis|base:base salary|other:total compensation}}, rather than dropping below it. The detailed negotiation waits for an actual offer.',
  'compensation.script.anchorRange':
    'If they ask what you expect, answer with your researched range rather than a single figure: "From what I\'ve seen for this role and level, I\'m looking at {{low}} to {{high}} in {{basis|base:base salary, before bonus and equity|other:total compensation, base, bonus and equity together}}." A range pitched high sets the anchor without revealing your floor.',
  'compensation.script.topRange':
    'If they push a second time, name the top of your range: {{high}} in {{basis|base:base salary|other:total compensation}}. The detailed negotiation waits for an actual offer.',
  // Warnings about the range and the plan.
  'compensation.warning.rangeMissing':
    'No pay range is set. Research what this role and level pay and settle on a range before round two; walking in without one invites you to name a number on the spot.',
  'compensation.warning.rangeInverted':
    'Your range runs from {{min}} down to {{max}}; we read it the other way round. Fix the order in your notes.',
  'compensation.warning.rangeSingle':
    'Your range is a single number ({{high}}). Give it some width, with this figure near the top: one number leaves no room once they push.',
  'compensation.warning.rangeNarrow':
    'Your range is only {{width}} wide, under {{share}}% of its top ({{high}}): heard aloud it sounds like one number, and offers tend to land at its bottom. Make sure {{low}} is a figure you would be glad to accept.',
  'compensation.warning.rangeWide':
    'Your range is wide: its top ({{high}}) is {{share}}% above its bottom ({{low}}). Offers tend to land near the bottom of the range you name, so narrow it to a band whose bottom you would be glad to accept.',
  'compensation.warning.rangeWideFromZero':
    'Your range is wide: its top ({{high}}) is far above its bottom ({{low}}). Offers tend to land near the bottom of the range you name, so narrow it to a band whose bottom you would be glad to accept.',
  'compensation.warning.currencyMissing':
    'Your range has no currency. Add its ISO code (USD, EUR, GBP…) so every figure in this brief means one thing.',
  'compensation.warning.notResearched':
    'Your range is not marked as researched. Check it against salary data for this role, level and location so you can say where it comes from.',
  'compensation.warning.belowWalkAway':
    'The bottom of your range ({{low}}) is below your walk-away number ({{walkAway}}). Raise the bottom so that naming the range never offers less than you would accept.',
  'compensation.warning.disclosing':
    'You plan to share your current salary. Think again: it tends to pull the offer down toward what you earn now, and your expectations answer the same question.',
  'compensation.warning.disclosingBanHere': 'Where you are, {{citation}} bars the employer from even asking.',
  'compensation.warning.disclosingBanPlaced':
    '{{place|home:Where you live|other:Where the job is}} ({{code}}), {{citation}} bars the employer from even asking.',
  'compensation.warning.disclosingBanNationalHere':
    'Where you are, {{citation}} will bar the employer from even asking once your country has written it into national law; whether or not it has yet, you need not answer.',
  'compensation.warning.disclosingBanNationalPlaced':
    '{{place|home:Where you live|other:Where the job is}} ({{code}}), {{citation}} will bar the employer from even asking once the country has written it into national law; whether or not it has yet, you need not answer.',
  // A pay figure already named in an earlier round (from the debrief), against the range planned now.
  'compensation.warning.earlierFigure':
    'Your notes say you named {{figure}} as your pay figure in round {{round}}. Whatever you say now must square with it, or come with a reason for the change.',
  'compensation.warning.earlierFigureBelow':
    'Your notes say you named {{figure}} in round {{round}}, below the {{low}} your range now starts at. If pay comes up again, say what you have learned about the role since then and give the range; do not fall back to the earlier figure.',
  'compensation.warning.earlierFigureInside':
    'Your notes say you named {{figure}} in round {{round}}, inside your range of {{low}} to {{high}}: keep to that range now, so both rounds tell one story, and do not go below the figure you already gave.',
  'compensation.warning.earlierFigureAbove':
    'Your notes say you named {{figure}} in round {{round}}, above the top of your range ({{high}}). Stay at that level now: a lower number in round two would undercut your own anchor.',
  // Start date, by the notice norm where the candidate works now.
  'compensation.start.earliest': 'Your earliest start is {{date}}.',
  'compensation.start.normAsk':
    'Expect a question about when you could start. In {{country}} a notice period of {{span}} is usual: work out yours and any time off you have planned, and say it in this round.',
  'compensation.start.normLonger':
    'Your notice period is {{weeks|one:# week|other:# weeks}}, longer than the {{span}} usual in {{country}}. Mention it now, in round two, so the start date is no surprise when the offer comes.',
  'compensation.start.normFits':
    'In {{country}} a notice period of {{span}} is usual, so your {{weeks|one:# week|other:# weeks}} will not surprise them. Still say it now, in round two, so the start date is settled before an offer.',
  'compensation.start.ask':
    'Expect a question about when you could start: two to four weeks after accepting is the usual answer. Work out your notice period and any time off you have planned; if together they run past four weeks, say so in this round.',
  'compensation.start.longer':
    'Your notice period is {{weeks|one:# week|other:# weeks}}, longer than the usual two to four. Mention it now, in round two, so the start date is no surprise when the offer comes.',
  'compensation.start.fits':
    'Two to four weeks after accepting is the usual start, and your {{weeks|one:# week|other:# weeks}} of notice fits inside it.',
  // Relocation and work mode.
  'compensation.relocation.yes':
    'You are willing to move; even so, agree in principle only and keep the details (support, timing) for the offer stage rather than committing now.',
  'compensation.relocation.no':
    'You will not relocate: if the role needs it, say so plainly and early rather than letting them assume otherwise.',
  'compensation.relocation.open':
    'If relocation comes up, say you are open to it in principle and would want to see the package and the timing before committing.',
  'compensation.relocation.undecided':
    'Decide where you stand on relocation before round two. If it comes up and you are unsure, stay open in principle and ask about package and timing; agreeing to a move you may not want is worse than holding back.',
  'compensation.workMode.undecided':
    'Settle your real preference between remote, hybrid and on-site before round two; for remote or hybrid roles this is often when it is discussed.',
  'compensation.workMode.flexible':
    'You are flexible on where you work: say so, and name anything you would still need, so flexibility is not read as having no preference.',
  'compensation.workMode.stated':
    'State your preference for {{mode|remote:remote|hybrid:hybrid|other:on-site}} work clearly, and show flexibility only where you truly have it.',
  // Offers.
  'compensation.offers.notStated': 'not stated',
  'compensation.offers.note':
    'Only the offers you listed are compared, each on base, bonus, equity and benefits; nothing is filled in that you did not give.',
  'compensation.offers.currencies':
    'The offers are in different currencies and are not converted: compare them at a rate you trust.',
  'compensation.competing.none':
    'No live offer from another company is listed, so do not hint at one: recruiters spot bluffs, and being caught costs far more than waiting. Keep your other processes moving instead; that is your real leverage.',
  'compensation.competing.listed': 'Listed competing offer: {{offers}}.',
  'compensation.competing.received': '{{company}} (already received)',
  'compensation.competing.receivedBy': '{{company}} (received, with a deadline of {{date}})',
  'compensation.competing.expected': '{{company}} (expected, date not given)',
  'compensation.competing.expectedBy': '{{company}} (expected by {{date}})',
  'compensation.competing.noDate': 'Add the date you expect to decide, so you can give them the timing.',
  'compensation.competing.tell':
    'Tell the recruiter, calmly and after round two, that you are in late stages elsewhere with an offer due by {{date}}, that this role is the one you most want (if it is), and that you are sharing the timing so they can plan; said this way it speeds a decision without sounding like pressure.',
  // The law where the candidate lives and where the job is.
  'compensation.law.codeNotGiven': 'not given',
  'compensation.law.placesOne':
    'Where you live: {{code}}; where the job is: not given, so we read the law where you live.',
  'compensation.law.placesTwo': 'Where you live: {{home}}; where the job is: {{job}}.',
  'compensation.law.named': '{{citation}}, the {{name}}',
  'compensation.law.salaryBanHere':
    "Don't offer your current pay. Under {{law}}, employers here may not ask about your pay history; if the question comes anyway, you may decline politely and give your expectations instead.",
  'compensation.law.salaryBanPlaced':
    "Don't offer your current pay. {{place|home:Where you live|other:Where the job is}} ({{code}}), under {{law}}, employers may not ask about your pay history; if the question comes anyway, you may decline politely and give your expectations instead.",
  'compensation.law.salaryBanEuHere':
    "Don't offer your current pay. Under {{law}}, employers may not ask applicants about their pay history once their country has written the directive into national law (the deadline was {{date}}); check that it has. If the question comes anyway, you may decline politely and give your expectations instead.",
  'compensation.law.salaryBanEuPlaced':
    "Don't offer your current pay. {{place|home:Where you live|other:Where the job is}} ({{code}}), under {{law}}, employers may not ask applicants about their pay history once their country has written the directive into national law (the deadline was {{date}}); check that it has. If the question comes anyway, you may decline politely and give your expectations instead.",
  'compensation.law.salaryRefusalHere':
    "Don't offer your current pay. The question is allowed here, but under {{citation}} an employer may not turn you down because you decline to answer; give your expectations instead.",
  'compensation.law.salaryRefusalPlaced':
    "Don't offer your current pay. The question is allowed {{place|home:where you live|other:where the job is}} ({{code}}), but under {{citation}} an employer may not turn you down because you decline to answer; give your expectations instead.",
  'compensation.law.salaryNone':
    "Don't offer your current pay unless you are explicitly required to: it pulls the offer toward what you earn today. If asked, steer to what you expect for this role.",
  'compensation.law.rowInForce':
    '{{citation}} ({{name}}), in force since {{date}}{{confidence|M: (medium confidence: our sources for this row are secondary or disagree)|L: (low confidence: treat this row as a lead to check)|other:}}.',
  'compensation.law.rowComing':
    '{{citation}} ({{name}}), not yet in force: it takes effect on {{date}}{{confidence|M: (medium confidence: our sources for this row are secondary or disagree)|L: (low confidence: treat this row as a lead to check)|other:}}.',
  'compensation.law.rowInForcePlaced':
    '{{place|home:Where you live|other:Where the job is}} ({{code}}): {{citation}} ({{name}}), in force since {{date}}{{confidence|M: (medium confidence: our sources for this row are secondary or disagree)|L: (low confidence: treat this row as a lead to check)|other:}}.',
  'compensation.law.rowComingPlaced':
    '{{place|home:Where you live|other:Where the job is}} ({{code}}): {{citation}} ({{name}}), not yet in force: it takes effect on {{date}}{{confidence|M: (medium confidence: our sources for this row are secondary or disagree)|L: (low confidence: treat this row as a lead to check)|other:}}.',
  'compensation.law.notInTableCode':
    '{{code}} is not in our table, so we cannot tell you what the law there says about pay-history questions or pay ranges. That is not a sign that asking is allowed: you still need not volunteer your current pay.',
  'compensation.law.notInTableNoCode':
    'Your jurisdiction is not in our table, so we cannot tell you what the law there says about pay-history questions or pay ranges. That is not a sign that asking is allowed: you still need not volunteer your current pay.',
  'compensation.law.notInTablePlaced':
    '{{place|home:Where you live|other:Where the job is}} ({{code}}): not in our table, so we cannot tell you what the law there says about pay-history questions or pay ranges. That is not a sign that asking is allowed: you still need not volunteer your current pay.',
  'compensation.law.reasonNoCode':
    'No jurisdiction was given, so we cannot say which pay-history or pay-transparency laws apply.',
  'compensation.law.reasonUnreadable':
    '{{code}} is not a jurisdiction code we can read (codes look like US-CA, US-NY-NYC, DE or EU), so it is not in our table.',
  'compensation.law.reasonUnknown':
    '{{code}} is not a {{part|country:country|other:jurisdiction}} code we know (expected {{expected}}), so nothing was looked up. Our table covers {{covered}}.',
  /** Between the codes searched, in `compensation.law.reasonNoRows` (`US-XX or US`). */
  'compensation.law.or': ' or ',
  'compensation.law.reasonNoRows':
    'Our table has no pay-history or pay-transparency law for {{chain}}. That does not mean none exists: check the rules where you would work.',
  'compensation.law.nationalLaw':
    'The EU Pay Transparency Directive (2023/970) reaches employers only once a member state writes it into national law, and countries are moving at different speeds; check where your country stands.',
  'compensation.law.postingHere':
    'Job ads here must show a pay range: find the one for this role and pitch your own range against its upper half.',
  'compensation.law.postingBoth':
    'Job ads in both places must show a pay range: find the one for this role and pitch your own range against its upper half.',
  'compensation.law.postingPlaced':
    'Job ads {{place|home:where you live|other:where the job is}} ({{code}}) must show a pay range: find the one for this role and pitch your own range against its upper half.',
  'compensation.law.rangeOnRequest':
    'You may ask for the pay range of this role; if you have not seen it, ask the recruiter before the pay conversation.',
  'compensation.law.disclaimer':
    'This is general information from our law table, not legal advice. Laws and their dates change; check the cited sources, or ask a lawyer when it matters.',
  'compensation.law.disclaimerReviewed':
    'This is general information from our law table (last reviewed {{date}}), not legal advice. Laws and their dates change; check the cited sources, or ask a lawyer when it matters.',
} as const satisfies Readonly<Record<`compensation.${string}`, string>>;

/**
 * The keys of {@link compensationTexts}.
 *
 * @category Text
 */
export type CompensationTextKey = keyof typeof compensationTexts;
