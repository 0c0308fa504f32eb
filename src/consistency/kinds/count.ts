import type { Token } from '../../text/index.js';
import { type CompiledLexicon, looksPlural } from '../internal.js';
import { hyphenUnit, type NumberReading } from '../numbers.js';
import type { UnitReading } from '../units.js';

/**
 * Counts: "a 12-person team", "5 direct reports", "nine warehouses" (any plural noun outside the unit
 * lists is counted under its own name), with the subject read by context.ts.
 */

function countNounAt(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
  open = false,
): { subject: string; end: number } | undefined {
  // Up to `windows.countModifier` describing words may come first ("5 senior engineers", "sixty new graduate
  // nurses"), but no joining word, function word or punctuation.
  // A lexicon noun may follow one function word ("5 more engineers"); an open noun follows content words only.
  let content = true;
  for (let offset = 0; offset <= compiled.windows.countModifier; offset++) {
    const at = index + offset;
    const known = compiled.subjects.count.matchAt(tokens, at);
    if (known !== undefined) return { subject: known.value, end: at + known.length };
    const token = tokens[at];
    if (token === undefined) return undefined;
    // Any other plural noun is counted under its own name ("nine warehouses", "three regional hubs").
    if (open && content && isOpenCountNoun(token, compiled)) return { subject: token.lower, end: at + 1 };
    if (token.kind !== 'word' || compiled.countLinksAfter.has(token.lower)) return undefined;
    if (compiled.functionWords.has(token.lower)) {
      if (offset > 0) return undefined;
      content = false;
    }
  }
  return undefined;
}

/** A plural-looking word outside every unit list: what a bare number counts. */
function isOpenCountNoun(token: Token, compiled: CompiledLexicon): boolean {
  const word = token.lower;
  if (token.kind !== 'word' || !looksPlural(word, compiled)) return false;
  return (
    !compiled.countNounExclusions.has(word) &&
    !compiled.functionWords.has(word) &&
    !compiled.durationUnits.has(word) &&
    !compiled.currencyWords.has(word) &&
    !compiled.ratePeriods.has(word) &&
    compiled.percentWords.matchAt([token], 0) === undefined
  );
}

/**
 * A count glued to a singular noun before the noun it describes: "a 12-bed ward", "a sixteen-bed unit",
 * "a 40-store chain", counted under the plural ("beds"). Durations, ratings and other excluded words are not.
 */
export function hyphenCount(
  tokens: readonly Token[],
  reading: NumberReading,
  compiled: CompiledLexicon,
): UnitReading | undefined {
  // A compound modifier follows its article or owner: "a 12-bed ward", "our 40-store chain".
  const owner = tokens[reading.start - 1]?.lower ?? '';
  if (!compiled.titleArticles.has(owner) && !compiled.otherSubjects.has(owner)) return undefined;
  let word = reading.gluedUnit;
  let end = reading.end;
  if (word === undefined) {
    const after = tokens[reading.end + 1];
    if (tokens[reading.end]?.text !== '-' || after?.kind !== 'word') return undefined;
    word = after.lower;
    end = reading.end + 2;
  }
  const head = tokens[end];
  if (head === undefined || head.kind !== 'word' || compiled.functionWords.has(head.lower)) return undefined;
  const plural: Token = { ...head, lower: `${word}${compiled.pluralEnding.suffix}` };
  if (!isOpenCountNoun(plural, compiled)) return undefined;
  const subject = compiled.subjects.count.matchAt([plural], 0)?.value ?? plural.lower;
  return { kind: 'count', value: reading.value, end, factor: 1, subject };
}

/** A unit of people glued or hyphenated to the number: "a 12-person team", "five-person squad". */
export function personCount(
  tokens: readonly Token[],
  reading: NumberReading,
  compiled: CompiledLexicon,
): UnitReading | undefined {
  const glued = hyphenUnit(tokens, reading, compiled.personUnits);
  if (glued === undefined) return undefined;
  const end = glued.end;
  const noun = countNounAt(tokens, end, compiled);
  return {
    kind: 'count',
    value: reading.value,
    end: noun?.end ?? end,
    factor: 1,
    subject: noun?.subject ?? 'team',
  };
}

/** The noun a number counts: "5 direct reports", "nine warehouses"; a fraction counts nothing. */
export function countNoun(
  tokens: readonly Token[],
  reading: NumberReading,
  compiled: CompiledLexicon,
): UnitReading | undefined {
  if (reading.fraction) return { kind: 'none', value: reading.value, end: reading.end, factor: 1 };
  // A bare year ("in 2019 things changed") never counts the word after it.
  const isYear = reading.end === reading.start + 1 && /^(19|20)\d\d$/.test(tokens[reading.start]?.text ?? '');
  const noun = countNounAt(tokens, reading.end, compiled, !isYear);
  if (noun !== undefined)
    return { kind: 'count', value: reading.value, end: noun.end, factor: 1, subject: noun.subject };
  return partitiveCount(tokens, reading, compiled);
}

/**
 * "six of them were my direct reports": a count of the noun after the link, ending at the number so the
 * link stays a part marker after it (the six are a part of the group named before).
 */
function partitiveCount(
  tokens: readonly Token[],
  reading: NumberReading,
  compiled: CompiledLexicon,
): UnitReading | undefined {
  const link = compiled.partitiveLinks.matchAt(tokens, reading.end);
  if (link === undefined) return undefined;
  const noun = countNounAt(tokens, reading.end + link.length, compiled, true);
  if (noun === undefined) return undefined;
  return { kind: 'count', value: reading.value, end: reading.end, factor: 1, subject: noun.subject };
}
