// Section: free-text reading is linear (issue 19.2). extractClaims time per KB at 1, 10 and 100 KB of
// ordinary candidate text and of adversarial text (one endless sentence of leave reasons, quoted
// corrections, "not X but Y", promotions, team parts, "it" pronouns), as the ratio of the per-KB cost
// at 100 KB to the per-KB cost at 1 KB (1 = perfectly linear). CPU time, medians, measured in this run.
import { readFileSync } from 'node:fs';
import { medianPass } from './measure.mjs';

const SIZES_KB = [1, 10, 100];

function corpusText() {
  const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
  const cases = [
    ...read('../tests/consistency/cases.public.json'),
    ...read('../tests/consistency/fresh-v2.cases.json'),
  ];
  // The same mix at every size: the first ~2 KB of tellings, repeated (content varies a lot per case).
  const all = cases.map((testCase) => `${testCase.roundOne} ${testCase.roundTwo}`).join(' ');
  return `${all.slice(0, all.indexOf('. ', 2048) + 1)} `;
}

/** Adversarial families: each is one unit repeated with no sentence end, so every window is one sentence. */
const ADVERSARIAL = {
  'leave reasons': 'I left because I wanted growth and then I left because of the pay and ',
  'quoted corrections': 'I said 30% last time, but it was 35%, not 40% but 45%, ',
  'not X but Y': 'it was not 14 but 16 months and not 8 but 10 people and ',
  promotions: 'my manager was promoted to director and I became lead, ',
  'team parts': 'seven engineers plus a designer and an analyst, ',
  pronouns: 'revenue was flat and after that it grew 40% and ',
};

function repeatTo(unit, bytes) {
  let text = unit;
  while (text.length < bytes) text += text.length * 2 <= bytes ? text : unit;
  return text.slice(0, bytes);
}

function perKb(library, text, kb) {
  const passes = kb >= 100 ? 5 : kb >= 10 ? 9 : 25;
  const inner = kb >= 100 ? 1 : kb >= 10 ? 4 : 40;
  const ms =
    medianPass(passes, () => {
      for (let index = 0; index < inner; index++) library.extractClaims(text);
    }) / inner;
  return ms / kb;
}

function measure(library, unit) {
  // Warm up at the largest size first, so the 1 KB figure is not the JIT's cold start.
  library.extractClaims(repeatTo(unit, SIZES_KB.at(-1) * 1024));
  const points = SIZES_KB.map((kb) => ({ kb, msPerKb: perKb(library, repeatTo(unit, kb * 1024), kb) }));
  return { points, growth: points.at(-1).msPerKb / points[0].msPerKb };
}

/** extractClaims per-KB cost on ordinary and adversarial text, and its growth from 1 KB to 100 KB. */
export function benchText(library) {
  const ordinary = measure(library, corpusText());
  const adversarial = Object.entries(ADVERSARIAL).map(([name, unit]) => ({
    name,
    ...measure(library, unit),
  }));
  const worst = adversarial.reduce((left, right) => (right.growth > left.growth ? right : left));
  return { ordinary, adversarial, worst };
}

/** The report lines of this section. */
export function describeText(text) {
  const f = (value) => value.toFixed(3);
  const row = (name, result) =>
    `  ${name.padEnd(20)} ${result.points.map((point) => `${point.kb} KB ${f(point.msPerKb)}`).join('   ')}   growth ${result.growth.toFixed(2)}x`;
  return [
    'text reading (extractClaims, CPU ms per KB):',
    row('ordinary', text.ordinary),
    ...text.adversarial.map((result) => row(result.name, result)),
  ];
}
