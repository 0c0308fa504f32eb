import type { Token } from '../text/index.js';
import {
  countQuoteStart,
  countSubject,
  directionOf,
  durationSubject,
  findSubject,
  markContext,
  openSubject,
  readModifiers,
  readPeriod,
  retractedBefore,
} from './context.js';
import type { CompiledLexicon, Mutable } from './internal.js';
import { type NumberReading, readNumber } from './numbers.js';
import type { Claim, ClaimPart, QuantityType } from './types.js';
import { readUnit, typeOf, type UnitReading } from './units.js';

export { findSubject, markContext, retractedBefore } from './context.js';

/** A claim before it is tied to a telling: token offsets instead of character offsets. */
export interface Draft
  extends Pick<
    Claim,
    | 'type'
    | 'subject'
    | 'part'
    | 'low'
    | 'high'
    | 'unit'
    | 'currency'
    | 'period'
    | 'signed'
    | 'bound'
    | 'categories'
    | 'label'
    | 'approximate'
    | 'range'
  > {
  /** First and one-past-last token of the quoted span. */
  readonly start: number;
  readonly end: number;
  /** A target, plan, negation or hypothetical: not a claim. */
  readonly nonClaim?: boolean;
  /** A value quoted from an earlier statement ("I said 30%"). */
  readonly quoted?: boolean;
  /** Where the quoted span starts when it should include more than the value ("team of 8"). */
  readonly quoteStart?: number;
  /** Canonical units per written unit (12 for years), to read a bare retracted number ("not 14"). */
  readonly unitFactor?: number;
}
const RELATIVE_AFTER = new Set(['ago', 'later']);
/** Words after which "a year" is a length of time; after anything else ("2M transactions a day") it is a rate. */
const ARTICLE_DURATION_LEADS = new Set([
  'in',
  'for',
  'over',
  'within',
  'took',
  'take',
  'takes',
  'taking',
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'after',
  'than',
  'spent',
  'lasted',
  'last',
  'under',
  'just',
  'only',
  'barely',
  'approximately',
  'some',
  'ran',
  'run',
  'during',
  'needed',
  'required',
  'was',
  'is',
  'been',
  'of',
  'like',
  'least',
  'most',
  'to',
  ',',
  '(',
]);
const UNIT_NAMES: Readonly<Record<QuantityType, string>> = {
  duration: 'months',
  date: 'month-index',
  percentage: 'percent',
  money: 'amount',
  count: 'count',
};
export function buildDraft(
  tokens: readonly Token[],
  type: QuantityType,
  draftLow: number,
  draftHigh: number,
  span: { start: number; end: number },
  unit: UnitReading,
  compiled: CompiledLexicon,
  extra: { part?: ClaimPart; range?: boolean; signless?: boolean; approximate?: boolean },
): Draft {
  const modifiers = readModifiers(tokens, span.start, span.end, type, compiled);
  let end = modifiers.end;
  const period = type === 'duration' ? undefined : readPeriod(tokens, end, compiled);
  const contextStart = retractedBefore(tokens, modifiers.start, compiled)?.start ?? modifiers.start;
  if (period !== undefined) end = period.end;
  const subject =
    type === 'count'
      ? countSubject(tokens, contextStart, span.end, unit, compiled)
      : type === 'duration'
        ? durationSubject(tokens, contextStart, end, compiled)
        : (findSubject(tokens, contextStart, end, type, compiled) ??
          openSubject(tokens, contextStart, end, compiled));
  let low = draftLow;
  let high = draftHigh;
  let signed: boolean | undefined;
  if (type === 'percentage' && extra.signless !== true) {
    const sign = unit.kind === 'multiplier' ? 1 : directionOf(tokens, contextStart, end, compiled);
    signed = sign !== 0;
    if (sign < 0) {
      low = -draftHigh;
      high = -draftLow;
    }
  }
  const draft: Mutable<Draft> = {
    type,
    low,
    high,
    unit: type === 'money' ? unit.currency || 'unknown' : UNIT_NAMES[type],
    approximate: modifiers.approximate || extra.approximate === true,
    range: extra.range === true,
    start: modifiers.start,
    end,
  };
  if (subject !== undefined) draft.subject = subject;
  if (extra.part !== undefined) draft.part = extra.part;
  if (type === 'money' && unit.currency) draft.currency = unit.currency;
  if (period !== undefined) draft.period = period.period;
  if (signed !== undefined) draft.signed = signed;
  if (modifiers.bound !== undefined) draft.bound = modifiers.bound;
  if (unit.factor !== 1) draft.unitFactor = unit.factor;
  if (type === 'count' && subject !== undefined) {
    const quoteStart = countQuoteStart(tokens, modifiers.start, compiled);
    if (quoteStart !== modifiers.start) draft.quoteStart = quoteStart;
  }
  markContext(draft, tokens, modifiers.start, compiled);
  return draft;
}
/** Adds a smaller duration joined by "and": "three years and four months" is 40 months, one claim. */
function withSmallerDuration(
  tokens: readonly Token[],
  unit: UnitReading,
  compiled: CompiledLexicon,
): UnitReading {
  if (tokens[unit.end]?.lower !== 'and') return unit;
  const extra = readNumber(tokens, unit.end + 1, compiled.lexicon);
  if (extra === undefined || extra.article) return unit;
  const extraUnit = readUnit(tokens, extra, compiled);
  if (extraUnit.kind !== 'duration' || extraUnit.factor >= unit.factor) return unit;
  return { ...unit, value: unit.value + extraUnit.value, end: extraUnit.end };
}
/** True when an article reading ("a year") is really a rate or a relative date, not a duration. */
function isArticleRate(tokens: readonly Token[], reading: NumberReading, previousEnd: number): boolean {
  if (!reading.article) return false;
  const before = tokens[reading.start - 1]?.lower ?? '';
  // Only a lead word makes it a length ("took a year"); "twice a year" or "per year" fall out here.
  if (before !== '' && !ARTICLE_DURATION_LEADS.has(before)) return true;
  if (reading.start === previousEnd) return true;
  return RELATIVE_AFTER.has(tokens[reading.end + 1]?.lower ?? '');
}
/**
 * Reads a quantity (with its range, change, hedge, bound, rate and subject) at `index`.
 * Returns the drafts and the index after it, or undefined when no number starts there.
 */
export function readQuantity(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
  previousEnd: number,
): { drafts: Draft[]; end: number } | undefined {
  const first = readNumber(tokens, index, compiled.lexicon);
  if (first === undefined) return undefined;
  if (compiled.labelWords.has(tokens[index - 1]?.lower ?? '')) return { drafts: [], end: first.end };
  if (isArticleRate(tokens, first, previousEnd)) return { drafts: [], end: first.end + 1 };
  if (RELATIVE_AFTER.has(tokens[first.end + 1]?.lower ?? '')) return { drafts: [], end: first.end + 2 };
  const previous = tokens[index - 1]?.lower;
  const isJoiner = (token: Token | undefined): boolean =>
    token !== undefined &&
    (['-', '–', '—', 'to'].includes(token.lower) || (previous === 'between' && token.lower === 'and'));
  // The joiner follows the number ("8 to 12%") or its unit word ("from eight percent to five percent").
  const ownUnit = readUnit(tokens, first, compiled);
  const unitJoin = isJoiner(tokens[first.end]) ? first.end : ownUnit.end;
  // "from 4.5% down to 3%": a particle of change may sit before the joiner.
  const particle = previous === 'from' && compiled.changeParticles.has(tokens[unitJoin]?.lower ?? '');
  const joinAt = particle ? unitJoin + 1 : unitJoin;
  const joiner = tokens[joinAt];
  const joins = isJoiner(joiner);
  const second = joins && !first.article ? readNumber(tokens, joinAt + 1, compiled.lexicon) : undefined;
  if (second !== undefined && !second.article) {
    const readSecond = readUnit(tokens, second, compiled);
    // "from four people to eleven": a bare second end counts what the first end counts.
    const secondUnit: UnitReading =
      readSecond.kind === 'none' && ownUnit.kind === 'count' && previous === 'from'
        ? { ...ownUnit, value: second.value, end: second.end }
        : readSecond;
    const firstUnit: UnitReading =
      ownUnit.kind === 'none'
        ? { ...secondUnit, value: first.value * secondUnit.factor, end: first.end }
        : ownUnit;
    // "grew the team from 3 to 12": two bare numbers after "from" are a count change when a count subject is near.
    const bareCountChange =
      previous === 'from' &&
      secondUnit.kind === 'none' &&
      ownUnit.kind === 'none' &&
      !first.article &&
      !second.article;
    const type = bareCountChange ? 'count' : typeOf(secondUnit.kind);
    const sameKind = firstUnit.kind === secondUnit.kind && firstUnit.currency === secondUnit.currency;
    if (type !== undefined && sameKind) {
      const isChange = previous === 'from' && type !== 'duration';
      if (isChange) {
        const fromDraft = buildDraft(
          tokens,
          type,
          firstUnit.value,
          firstUnit.value,
          { start: index, end: firstUnit.end },
          firstUnit,
          compiled,
          {
            part: 'from',
            signless: true,
          },
        );
        const builtTo = buildDraft(
          tokens,
          type,
          secondUnit.value,
          secondUnit.value,
          { start: second.start, end: secondUnit.end },
          secondUnit,
          compiled,
          {
            part: 'to',
            signless: true,
          },
        );
        // "from 40 up to 65": the end of a change is exact, "up to" is no bound here.
        const { bound: _bound, ...unbounded } = builtTo;
        const toDraft: Draft = particle ? unbounded : builtTo;
        const subject = fromDraft.subject ?? toDraft.subject;
        const withSubject = (draft: Draft): Draft => (subject === undefined ? draft : { ...draft, subject });
        if (type === 'count' && subject === undefined) return { drafts: [], end: secondUnit.end };
        return { drafts: [withSubject(fromDraft), withSubject(toDraft)], end: secondUnit.end };
      }
      if (secondUnit.value > firstUnit.value) {
        const draft = buildDraft(
          tokens,
          type,
          firstUnit.value,
          secondUnit.value,
          { start: index, end: secondUnit.end },
          secondUnit,
          compiled,
          {
            range: true,
          },
        );
        return { drafts: [draft], end: draft.end };
      }
    }
  }
  // "cut costs by a fifth": readUnit already reads a fraction after "by" as a share, a percentage.
  const unit = ownUnit.kind === 'duration' ? withSmallerDuration(tokens, ownUnit, compiled) : ownUnit;
  const type = typeOf(unit.kind) ?? 'count';
  if (
    unit.kind === 'none' &&
    (first.fraction || first.article || /^\d{4}$/.test(tokens[index]?.text ?? ''))
  ) {
    return { drafts: [], end: first.end };
  }
  const draft = buildDraft(
    tokens,
    type,
    unit.value,
    unit.value,
    { start: index, end: unit.end },
    unit,
    compiled,
    {
      approximate: first.approximate,
    },
  );
  if (type === 'count' && draft.subject === undefined) return { drafts: [], end: unit.end };
  return { drafts: [draft], end: draft.end };
}
/** Reads a multiplier word ("doubled", "halved") at index as a signed percentage change. */
export function readMultiplierWord(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
): Draft | undefined {
  const value = compiled.lexicon.multiplierWords[tokens[index]?.lower ?? ''];
  if (value === undefined) return undefined;
  const subject =
    findSubject(tokens, index, index + 1, 'percentage', compiled) ??
    openSubject(tokens, index, index + 1, compiled);
  const draft: Mutable<Draft> = {
    type: 'percentage',
    low: value,
    high: value,
    unit: 'percent',
    signed: true,
    approximate: false,
    range: false,
    start: index,
    end: index + 1,
  };
  if (subject !== undefined) draft.subject = subject;
  markContext(draft, tokens, index, compiled);
  return draft;
}
