import type { Audience } from '../model/index.js';
import type { QuestionCategory } from './question-bank.js';
import type { QuestionRules } from './question-rules.js';

/** A question that may be planned: the candidate's own or the bank's, with its text resolved. */
export interface PoolQuestion {
  readonly id: string;
  readonly text: string;
  readonly audiences: readonly Audience[];
  readonly purpose: string | undefined;
  readonly categories: ReadonlySet<QuestionCategory>;
  readonly own: boolean;
  readonly source: string;
  /** Position in the pool: the final tie-break. */
  readonly order: number;
}

/** What {@link selectQuestions} decided: the set per audience, the planned ids and the reserves. */
export interface Selection {
  readonly sets: ReadonlyMap<Audience, readonly string[]>;
  readonly planned: readonly string[];
  readonly reserves: readonly string[];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/**
 * Chooses questions per audience within the budget. Each audience's list is ranked best fit first. While
 * the budget covers every open slot, each audience takes its own best question; once it does not, planned
 * questions are shared and new ones are chosen to fill the most open slots at once. No two audiences end
 * with the same set.
 */
export function selectQuestions(
  audiences: readonly Audience[],
  eligible: ReadonlyMap<Audience, readonly PoolQuestion[]>,
  rules: QuestionRules,
): Selection {
  const greedy = runSelection(audiences, eligible, rules, undefined);
  if (shortfall(greedy, audiences, rules) === 0 || greedy.firstShared === undefined) return greedy;
  // The greedy first shared pick can strand a scarce audience: try each alternative once, keep the best.
  let best = greedy;
  const tried = new Set<string>();
  for (const audience of audiences) {
    for (const item of eligible.get(audience) ?? []) {
      if (tried.has(item.id)) continue;
      tried.add(item.id);
      const attempt = runSelection(audiences, eligible, rules, item);
      if (shortfall(attempt, audiences, rules) < shortfall(best, audiences, rules)) best = attempt;
      if (shortfall(best, audiences, rules) === 0) return best;
    }
  }
  return best;
}

function shortfall(selection: Selection, audiences: readonly Audience[], rules: QuestionRules): number {
  const { min } = rules.perInterviewer;
  return audiences.reduce(
    (sum, audience) => sum + Math.max(0, min - (selection.sets.get(audience)?.length ?? 0)),
    0,
  );
}

function runSelection(
  audiences: readonly Audience[],
  eligible: ReadonlyMap<Audience, readonly PoolQuestion[]>,
  rules: QuestionRules,
  forcedFirstShared: PoolQuestion | undefined,
): Selection & { readonly firstShared: PoolQuestion | undefined } {
  let firstShared: PoolQuestion | undefined;
  const { min, max } = rules.perInterviewer;
  const budget = rules.planned.max;
  const planned: string[] = [];
  const sets = new Map<Audience, string[]>(audiences.map((audience) => [audience, []]));
  const setOf = (audience: Audience): string[] => sets.get(audience) ?? [];
  const listOf = (audience: Audience): readonly PoolQuestion[] => eligible.get(audience) ?? [];
  const fits = (state: ReadonlyMap<Audience, readonly string[]>, audience: Audience, item: PoolQuestion) => {
    const current = state.get(audience) ?? [];
    if (current.includes(item.id) || current.length >= max) return false;
    if (!planned.includes(item.id) && planned.length >= budget) return false;
    const next = [...current, item.id];
    // Sets still below the minimum may match for now; complete sets must all differ.
    if (next.length < min) return true;
    return !audiences.some((other) => other !== audience && sameSet(state.get(other) ?? [], next));
  };
  const canAdd = (audience: Audience, item: PoolQuestion): boolean => fits(sets, audience, item);
  // Which needy audiences would take `item` if it were added to each in turn.
  const takersOf = (item: PoolQuestion, candidates: readonly Audience[]): Audience[] => {
    const trial = new Map(sets);
    const takers: Audience[] = [];
    for (const audience of candidates) {
      if (!listOf(audience).includes(item) || !fits(trial, audience, item)) continue;
      trial.set(audience, [...(trial.get(audience) ?? []), item.id]);
      takers.push(audience);
    }
    return takers;
  };
  const add = (audience: Audience, item: PoolQuestion): boolean => {
    if (!canAdd(audience, item)) return false;
    sets.set(audience, [...setOf(audience), item.id]);
    if (!planned.includes(item.id)) planned.push(item.id);
    return true;
  };
  const stuck = new Set<Audience>();
  const needy = (): Audience[] =>
    audiences.filter((audience) => !stuck.has(audience) && setOf(audience).length < min);
  const openSlots = (): number => needy().reduce((sum, audience) => sum + (min - setOf(audience).length), 0);

  // The candidate's own questions come first wherever they fit.
  for (const audience of audiences) {
    for (const item of listOf(audience)) {
      if (setOf(audience).length >= min) break;
      if (item.own) add(audience, item);
    }
  }

  for (let guard = 0; guard < 10_000 && openSlots() > 0; guard++) {
    if (budget - planned.length < openSlots()) {
      for (const audience of needy()) {
        for (const item of listOf(audience)) {
          if (setOf(audience).length >= min) break;
          if (planned.includes(item.id)) add(audience, item);
        }
      }
      const open = openSlots();
      if (open === 0) break;
      const remaining = budget - planned.length;
      if (remaining === 0) break;
      if (remaining < open) {
        const forced = firstShared === undefined ? forcedFirstShared : undefined;
        const usable =
          forced !== undefined && !planned.includes(forced.id) && takersOf(forced, needy()).length > 0;
        const best = usable ? forced : bestSharedQuestion(needy(), listOf, takersOf, planned);
        if (best === undefined) break;
        firstShared ??= best;
        for (const audience of needy()) if (listOf(audience).includes(best)) add(audience, best);
        continue;
      }
    }
    const [first] = needy();
    if (first === undefined) break;
    const next = listOf(first).find((item) => !planned.includes(item.id) && canAdd(first, item));
    const fallback = next ?? listOf(first).find((item) => canAdd(first, item));
    if (fallback === undefined) stuck.add(first);
    else add(first, fallback);
  }

  for (const audience of audiences) {
    for (const item of listOf(audience)) if (item.own) add(audience, item);
  }

  const reserves: string[] = [];
  for (const audience of audiences) {
    for (const item of listOf(audience)) {
      if (planned.length + reserves.length >= rules.planned.min) break;
      if (!planned.includes(item.id) && !reserves.includes(item.id)) reserves.push(item.id);
    }
  }
  return { sets, planned, reserves, firstShared };
}

/** The unplanned question that fills the most open slots; ties go to the best rank, then pool order. */
function bestSharedQuestion(
  needy: readonly Audience[],
  listOf: (audience: Audience) => readonly PoolQuestion[],
  takersOf: (item: PoolQuestion, candidates: readonly Audience[]) => readonly Audience[],
  planned: readonly string[],
): PoolQuestion | undefined {
  let best: { item: PoolQuestion; takers: number; rank: number } | undefined;
  const seen = new Set<string>();
  for (const audience of needy) {
    for (const item of listOf(audience)) {
      if (seen.has(item.id) || planned.includes(item.id)) continue;
      seen.add(item.id);
      const takerList = takersOf(item, needy);
      const takers = takerList.length;
      const rank = Math.min(...takerList.map((other) => listOf(other).indexOf(item)));
      if (takers === 0) continue;
      const better =
        best === undefined ||
        takers > best.takers ||
        (takers === best.takers &&
          (rank < best.rank || (rank === best.rank && item.order < best.item.order)));
      if (better) best = { item, takers, rank };
    }
  }
  return best?.item;
}
