import { formatMoney } from '../internal/money.js';
import type { Compensation } from '../model/index.js';
import type { NoticeNorm } from './notice.js';
import type { CompensationBriefLine, CompensationBriefSource } from './types.js';

/** A brief line with the guide section it rests on. */
export function line(
  id: string,
  text: string,
  source: CompensationBriefSource = 'seed#compensation',
): CompensationBriefLine {
  return { id, text, source };
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

/** Below this width (top minus bottom, as a share of the top) a range sounds like one number. */
export const NARROW_RANGE_SHARE = 0.05;
/** Above this width (top minus bottom, as a share of the bottom) a range invites an offer at its bottom. */
export const WIDE_RANGE_SHARE = 0.3;

/** The shapes of range the script is written for. */
type RangeShape = 'single' | 'narrow' | 'ordinary' | 'wide';

function shapeOf(low: number, high: number): RangeShape {
  if (low === high) return 'single';
  if (high > 0 && (high - low) / high < NARROW_RANGE_SHARE) return 'narrow';
  if (low === 0 || (high - low) / low > WIDE_RANGE_SHARE) return 'wide';
  return 'ordinary';
}

/** What the figures count, after "in": `base salary` or `total compensation`. */
function basisWords(range: Range): string {
  return range.basis === 'base' ? 'base salary' : 'total compensation';
}

/** The same, with what it leaves in or out, for the spoken answer. */
function basisSpoken(range: Range): string {
  return range.basis === 'base'
    ? 'base salary, before bonus and equity'
    : 'total compensation, base, bonus and equity together';
}

function hasCurrency(range: Range): boolean {
  return typeof range.currency === 'string' && range.currency.trim() !== '';
}

const PACKAGE_QUESTION = 'could you walk me through the full package: base, bonus, equity and benefits?';

const DEFLECT_RANGE = line(
  'deflect-once',
  `If they push for one figure, hold it back once and ask about the whole package instead: "Before I put one number on it, ${PACKAGE_QUESTION}"`,
);

const DEFLECT_SINGLE = line(
  'deflect-once',
  `If they press you to go lower or to commit, hold your figure once and ask about the whole package instead: "Before we settle on a number, ${PACKAGE_QUESTION}"`,
);

/** The warnings about a range's shape, currency, research and walk-away number, in that order. */
function rangeWarnings(
  compensation: Compensation,
  range: Range,
  low: number,
  high: number,
): CompensationBriefLine[] {
  const money = (amount: number) => formatMoney(amount, range.currency);
  const warnings: CompensationBriefLine[] = [];
  if (range.min > range.max) {
    warnings.push(
      line(
        'range-inverted',
        `Your range runs from ${money(range.min)} down to ${money(range.max)}; we read it the other way round. Fix the order in your notes.`,
      ),
    );
  }
  const shape = shapeOf(low, high);
  if (shape === 'single') {
    warnings.push(
      line(
        'range-single-number',
        `Your range is a single number (${money(high)}). Give it some width, with this figure near the top: one number leaves no room once they push.`,
      ),
    );
  } else if (shape === 'narrow') {
    warnings.push(
      line(
        'range-narrow',
        `Your range is only ${money(high - low)} wide, under ${Math.round(NARROW_RANGE_SHARE * 100)}% of its top (${money(high)}): heard aloud it sounds like one number, and offers tend to land at its bottom. Make sure ${money(low)} is a figure you would be glad to accept.`,
      ),
    );
  } else if (shape === 'wide') {
    const above =
      low === 0 ? '' : ` is ${Math.round(((high - low) / low) * 100)}% above its bottom (${money(low)})`;
    warnings.push(
      line(
        'range-wide',
        `Your range is wide: its top (${money(high)})${above === '' ? ` is far above its bottom (${money(low)})` : above}. Offers tend to land near the bottom of the range you name, so narrow it to a band whose bottom you would be glad to accept.`,
      ),
    );
  }
  if (!hasCurrency(range)) {
    warnings.push(
      line(
        'range-currency-missing',
        'Your range has no currency. Add its ISO code (USD, EUR, GBP…) so every figure in this brief means one thing.',
      ),
    );
  }
  if (compensation.researched !== true) {
    warnings.push(
      line(
        'range-not-researched',
        'Your range is not marked as researched. Check it against salary data for this role, level and location so you can say where it comes from.',
      ),
    );
  }
  const walkAway = compensation.walkAway;
  if (walkAway !== undefined && walkAway > low) {
    warnings.push(
      line(
        'range-below-walk-away',
        `The bottom of your range (${money(low)}) is below your walk-away number (${money(walkAway)}). Raise the bottom so that naming the range never offers less than you would accept.`,
      ),
    );
  }
  return warnings;
}

/**
 * The pay script and the warnings about the range that feeds it. The script follows the shape of the
 * range: a true range is stated, defended once, then topped; a single figure is stated as a target and
 * held, never called a range; a narrow or wide range keeps the range script and gets a warning.
 */
export function buildScript(compensation: Compensation | undefined): {
  script: CompensationBriefLine[];
  warnings: CompensationBriefLine[];
} {
  const range = compensation?.range;
  if (compensation === undefined || range === undefined) {
    return {
      script: [
        line(
          'range-anchor',
          'If they ask what you expect, answer with a researched range rather than a single figure, pitched so its bottom still sits comfortably above your floor.',
        ),
        DEFLECT_RANGE,
        line('top-of-range', 'If they push a second time, give the top end of your range.'),
      ],
      warnings: [
        line(
          'range-missing',
          'No pay range is set. Research what this role and level pay and settle on a range before round two; walking in without one invites you to name a number on the spot.',
        ),
      ],
    };
  }
  const low = Math.min(range.min, range.max);
  const high = Math.max(range.min, range.max);
  const warnings = rangeWarnings(compensation, range, low, high);
  const money = (amount: number) => formatMoney(amount, range.currency);
  const closing = 'The detailed negotiation waits for an actual offer.';
  if (low === high) {
    return {
      script: [
        line(
          'range-anchor',
          `Your range is one figure, so until you widen it, give that figure as your target rather than calling it a range: "From what I've seen for this role and level, I'm targeting ${money(high)} in ${basisSpoken(range)}."`,
        ),
        DEFLECT_SINGLE,
        line(
          'top-of-range',
          `If they push a second time, repeat the same figure, ${money(high)} in ${basisWords(range)}, rather than dropping below it. ${closing}`,
        ),
      ],
      warnings,
    };
  }
  return {
    script: [
      line(
        'range-anchor',
        `If they ask what you expect, answer with your researched range rather than a single figure: "From what I've seen for this role and level, I'm looking at ${money(low)} to ${money(high)} in ${basisSpoken(range)}." A range pitched high sets the anchor without revealing your floor.`,
      ),
      DEFLECT_RANGE,
      line(
        'top-of-range',
        `If they push a second time, name the top of your range: ${money(high)} in ${basisWords(range)}. ${closing}`,
      ),
    ],
    warnings,
  };
}

/** When the candidate can start, and whether to raise it now, by the notice norm where they work now. */
export function buildStartDateLine(
  compensation: Compensation | undefined,
  norm: NoticeNorm | undefined,
): CompensationBriefLine {
  const weeks = compensation?.noticePeriodWeeks;
  const earliest = compensation?.earliestStart;
  const earliestWords = earliest === undefined ? '' : ` Your earliest start is ${datePart(earliest)}.`;
  if (norm !== undefined) {
    if (weeks === undefined) {
      return line(
        'start-date',
        `Expect a question about when you could start. In ${norm.name} a notice period of ${norm.words} is usual: work out yours and any time off you have planned, and say it in this round.${earliestWords}`,
      );
    }
    if (weeks > norm.maxWeeks) {
      return line(
        'start-date',
        `Your notice period is ${formatWeeks(weeks)}, longer than the ${norm.words} usual in ${norm.name}. Mention it now, in round two, so the start date is no surprise when the offer comes.${earliestWords}`,
      );
    }
    return line(
      'start-date',
      `In ${norm.name} a notice period of ${norm.words} is usual, so your ${formatWeeks(weeks)} will not surprise them. Still say it now, in round two, so the start date is settled before an offer.${earliestWords}`,
    );
  }
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
