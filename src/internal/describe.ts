const MAX_SHOWN = 60;

// Characters that would let a value forge or hide text where a message is shown: C0 and C1 controls, the
// line and paragraph separators, and format characters (bidi overrides and isolates, zero-width marks).
const UNSAFE_CHARACTERS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** `text` with every control, line-break and format character written as a `\uXXXX` escape. */
export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, (character) => {
    const code = character.codePointAt(0) ?? 0;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** At most `max` characters of `text`, with `…` when cut. */
export function excerpt(text: string, max = MAX_SHOWN): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A short, safe rendering of any value for an error message; never throws. */
export function describeValue(value: unknown): string {
  try {
    if (value === undefined) return 'nothing';
    if (value === null) return 'null';
    if (typeof value === 'string') return escapeUnsafe(JSON.stringify(excerpt(value)));
    if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
    if (typeof value === 'bigint') return `the bigint ${excerpt(String(value), 20)}`;
    if (typeof value === 'boolean') return String(value);
    if (Array.isArray(value)) return `an array of ${value.length}`;
    if (typeof value === 'function') return 'a function';
    if (typeof value === 'symbol') return 'a symbol';
    return 'an object';
  } catch {
    return 'an unreadable value';
  }
}

/**
 * The first few of `values`, each excerpted and escaped, then how many more: "a, b, c and 4,997 more".
 * Keeps a message short however many valid values there are.
 */
export function listSome(values: readonly string[], shown = 3, separator = ', '): string {
  if (values.length === 0) return 'none';
  const head = values.slice(0, shown).map((value) => escapeUnsafe(excerpt(value, 40)));
  const rest = values.length - head.length;
  return rest > 0 ? `${head.join(separator)} and ${rest.toLocaleString('en-US')} more` : head.join(separator);
}

/** Edit distance between two short strings, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** A word folded for comparison: lower case, without spaces, dashes and underscores ("Hiring Manager" ~ "hiring-manager"). */
function folded(word: string): string {
  return word.toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * The closest of `candidates` to `word`, when it is close enough to be a likely typo. Case, spaces, dashes
 * and underscores never count ("IN_PERSON" → "in-person"), and a word that is the tail or head of exactly
 * one candidate suggests it ("leadership" → "senior-leadership").
 */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  // No field or enum value is this long: a huge word is no typo, and its edit distance would cost seconds.
  if (word.length > 100) return undefined;
  const wanted = folded(word);
  if (wanted.length === 0) return undefined;
  const foldedCandidates = candidates.map(folded);
  const exact = foldedCandidates.indexOf(wanted);
  if (exact !== -1) return candidates[exact];
  if (wanted.length >= 4) {
    const part = candidates.filter((_, index) => {
      const candidate = foldedCandidates[index]!;
      return candidate.endsWith(wanted) || candidate.startsWith(wanted);
    });
    if (part.length === 1) return part[0];
  }
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  foldedCandidates.forEach((candidate, index) => {
    const distance = editDistance(wanted, candidate);
    if (distance < bestDistance) {
      best = candidates[index];
      bestDistance = distance;
    }
  });
  const allowed = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

/**
 * Throws the misuse error of a public function whose options are neither an object nor left out: the
 * function's name, the value found and `fix` (how to call it).
 */
export function requireOptionsObject(options: unknown, caller: string, fix: string): void {
  if (options === undefined || (typeof options === 'object' && options !== null && !Array.isArray(options)))
    return;
  throw new TypeError(`${caller}: expected options as an object, found ${describeValue(options)}: ${fix}`);
}
