import type { Wording } from '../i18n/wording.js';
import type { Compensation } from '../model/index.js';
import type { NoticeNorm } from './notice.js';
import type { CompensationTextKey } from './texts.js';
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

/** Weeks to a tenth, as the start-date line says them (`6`, `5.5`). */
export function roundWeeks(weeks: number): number {
  return Math.round(weeks * 10) / 10;
}

/** The wording of the pay brief: its texts in the chosen language, with the locale's formatters. */
export type PayWording = Wording<CompensationTextKey>;

const longDays = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar day as the brief writes it: the ISO date in English (as it always has), the locale's long date
 * elsewhere (`7. Juni 2026`). Never throws; a value that is no ISO date is written as it is.
 */
export function dayOf(w: PayWording, value: string): string {
  const iso = datePart(value);
  if (/^en(?:-|$)/i.test(w.locale)) return iso;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return iso;
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(utc.getTime())) return iso;
  let format = longDays.get(w.locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(w.locale, { dateStyle: 'long', timeZone: 'UTC' });
    if (longDays.size < 64) longDays.set(w.locale, format);
  }
  return format.format(utc);
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

function hasCurrency(range: Range): boolean {
  return typeof range.currency === 'string' && range.currency.trim() !== '';
}

/** The warnings about a range's shape, currency, research and walk-away number, in that order. */
function rangeWarnings(
  w: PayWording,
  compensation: Compensation,
  range: Range,
  low: number,
  high: number,
): CompensationBriefLine[] {
  const money = (amount: number) => w.money(amount, range.currency);
  const warnings: CompensationBriefLine[] = [];
  if (range.min > range.max) {
    warnings.push(
      line(
        'range-inverted',
        w.say('compensation.warning.rangeInverted', { min: money(range.min), max: money(range.max) }),
      ),
    );
  }
  const shape = shapeOf(low, high);
  if (shape === 'single') {
    warnings.push(
      line('range-single-number', w.say('compensation.warning.rangeSingle', { high: money(high) })),
    );
  } else if (shape === 'narrow') {
    warnings.push(
      line(
        'range-narrow',
        w.say('compensation.warning.rangeNarrow', {
          width: money(high - low),
          share: Math.round(NARROW_RANGE_SHARE * 100),
          high: money(high),
          low: money(low),
        }),
      ),
    );
  } else if (shape === 'wide') {
    warnings.push(
      line(
        'range-wide',
        low === 0
          ? w.say('compensation.warning.rangeWideFromZero', { high: money(high), low: money(low) })
          : w.say('compensation.warning.rangeWide', {
              high: money(high),
              share: Math.round(((high - low) / low) * 100),
              low: money(low),
            }),
      ),
    );
  }
  if (!hasCurrency(range)) {
    warnings.push(line('range-currency-missing', w.say('compensation.warning.currencyMissing')));
  }
  if (compensation.researched !== true) {
    warnings.push(line('range-not-researched', w.say('compensation.warning.notResearched')));
  }
  const walkAway = compensation.walkAway;
  if (walkAway !== undefined && walkAway > low) {
    warnings.push(
      line(
        'range-below-walk-away',
        w.say('compensation.warning.belowWalkAway', { low: money(low), walkAway: money(walkAway) }),
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
export function buildScript(
  w: PayWording,
  compensation: Compensation | undefined,
): {
  script: CompensationBriefLine[];
  warnings: CompensationBriefLine[];
} {
  const range = compensation?.range;
  if (compensation === undefined || range === undefined) {
    return {
      script: [
        line('range-anchor', w.say('compensation.script.anchorNoRange')),
        line('deflect-once', w.say('compensation.script.deflectRange')),
        line('top-of-range', w.say('compensation.script.topNoRange')),
      ],
      warnings: [line('range-missing', w.say('compensation.warning.rangeMissing'))],
    };
  }
  const low = Math.min(range.min, range.max);
  const high = Math.max(range.min, range.max);
  const warnings = rangeWarnings(w, compensation, range, low, high);
  const values = {
    low: w.money(low, range.currency),
    high: w.money(high, range.currency),
    basis: range.basis === 'base' ? 'base' : 'total',
  };
  if (low === high) {
    return {
      script: [
        line('range-anchor', w.say('compensation.script.anchorSingle', values)),
        line('deflect-once', w.say('compensation.script.deflectSingle')),
        line('top-of-range', w.say('compensation.script.topSingle', values)),
      ],
      warnings,
    };
  }
  return {
    script: [
      line('range-anchor', w.say('compensation.script.anchorRange', values)),
      line('deflect-once', w.say('compensation.script.deflectRange')),
      line('top-of-range', w.say('compensation.script.topRange', values)),
    ],
    warnings,
  };
}

/** When the candidate can start, and whether to raise it now, by the notice norm where they work now. */
export function buildStartDateLine(
  w: PayWording,
  compensation: Compensation | undefined,
  norm: NoticeNorm | undefined,
): CompensationBriefLine {
  const given = compensation?.noticePeriodWeeks;
  const earliest = compensation?.earliestStart;
  const said = (text: string): CompensationBriefLine =>
    line(
      'start-date',
      earliest === undefined
        ? text
        : `${text} ${w.say('compensation.start.earliest', { date: dayOf(w, earliest) })}`,
    );
  const weeks = given === undefined ? undefined : roundWeeks(given);
  if (norm !== undefined) {
    const values = { country: norm.name, span: norm.words, ...(weeks === undefined ? {} : { weeks }) };
    if (given === undefined) return said(w.say('compensation.start.normAsk', values));
    if (given > norm.maxWeeks) return said(w.say('compensation.start.normLonger', values));
    return said(w.say('compensation.start.normFits', values));
  }
  if (given === undefined) return said(w.say('compensation.start.ask'));
  if (given > 4) return said(w.say('compensation.start.longer', { weeks }));
  return said(w.say('compensation.start.fits', { weeks }));
}

/** How to speak about relocation without promising more than the candidate means. */
export function buildRelocationLine(
  w: PayWording,
  compensation: Compensation | undefined,
): CompensationBriefLine {
  switch (compensation?.relocation) {
    case 'yes':
      return line('relocation', w.say('compensation.relocation.yes'));
    case 'no':
      return line('relocation', w.say('compensation.relocation.no'));
    case 'open-in-principle':
      return line('relocation', w.say('compensation.relocation.open'));
    default:
      return line('relocation', w.say('compensation.relocation.undecided'));
  }
}

/** How to state the preferred work mode. */
export function buildWorkModeLine(
  w: PayWording,
  compensation: Compensation | undefined,
): CompensationBriefLine {
  const mode = compensation?.workMode;
  if (mode === undefined) return line('work-mode', w.say('compensation.workMode.undecided'));
  if (mode === 'flexible') return line('work-mode', w.say('compensation.workMode.flexible'));
  return line('work-mode', w.say('compensation.workMode.stated', { mode }));
}
