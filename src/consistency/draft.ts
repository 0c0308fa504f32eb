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
import { type CompiledLexicon, isClauseBreak, type Mutable } from './internal.js';
import type { Claim, ClaimPart, QuantityType } from './types.js';
import type { UnitReading } from './units.js';

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
const UNIT_NAMES: Readonly<Record<QuantityType, string>> = {
  duration: 'months',
  date: 'month-index',
  percentage: 'percent',
  money: 'amount',
  count: 'count',
};
/**
 * The value reader shared by the numeric kinds: a quantity's span with its hedges, bound, rate, subject
 * and sign (for a percentage) read around it.
 */
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
  // "churn fell to 12%": after a verb of change, "to" gives the level it reached, not the change.
  const level = type === 'percentage' && compiled.levelLinks.has(tokens[modifiers.start - 1]?.lower ?? '');
  if (type === 'percentage' && extra.signless !== true && !level) {
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
  if (type !== 'count' && ownedByOther(tokens, contextStart, type, compiled)) draft.nonClaim = true;
  if (toldOfSomeoneElse(tokens, contextStart, compiled)) draft.nonClaim = true;
  return draft;
}

/**
 * "My colleague ran a team of twenty", "she had 30 direct reports": a clause whose subject is someone else
 * (lexicon `otherPersonSubjects`, or a possessive and a person: `otherPeople` or a job title, a team container
 * aside: "my team grew" is the candidate's) tells their figures, unless the speaker is in it too ("my manager
 * and I built a team of nine").
 */
function toldOfSomeoneElse(tokens: readonly Token[], start: number, compiled: CompiledLexicon): boolean {
  let opening = start;
  while (
    opening > 0 &&
    !isClauseBreak(tokens[opening - 1]!, compiled) &&
    tokens[opening - 1]!.sentence === tokens[start]?.sentence
  )
    opening--;
  for (let index = opening; index < start; index++) {
    const word = tokens[index]!.lower;
    if (compiled.speakerWords.has(word) || compiled.speakerObjects.has(word)) return false;
  }
  const first = tokens[opening]?.lower ?? '';
  if (compiled.otherPersonSubjects.has(first)) return true;
  if (!compiled.otherSubjects.has(first) || opening + 1 >= start) return false;
  const person = tokens[opening + 1]!;
  if (compiled.teamContainers.has(person.lower)) return false;
  return (
    compiled.otherPeople.has(person.lower) ||
    compiled.teamMemberNouns.matchAt(tokens, opening + 1) !== undefined
  );
}

/**
 * "My director's budget was $5M", "out of the department's £15m": an amount, share or length whose owner
 * (lexicon `otherOwners`) stands right before the figure or its subject, in its clause, is someone else's, not
 * a claim of the candidate's. (A count keeps its number and loses its subject instead: countSubject.)
 */
function ownedByOther(
  tokens: readonly Token[],
  start: number,
  type: QuantityType,
  compiled: CompiledLexicon,
) {
  const matcher = compiled.subjects[type];
  for (let index = start - 1; index >= Math.max(0, start - compiled.windows.subjectLeft); index--) {
    const token = tokens[index]!;
    if (isClauseBreak(token, compiled)) return false;
    if (!compiled.otherOwners.has(token.lower)) continue;
    if (index === start - 1 || matcher.matchAt(tokens, index + 1) !== undefined) return true;
  }
  return false;
}
