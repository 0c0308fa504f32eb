import type { Candidacy } from '../model/index.js';
import { compileWordList, type Token, tokenize } from '../text/index.js';
import { line, type PayWording } from './internal.js';
import type { CompensationBriefLine } from './types.js';

/**
 * Words that put a figure in a debrief sentence about the candidate's own pay ("she asked my salary
 * expectations and I said $120,000"); English and German, prefix patterns end in `*`. Not "paid" or "base":
 * "we paid a vendor $40k" and "the base in Boston" are not pay figures.
 */
const PAY_WORDS = compileWordList([
  'salar*',
  'pay',
  'compensation',
  'comp',
  'expectation*',
  'package',
  'gehalt*',
  'einkommen',
]);

const SYMBOL_CURRENCY: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
const WORD_CURRENCY: Readonly<Record<string, string>> = {
  usd: 'USD',
  dollars: 'USD',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  gbp: 'GBP',
  pounds: 'GBP',
  cad: 'CAD',
  chf: 'CHF',
  aud: 'AUD',
};
const SUFFIX_FACTOR: Readonly<Record<string, number>> = { k: 1_000, m: 1_000_000 };
/** A debrief longer than this is not read for a figure (the cap keeps the scan linear and small). */
const MAX_SUMMARY = 20_000;
/** Below this a figure is not a yearly pay figure (an hourly rate, a count); it is left alone. */
const MIN_PAY = 1_000;

interface Figure {
  readonly round: number;
  readonly amount: number;
  readonly currency: string | undefined;
}

/** The amount and currency a number token spells, or undefined when it carries no currency at all. */
function moneyAt(tokens: readonly Token[], index: number): Omit<Figure, 'round'> | undefined {
  const token = tokens[index];
  if (token === undefined || token.kind !== 'number' || token.value === undefined) return undefined;
  const next = tokens[index + 1];
  const wordCurrency = next?.kind === 'word' ? WORD_CURRENCY[next.lower] : undefined;
  const symbolCurrency = token.symbol === undefined ? undefined : SYMBOL_CURRENCY[token.symbol];
  const nextSymbol = next?.kind === 'punct' ? SYMBOL_CURRENCY[next.text] : undefined;
  const currency = symbolCurrency ?? wordCurrency ?? nextSymbol;
  const suffix = token.suffix === undefined ? undefined : SUFFIX_FACTOR[token.suffix];
  if (currency === undefined && suffix === undefined) return undefined;
  // German thousands ("140.000 €") reach the tokenizer as a decimal: read them back as whole numbers.
  const thousands = /^\d{1,3}(?:\.\d{3})+$/.test(token.text) && currency !== undefined;
  const base = thousands ? Number(token.text.replaceAll('.', '')) : token.value;
  return { amount: base * (suffix ?? 1), currency };
}

/** The last pay figure a debrief sentence names, with the round it was said in. */
function figureOf(summary: string, round: number): Figure | undefined {
  if (summary.length > MAX_SUMMARY) return undefined;
  const tokens = tokenize(summary);
  const paySentences = new Set<number>();
  tokens.forEach((token, index) => {
    if (token.kind === 'word' && PAY_WORDS.matchAt(tokens, index) !== undefined)
      paySentences.add(token.sentence);
  });
  let found: Figure | undefined;
  tokens.forEach((token, index) => {
    if (!paySentences.has(token.sentence)) return;
    const money = moneyAt(tokens, index);
    if (money !== undefined && money.amount >= MIN_PAY) found = { round, ...money };
  });
  return found;
}

/**
 * A warning when a debrief records a pay figure the candidate already named (round one's "I said
 * $120,000"): round two must square with it, and the line says how, against the range planned now.
 * The most recent round that names one wins; nothing is said when no debrief names a figure.
 */
export function buildEarlierFigureWarning(
  w: PayWording,
  candidacy: Candidacy,
): CompensationBriefLine | undefined {
  let latest: Figure | undefined;
  for (const interview of candidacy.interviews) {
    const summary = interview.debrief?.summary;
    if (typeof summary !== 'string') continue;
    const figure = figureOf(summary, interview.round);
    if (figure !== undefined && (latest === undefined || figure.round >= latest.round)) latest = figure;
  }
  if (latest === undefined) return undefined;
  const range = candidacy.compensation?.range;
  const currency = latest.currency ?? range?.currency;
  const values = { round: latest.round, figure: w.money(latest.amount, currency) };
  const comparable =
    range !== undefined && (latest.currency === undefined || latest.currency === range.currency);
  if (!comparable) return line('earlier-figure', w.say('compensation.warning.earlierFigure', values));
  const low = w.money(range.min, range.currency);
  const high = w.money(range.max, range.currency);
  const key =
    latest.amount < range.min
      ? 'compensation.warning.earlierFigureBelow'
      : latest.amount > range.max
        ? 'compensation.warning.earlierFigureAbove'
        : 'compensation.warning.earlierFigureInside';
  return line('earlier-figure', w.say(key, { ...values, low, high }));
}
