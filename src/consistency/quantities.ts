import type { Token } from '../text/index.js';
import { buildDraft, type Draft } from './draft.js';
import { type CompiledLexicon, hasYearDigits } from './internal.js';
import { isArticleRate } from './kinds/duration.js';
import { readNumber } from './numbers.js';
import { readUnit, typeOf, type UnitReading } from './units.js';

/** Adds a smaller duration joined by "and": "three years and four months" is 40 months, one claim. */
function withSmallerDuration(
  tokens: readonly Token[],
  unit: UnitReading,
  compiled: CompiledLexicon,
): UnitReading {
  if (tokens[unit.end]?.lower !== compiled.numberGrammar.and) return unit;
  const extra = readNumber(tokens, unit.end + 1, compiled);
  if (extra === undefined || extra.article) return unit;
  const extraUnit = readUnit(tokens, extra, compiled);
  if (extraUnit.kind !== 'duration' || extraUnit.factor >= unit.factor) return unit;
  return { ...unit, value: unit.value + extraUnit.value, end: extraUnit.end };
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
  const first = readNumber(tokens, index, compiled);
  if (first === undefined) return undefined;
  if (compiled.labelWords.has(tokens[index - 1]?.lower ?? '')) return { drafts: [], end: first.end };
  if (isArticleRate(tokens, first, previousEnd, compiled)) return { drafts: [], end: first.end + 1 };
  if (compiled.relativeAfter.has(tokens[first.end + 1]?.lower ?? ''))
    return { drafts: [], end: first.end + 2 };
  // "from about 18% down to 14%": a hedge may stand between the opener and the first end.
  const hedged = compiled.hedges.matchEndingAt(tokens, index - 1);
  const previous = tokens[index - 1 - (hedged?.length ?? 0)]?.lower ?? '';
  const between = compiled.rangeOpeners.has(previous);
  const from = compiled.changeOpeners.has(previous);
  const isJoiner = (token: Token | undefined): boolean =>
    token !== undefined &&
    (compiled.quantityJoiners.has(token.lower) || (between && token.lower === compiled.numberGrammar.and));
  // The joiner follows the number ("8 to 12%") or its unit word ("from eight percent to five percent").
  const ownUnit = readUnit(tokens, first, compiled);
  const unitJoin = isJoiner(tokens[first.end]) ? first.end : ownUnit.end;
  // "from 4.5% down to 3%": a particle of change may sit before the joiner.
  const particle = from && compiled.changeParticles.has(tokens[unitJoin]?.lower ?? '');
  const joinAt = particle ? unitJoin + 1 : unitJoin;
  const joiner = tokens[joinAt];
  const joins = isJoiner(joiner);
  const second = joins && !first.article ? readNumber(tokens, joinAt + 1, compiled) : undefined;
  if (second !== undefined && !second.article) {
    const readSecond = readUnit(tokens, second, compiled);
    // "from four people to eleven": a bare second end counts what the first end counts.
    const secondUnit: UnitReading =
      readSecond.kind === 'none' && ownUnit.kind === 'count' && from
        ? { ...ownUnit, value: second.value, end: second.end }
        : readSecond;
    const firstUnit: UnitReading =
      ownUnit.kind === 'none'
        ? { ...secondUnit, value: first.value * secondUnit.factor, end: first.end }
        : ownUnit;
    // "grew the team from 3 to 12": two bare numbers after "from" are a count change when a count subject is near.
    const bareCountChange =
      from && secondUnit.kind === 'none' && ownUnit.kind === 'none' && !first.article && !second.article;
    const type = bareCountChange ? 'count' : typeOf(secondUnit.kind);
    const sameKind = firstUnit.kind === secondUnit.kind && firstUnit.currency === secondUnit.currency;
    if (type !== undefined && sameKind) {
      const isChange = from && type !== 'duration';
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
  if (unit.kind === 'none' && (first.fraction || first.article || hasYearDigits(tokens[index], compiled))) {
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
