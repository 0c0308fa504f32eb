import type { Candidacy, Offer } from '../model/index.js';
import { dayOf, line, type PayWording } from './internal.js';
import type { CompensationBriefLine, OfferComparison, OfferComparisonRow } from './types.js';

function normalizeCompany(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** True when the offer comes from another company than the one the candidate is interviewing with. */
export function isCompetingOffer(offer: Offer, targetCompany: string): boolean {
  return normalizeCompany(offer.company) !== normalizeCompany(targetCompany);
}

function cell(w: PayWording, amount: number | undefined, currency: string): string {
  return amount === undefined ? w.say('compensation.offers.notStated') : w.money(amount, currency);
}

/** The listed offers that carry a package, side by side; `undefined` when there are none. */
export function buildOfferComparison(w: PayWording, candidacy: Candidacy): OfferComparison | undefined {
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
          base: cell(w, terms.base, terms.currency),
          bonus: cell(w, terms.bonus, terms.currency),
          equity: cell(w, terms.equity, terms.currency),
          benefits:
            terms.benefits === undefined || terms.benefits.trim() === ''
              ? w.say('compensation.offers.notStated')
              : terms.benefits,
        },
        expectedBy: offer.expectedBy,
        deadline: offer.deadline,
      },
    ];
  });
  if (rows.length === 0) return undefined;
  const sameCurrency = rows.every((row) => row.currency === rows[0]?.currency);
  const note = w.say('compensation.offers.note');
  return {
    rows,
    sameCurrency,
    note: line(
      'offer-comparison',
      sameCurrency ? note : `${note} ${w.say('compensation.offers.currencies')}`,
      'seed#after',
    ),
  };
}

/** One listed offer as the competing-offer line names it: the company and when the offer came or comes. */
function offerNamed(w: PayWording, offer: Offer): string {
  const company = offer.company;
  if (offer.status === 'received') {
    return offer.deadline === undefined
      ? w.say('compensation.competing.received', { company })
      : w.say('compensation.competing.receivedBy', { company, date: dayOf(w, offer.deadline) });
  }
  const by = offer.expectedBy ?? offer.deadline;
  return by === undefined
    ? w.say('compensation.competing.expected', { company })
    : w.say('compensation.competing.expectedBy', { company, date: dayOf(w, by) });
}

/** Whether and how to mention a competing offer; never suggests one that is not listed. */
export function buildCompetingOfferLine(w: PayWording, candidacy: Candidacy): CompensationBriefLine {
  const target = candidacy.candidate.targetRole.company;
  const competing = (candidacy.pipeline?.offers ?? []).filter(
    (offer) =>
      isCompetingOffer(offer, target) && (offer.status === 'expected' || offer.status === 'received'),
  );
  const first = competing[0];
  if (first === undefined) return line('competing-offer', w.say('compensation.competing.none'), 'seed#after');
  const offers = competing.map((offer) => offerNamed(w, offer)).join('; ');
  const date = first.status === 'received' ? first.deadline : (first.expectedBy ?? first.deadline);
  const timing =
    date === undefined
      ? w.say('compensation.competing.noDate')
      : w.say('compensation.competing.tell', { date: dayOf(w, date) });
  return line(
    'competing-offer',
    `${w.say('compensation.competing.listed', { offers })} ${timing}`,
    'seed#after',
  );
}
