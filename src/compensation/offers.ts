import { formatMoney } from '../internal/money.js';
import type { Candidacy, Offer } from '../model/index.js';
import { datePart, line } from './internal.js';
import type { CompensationBriefLine, OfferComparison, OfferComparisonRow } from './types.js';

function normalizeCompany(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** True when the offer comes from another company than the one the candidate is interviewing with. */
export function isCompetingOffer(offer: Offer, targetCompany: string): boolean {
  return normalizeCompany(offer.company) !== normalizeCompany(targetCompany);
}

function cell(amount: number | undefined, currency: string): string {
  return amount === undefined ? 'not stated' : formatMoney(amount, currency);
}

/** The listed offers that carry a package, side by side; `undefined` when there are none. */
export function buildOfferComparison(candidacy: Candidacy): OfferComparison | undefined {
  const target = candidacy.candidate.targetRole.company;
  const rows: OfferComparisonRow[] = (candidacy.pipeline?.offers ?? []).flatMap((offer) => {
    const terms = offer.package;
    if (terms === undefined) return [];
    return [
      {
        company: offer.company,
        status: offer.status,
        competing: isCompetingOffer(offer, target),
        currency: terms.currency,
        base: terms.base,
        bonus: terms.bonus,
        equity: terms.equity,
        benefits: terms.benefits,
        display: {
          base: cell(terms.base, terms.currency),
          bonus: cell(terms.bonus, terms.currency),
          equity: cell(terms.equity, terms.currency),
          benefits:
            terms.benefits === undefined || terms.benefits.trim() === '' ? 'not stated' : terms.benefits,
        },
        expectedBy: offer.expectedBy,
        deadline: offer.deadline,
      },
    ];
  });
  if (rows.length === 0) return undefined;
  const sameCurrency = rows.every((row) => row.currency === rows[0]?.currency);
  const currencyNote = sameCurrency
    ? ''
    : ' The offers are in different currencies and are not converted: compare them at a rate you trust.';
  return {
    rows,
    sameCurrency,
    note: line(
      'offer-comparison',
      `Only the offers you listed are compared, each on base, bonus, equity and benefits; nothing is filled in that you did not give.${currencyNote}`,
      'seed#after',
    ),
  };
}

function offerTiming(offer: Offer): string {
  if (offer.status === 'received') {
    return offer.deadline === undefined
      ? 'already received'
      : `received, with a deadline of ${datePart(offer.deadline)}`;
  }
  const by = offer.expectedBy ?? offer.deadline;
  return by === undefined ? 'expected, date not given' : `expected by ${datePart(by)}`;
}

/** Whether and how to mention a competing offer; never suggests one that is not listed. */
export function buildCompetingOfferLine(candidacy: Candidacy): CompensationBriefLine {
  const target = candidacy.candidate.targetRole.company;
  const competing = (candidacy.pipeline?.offers ?? []).filter(
    (offer) =>
      isCompetingOffer(offer, target) && (offer.status === 'expected' || offer.status === 'received'),
  );
  const first = competing[0];
  if (first === undefined) {
    return line(
      'competing-offer',
      'No live offer from another company is listed, so do not hint at one: recruiters spot bluffs, and being caught costs far more than waiting. Keep your other processes moving instead; that is your real leverage.',
      'seed#after',
    );
  }
  const listed = competing.map((offer) => `${offer.company} (${offerTiming(offer)})`).join('; ');
  const date = first.status === 'received' ? first.deadline : (first.expectedBy ?? first.deadline);
  const timing =
    date === undefined
      ? 'Add the date you expect to decide, so you can give them the timing.'
      : `Tell the recruiter, calmly and after round two, that you are in late stages elsewhere with an offer due by ${datePart(date)}, that this role is the one you most want (if it is), and that you are sharing the timing so they can plan; said this way it speeds a decision without sounding like pressure.`;
  return line('competing-offer', `Listed competing offer: ${listed}. ${timing}`, 'seed#after');
}
