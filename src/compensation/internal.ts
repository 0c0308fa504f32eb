import type { Compensation } from '../model/index.js';
import type { CompensationBriefLine, CompensationBriefSource } from './types.js';

/** A brief line with the guide section it rests on. */
export function line(
  id: string,
  text: string,
  source: CompensationBriefSource = 'seed#compensation',
): CompensationBriefLine {
  return { id, text, source };
}

// Building an Intl.NumberFormat costs far more than formatting with one: keep one per currency code. A pure
// memo (the same code always yields the same formatter), capped so odd user data cannot grow it without end.
const moneyFormats = new Map<string, Intl.NumberFormat>();
const MONEY_FORMATS_KEPT = 32;

function moneyFormatFor(currency: string): Intl.NumberFormat {
  let format = moneyFormats.get(currency);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 });
    if (moneyFormats.size < MONEY_FORMATS_KEPT) moneyFormats.set(currency, format);
  }
  return format;
}

/** An amount in its currency, US-style and without cents (`$180,000`, `€95,000`); never throws. */
export function formatMoney(amount: number, currency: string): string {
  try {
    return moneyFormatFor(currency).format(amount);
  } catch {
    return `${Math.round(amount)} ${currency}`;
  }
}

/** The calendar date an ISO date or date-time is written on (`2026-12-10T09:00:00-05:00` → `2026-12-10`). */
export function datePart(value: string): string {
  return value.slice(0, 10);
}

/** A number of weeks without trailing decimals (`6`, `5.5`). */
export function formatWeeks(weeks: number): string {
  const rounded = Math.round(weeks * 10) / 10;
  return `${rounded} week${rounded === 1 ? '' : 's'}`;
}

type Range = NonNullable<Compensation['range']>;

function basisWords(range: Range): string {
  return range.basis === 'base' ? 'base salary' : 'total compensation';
}

/** The pay script and the warnings about the range that feeds it. */
export function buildScript(compensation: Compensation | undefined): {
  script: CompensationBriefLine[];
  warnings: CompensationBriefLine[];
} {
  const range = compensation?.range;
  const warnings: CompensationBriefLine[] = [];
  const deflect = line(
    'deflect-once',
    'If they push for a single figure, hold it back once and ask about the whole package instead: "Before I put one number on it, could you walk me through the full package: base, bonus, equity and benefits?"',
  );
  if (range === undefined) {
    warnings.push(
      line(
        'range-missing',
        'No pay range is set. Research what this role and level pay and settle on a range before round two; walking in without one invites you to name a number on the spot.',
      ),
    );
    return {
      script: [
        line(
          'range-anchor',
          'If they ask what you expect, answer with a researched range rather than one number, pitched so its bottom still sits comfortably above your floor.',
        ),
        deflect,
        line('top-of-range', 'If they push a second time, give the top end of your range.'),
      ],
      warnings,
    };
  }
  const low = Math.min(range.min, range.max);
  const high = Math.max(range.min, range.max);
  if (range.min > range.max) {
    warnings.push(
      line(
        'range-inverted',
        `Your range runs from ${formatMoney(range.min, range.currency)} down to ${formatMoney(range.max, range.currency)}; we read it the other way round. Fix the order in your notes.`,
      ),
    );
  }
  if (low === high) {
    warnings.push(
      line(
        'range-single-number',
        `Your range is a single number (${formatMoney(high, range.currency)}). Give it some width, with this figure near the top: one number leaves no room once they push.`,
      ),
    );
  }
  if (compensation?.researched !== true) {
    warnings.push(
      line(
        'range-not-researched',
        'Your range is not marked as researched. Check it against salary data for this role, level and location so you can say where it comes from.',
      ),
    );
  }
  const walkAway = compensation?.walkAway;
  if (walkAway !== undefined && walkAway > low) {
    warnings.push(
      line(
        'range-below-walk-away',
        `The bottom of your range (${formatMoney(low, range.currency)}) is below your walk-away number (${formatMoney(walkAway, range.currency)}). Raise the bottom so that naming the range never offers less than you would accept.`,
      ),
    );
  }
  const figures =
    low === high
      ? `around ${formatMoney(high, range.currency)}`
      : `${formatMoney(low, range.currency)} to ${formatMoney(high, range.currency)}`;
  const words = basisWords(range);
  return {
    script: [
      line(
        'range-anchor',
        `If they ask what you expect, answer with your researched range, not one number: "From what I've seen for this role and level, I'm looking at ${figures} in ${words}." A range pitched high sets the anchor without revealing your floor.`,
      ),
      deflect,
      line(
        'top-of-range',
        `If they push a second time, name the top of your range: ${formatMoney(high, range.currency)} in ${words}. The detailed negotiation waits for an actual offer.`,
      ),
    ],
    warnings,
  };
}

/** When the candidate can start, and whether to raise it now. */
export function buildStartDateLine(compensation: Compensation | undefined): CompensationBriefLine {
  const weeks = compensation?.noticePeriodWeeks;
  const earliest = compensation?.earliestStart;
  const earliestWords = earliest === undefined ? '' : ` Your earliest start is ${datePart(earliest)}.`;
  if (weeks === undefined) {
    return line(
      'start-date',
      `Expect a question about when you could start: two to four weeks after accepting is the usual answer. Work out your notice period and any time off you have planned; if together they run past four weeks, say so in this round.${earliestWords}`,
    );
  }
  if (weeks > 4) {
    return line(
      'start-date',
      `Your notice period is ${formatWeeks(weeks)}, longer than the usual two to four. Mention it now, in round two, so the start date is no surprise when the offer comes.${earliestWords}`,
    );
  }
  return line(
    'start-date',
    `Two to four weeks after accepting is the usual start, and your ${formatWeeks(weeks)} of notice fits inside it.${earliestWords}`,
  );
}

/** How to speak about relocation without promising more than the candidate means. */
export function buildRelocationLine(compensation: Compensation | undefined): CompensationBriefLine {
  switch (compensation?.relocation) {
    case 'yes':
      return line(
        'relocation',
        'You are willing to move; even so, agree in principle only and keep the details (support, timing) for the offer stage rather than committing now.',
      );
    case 'no':
      return line(
        'relocation',
        'You will not relocate: if the role needs it, say so plainly and early rather than letting them assume otherwise.',
      );
    case 'open-in-principle':
      return line(
        'relocation',
        'If relocation comes up, say you are open to it in principle and would want to see the package and the timing before committing.',
      );
    default:
      return line(
        'relocation',
        'Decide where you stand on relocation before round two. If it comes up and you are unsure, stay open in principle and ask about package and timing; agreeing to a move you may not want is worse than holding back.',
      );
  }
}

/** How to state the preferred work mode. */
export function buildWorkModeLine(compensation: Compensation | undefined): CompensationBriefLine {
  const mode = compensation?.workMode;
  if (mode === undefined) {
    return line(
      'work-mode',
      'Settle your real preference between remote, hybrid and on-site before round two; for remote or hybrid roles this is often when it is discussed.',
    );
  }
  if (mode === 'flexible') {
    return line(
      'work-mode',
      'You are flexible on where you work: say so, and name anything you would still need, so flexibility is not read as having no preference.',
    );
  }
  return line(
    'work-mode',
    `State your preference for ${mode} work clearly, and show flexibility only where you truly have it.`,
  );
}
