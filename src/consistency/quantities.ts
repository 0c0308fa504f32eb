import { type CompiledLexicon, findLeft, findRight, isPunctuationBreak, type Mutable } from './internal.js';
import { type NumberReading, readAndAHalf, readNumber } from './numbers.js';
import type { Token } from './tokenize.js';
import type { ClaimPart, ClaimType, QuantityType } from './types.js';

/** A claim before it is tied to a telling: token offsets instead of character offsets. */
export interface Draft {
  readonly type: ClaimType;
  readonly subject?: string;
  readonly part?: ClaimPart;
  readonly lo: number;
  readonly hi: number;
  readonly unit: string;
  readonly currency?: string;
  readonly period?: string;
  readonly signed?: boolean;
  readonly bound?: 'atLeast' | 'atMost';
  readonly categories?: readonly string[];
  readonly label?: string;
  readonly approximate: boolean;
  readonly range: boolean;
  /** First and one-past-last token of the quoted span. */
  readonly start: number;
  readonly end: number;
  /** A target, plan, negation or hypothetical: not a claim. */
  readonly nonClaim?: boolean;
  /** A value quoted from an earlier statement ("I said 30%"). */
  readonly quoted?: boolean;
  /** Canonical units per written unit (12 for years), to read a bare retracted number ("not 14"). */
  readonly unitFactor?: number;
}

type UnitKind = 'percentage' | 'multiplier' | 'money' | 'duration' | 'count' | 'share' | 'none';

interface UnitReading {
  readonly kind: UnitKind;
  readonly value: number;
  readonly end: number;
  readonly factor: number;
  readonly currency?: string;
  readonly subject?: string;
}

const NONE_SUFFIXES_ALLOWED = new Set(['%', 'pp', 'x']);
const AFTER_COUNT_OK = new Set([
  'of',
  'on',
  'in',
  'at',
  'for',
  'with',
  'to',
  'from',
  'by',
  'and',
  'or',
  'over',
  'across',
]);
const COUNT_LINKS = new Set([
  'of',
  'was',
  'is',
  'were',
  'at',
  'to',
  'grew',
  'reached',
  'size',
  'sized',
  'hit',
]);
const RATE_ARTICLES = new Set(['a', 'an', 'per', 'each', 'every', '/']);
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
const GENERIC_COUNT_NOUNS = new Set([
  'people',
  'person',
  'staff',
  'members',
  'employees',
  'fte',
  'ftes',
  'engineers',
]);

function currencyBefore(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
): string | undefined {
  const previous = tokens[index - 1];
  if (previous === undefined) return undefined;
  return compiled.lexicon.currencySymbols[previous.text] ?? compiled.lexicon.currencyWords[previous.lower];
}

function countNounAt(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
): { subject: string; end: number } | undefined {
  for (let offset = 0; offset <= 1; offset++) {
    const found = compiled.subjects.count.matchAt(tokens, index + offset);
    if (found !== undefined) return { subject: found.value, end: index + offset + found.length };
    const token = tokens[index + offset];
    if (token === undefined || token.kind !== 'word' || AFTER_COUNT_OK.has(token.lower)) return undefined;
  }
  return undefined;
}

function readUnit(tokens: readonly Token[], reading: NumberReading, compiled: CompiledLexicon): UnitReading {
  const lexicon = compiled.lexicon;
  let end = reading.end;
  const none: UnitReading = { kind: 'none', value: reading.value, end, factor: 1 };
  if (reading.suffix === '%' || reading.suffix === 'pp')
    return { kind: 'percentage', value: reading.value, end, factor: 1 };
  if (reading.suffix === 'x') return { kind: 'multiplier', value: (reading.value - 1) * 100, end, factor: 1 };
  if (reading.suffix !== undefined && !NONE_SUFFIXES_ALLOWED.has(reading.suffix)) return none;
  const percent = compiled.percentWords.matchAt(tokens, end);
  if (percent !== undefined)
    return { kind: 'percentage', value: reading.value, end: end + percent.length, factor: 1 };
  const next = tokens[end]?.lower ?? '';
  if (
    (next === 'times' || next === 'fold') &&
    findLeft(tokens, reading.start, 3, compiled.direction, compiled)
  ) {
    return { kind: 'multiplier', value: (reading.value - 1) * 100, end: end + 1, factor: 1 };
  }
  const symbolCurrency = reading.symbol === undefined ? undefined : lexicon.currencySymbols[reading.symbol];
  const currency = symbolCurrency ?? currencyBefore(tokens, reading.start, compiled);
  const wordCurrency = lexicon.currencyWords[next];
  if (currency !== undefined || wordCurrency !== undefined) {
    if (wordCurrency !== undefined) end += 1;
    return { kind: 'money', value: reading.value, end, factor: 1, currency: currency ?? wordCurrency ?? '' };
  }
  let unitWord = reading.gluedUnit;
  if (unitWord === undefined && tokens[end]?.text === '-' && tokens[end + 1]?.kind === 'word') {
    const glued = tokens[end + 1]!.lower;
    if (lexicon.durationUnits[glued] !== undefined || glued === 'person' || glued === 'people') {
      unitWord = glued;
      end += 2;
    }
  }
  if (unitWord === 'person' || unitWord === 'people') {
    const noun = countNounAt(tokens, end, compiled);
    return {
      kind: 'count',
      value: reading.value,
      end: noun?.end ?? end,
      factor: 1,
      subject: noun?.subject ?? 'team',
    };
  }
  if (unitWord === undefined && lexicon.durationUnits[next] !== undefined) {
    unitWord = next;
    end += 1;
  }
  const factor = unitWord === undefined ? undefined : lexicon.durationUnits[unitWord];
  if (factor !== undefined) {
    let value = reading.value;
    const half = readAndAHalf(tokens, end);
    if (half > 0) {
      value += 0.5;
      end += half;
    }
    return { kind: 'duration', value: value * factor, end, factor };
  }
  if (reading.fraction) {
    const previous = tokens[reading.start - 1]?.lower;
    const isHalf = tokens[reading.end - 1]?.lower === 'half';
    if (previous === 'by' || next === 'of' || (previous === 'in' && isHalf)) {
      return { kind: 'share', value: reading.value * 100, end, factor: 1 };
    }
    if (tokens[reading.end - 1]?.lower === 'quarter') return { kind: 'duration', value: 3, end, factor: 3 };
    return none;
  }
  const noun = countNounAt(tokens, end, compiled);
  if (noun !== undefined)
    return { kind: 'count', value: reading.value, end: noun.end, factor: 1, subject: noun.subject };
  return none;
}

function typeOf(kind: UnitKind): QuantityType | undefined {
  switch (kind) {
    case 'percentage':
    case 'multiplier':
    case 'share':
      return 'percentage';
    case 'money':
      return 'money';
    case 'duration':
      return 'duration';
    case 'count':
      return 'count';
    default:
      return undefined;
  }
}

/** The subject of a quantity: the nearest subject word of that type, left first on ties. */
export function findSubject(
  tokens: readonly Token[],
  start: number,
  end: number,
  type: QuantityType,
  compiled: CompiledLexicon,
): string | undefined {
  const matcher = compiled.subjects[type];
  const left = findLeft(tokens, start, 6, matcher, compiled);
  const right = findRight(tokens, end, 4, matcher, compiled);
  if (left !== undefined && (right === undefined || left.distance <= right.distance)) return left.value;
  return right?.value;
}

function countSubject(
  tokens: readonly Token[],
  start: number,
  end: number,
  unit: UnitReading,
  compiled: CompiledLexicon,
) {
  if (findLeft(tokens, start, 3, compiled.hireVerbs, compiled) !== undefined) return 'hires';
  if (unit.subject !== undefined) {
    if (!GENERIC_COUNT_NOUNS.has(tokens[end - 1]?.lower ?? '')) return unit.subject;
    const named = findLeft(tokens, start, 4, compiled.subjects.count, compiled);
    return named !== undefined && !GENERIC_COUNT_NOUNS.has(tokens[named.index]?.lower ?? '')
      ? named.value
      : unit.subject;
  }
  const named = findLeft(tokens, start, 4, compiled.subjects.count, compiled);
  if (named === undefined || isOtherOwned(tokens, named.index, compiled)) return undefined;
  const between = tokens.slice(named.index + 1, start);
  if (between.every((token) => COUNT_LINKS.has(token.lower))) return named.value;
  const after = tokens[end];
  if (after !== undefined && after.kind === 'word' && !AFTER_COUNT_OK.has(after.lower)) return undefined;
  if (after?.kind === 'number') return undefined;
  return named.value;
}

function readPeriod(
  tokens: readonly Token[],
  end: number,
  compiled: CompiledLexicon,
): { period: string; end: number } | undefined {
  const word = tokens[end]?.lower ?? '';
  const rate = compiled.lexicon.rateWords[word];
  if (rate !== undefined) return { period: rate, end: end + 1 };
  const period = compiled.lexicon.ratePeriods[tokens[end + 1]?.lower ?? ''];
  if (RATE_ARTICLES.has(word) && period !== undefined) return { period, end: end + 2 };
  return undefined;
}

interface Modifiers {
  readonly start: number;
  readonly end: number;
  readonly approximate: boolean;
  readonly bound?: 'atLeast' | 'atMost';
}

function readModifiers(
  tokens: readonly Token[],
  start: number,
  end: number,
  type: QuantityType,
  compiled: CompiledLexicon,
): Modifiers {
  let first = start;
  if (
    tokens[first - 1] !== undefined &&
    compiled.lexicon.currencySymbols[tokens[first - 1]!.text] !== undefined
  )
    first -= 1;
  let approximate = false;
  let bound: 'atLeast' | 'atMost' | undefined;
  for (let round = 0; round < 2; round++) {
    const hedge = compiled.hedges.matchEndingAt(tokens, first - 1);
    if (hedge !== undefined) {
      approximate = true;
      first -= hedge.length;
      continue;
    }
    const lower = compiled.lowerBounds.matchEndingAt(tokens, first - 1);
    if (lower !== undefined && bound === undefined) {
      const isDuring = lower.value === 'over' && type === 'duration';
      if (!isDuring) bound = 'atLeast';
      first -= lower.length;
      continue;
    }
    const upper = compiled.upperBounds.matchEndingAt(tokens, first - 1);
    if (upper !== undefined && bound === undefined) {
      const afterVerb =
        upper.value === 'up to' && compiled.direction.matchEndingAt(tokens, first - 3) !== undefined;
      if (!afterVerb) bound = 'atMost';
      first -= upper.length;
      continue;
    }
    break;
  }
  let last = end;
  const trailing = compiled.trailingHedges.matchAt(tokens, last);
  if (trailing !== undefined) {
    approximate = true;
    last += trailing.length;
  }
  return { start: first, end: last, approximate, ...(bound === undefined ? {} : { bound }) };
}

function directionOf(
  tokens: readonly Token[],
  start: number,
  end: number,
  compiled: CompiledLexicon,
): number {
  const left = findLeft(tokens, start, 6, compiled.direction, compiled);
  if (left !== undefined) return left.value;
  return findRight(tokens, end, 2, compiled.direction, compiled)?.value ?? 0;
}

/**
 * The subject of a duration: a phase word nearby ("the pilot took…"); `milestone` after "after",
 * "within", "first"…; or the noun of "spent N months on discovery".
 */
function durationSubject(
  tokens: readonly Token[],
  start: number,
  end: number,
  compiled: CompiledLexicon,
): string | undefined {
  const before = tokens[start - 1]?.lower ?? '';
  const beforeArticle = tokens[start - 2]?.lower ?? '';
  if (
    compiled.milestoneMarkers.has(before) ||
    (before === 'the' && compiled.milestoneMarkers.has(beforeArticle))
  ) {
    return 'milestone';
  }
  const phase = findSubject(tokens, start, end, 'duration', compiled);
  if (phase !== undefined) return phase;
  const link = tokens[end]?.lower;
  if (link !== 'on' && link !== 'of') return undefined;
  let noun = end + 1;
  while (
    noun < end + 3 &&
    compiled.genericPhaseWords.has(tokens[noun]?.lower ?? '') &&
    tokens[noun]?.kind === 'word'
  )
    noun += 1;
  const word = tokens[noun];
  if (word === undefined || word.kind !== 'word' || compiled.genericPhaseWords.has(word.lower))
    return undefined;
  return `phase:${word.lower}`;
}

/** True when the subject word of a count belongs to someone else ("my manager's team"). */
function isOtherOwned(tokens: readonly Token[], subjectIndex: number, compiled: CompiledLexicon): boolean {
  return compiled.otherOwners.has(tokens[subjectIndex - 1]?.lower ?? '');
}

/** Flags a draft as a non-claim (target, plan, negation) or a quote of an earlier statement. */
export function markContext(
  draft: Mutable<Draft>,
  tokens: readonly Token[],
  start: number,
  compiled: CompiledLexicon,
): void {
  if (findLeft(tokens, start, 8, compiled.nonClaimMarkers, compiled) !== undefined) draft.nonClaim = true;
  if (findLeft(tokens, start, 4, compiled.quoteVerbs, compiled) !== undefined) draft.quoted = true;
}

const UNIT_NAMES: Readonly<Record<QuantityType, string>> = {
  duration: 'months',
  date: 'month-index',
  percentage: 'percent',
  money: 'amount',
  count: 'count',
};

function buildDraft(
  tokens: readonly Token[],
  type: QuantityType,
  lo: number,
  hi: number,
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
        : findSubject(tokens, contextStart, end, type, compiled);
  let low = lo;
  let high = hi;
  let signed: boolean | undefined;
  if (type === 'percentage' && extra.signless !== true) {
    const sign = unit.kind === 'multiplier' ? 1 : directionOf(tokens, contextStart, end, compiled);
    signed = sign !== 0;
    if (sign < 0) {
      low = -hi;
      high = -lo;
    }
  }
  const draft: Mutable<Draft> = {
    type,
    lo: low,
    hi: high,
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
  markContext(draft, tokens, modifiers.start, compiled);
  return draft;
}

/**
 * Reads "not X but" (or "rather than X but") just before index: the retracted X and where the
 * construct starts, so the subject search and the correction can look past it.
 */
export function retractedBefore(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
): { start: number; value: number } | undefined {
  if (tokens[index - 1]?.lower !== 'but') return undefined;
  for (let start = index - 2; start >= Math.max(0, index - 6); start--) {
    const marker = compiled.retractionMarkers.matchEndingAt(tokens, start - 1);
    if (marker === undefined) continue;
    const reading = readNumber(tokens, start, compiled.lexicon);
    if (reading === undefined || reading.end > index - 1) return undefined;
    return { start: start - marker.length, value: reading.value };
  }
  return undefined;
}

/** True when an article reading ("a year") is really a rate or a relative date, not a duration. */
function isArticleRate(tokens: readonly Token[], reading: NumberReading, previousEnd: number): boolean {
  if (!reading.article) return false;
  const before = tokens[reading.start - 1]?.lower ?? '';
  if (before !== '' && !ARTICLE_DURATION_LEADS.has(before)) return true;
  if (reading.start === previousEnd || ['once', 'twice', 'times', 'per', 'each', 'every'].includes(before))
    return true;
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
  if (isArticleRate(tokens, first, previousEnd)) return { drafts: [], end: first.end + 1 };
  if (RELATIVE_AFTER.has(tokens[first.end + 1]?.lower ?? '')) return { drafts: [], end: first.end + 2 };
  const previous = tokens[index - 1]?.lower;
  const joiner = tokens[first.end];
  const joins =
    joiner !== undefined &&
    (['-', '–', '—', 'to'].includes(joiner.lower) || (previous === 'between' && joiner.lower === 'and'));
  const second = joins && !first.article ? readNumber(tokens, first.end + 1, compiled.lexicon) : undefined;
  if (second !== undefined && !second.article) {
    const secondUnit = readUnit(tokens, second, compiled);
    const ownUnit = readUnit(tokens, first, compiled);
    const firstUnit: UnitReading =
      ownUnit.kind === 'none'
        ? { ...secondUnit, value: first.value * secondUnit.factor, end: first.end }
        : ownUnit;
    const type = typeOf(secondUnit.kind);
    const sameKind = firstUnit.kind === secondUnit.kind && firstUnit.currency === secondUnit.currency;
    if (type !== undefined && sameKind && !isPunctuationBreak(joiner!)) {
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
        const toDraft = buildDraft(
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
        const subject = fromDraft.subject ?? toDraft.subject;
        const withSubject = (draft: Draft): Draft => (subject === undefined ? draft : { ...draft, subject });
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
  const unit = readUnit(tokens, first, compiled);
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
  const subject = findSubject(tokens, index, index + 1, 'percentage', compiled);
  const draft: Mutable<Draft> = {
    type: 'percentage',
    lo: value,
    hi: value,
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
