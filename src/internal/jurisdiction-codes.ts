import { editDistance } from './describe.js';

/** Codes written as one string, space-separated (terse in the source, one call to build). */
function codes(text: string): readonly string[] {
  return text.split(' ');
}

/**
 * Two-letter codes written by first letter, for a short bundle: each space-separated word is a first letter,
 * then every letter that completes a code with it (`ADEF` is AD, AE and AF). Listed as one string of 250
 * codes they cost 0.4 KB of gzip; grouped, half of that.
 */
function codesByFirstLetter(text: string): readonly string[] {
  return text.split(' ').flatMap((word) => [...word.slice(1)].map((second) => word.charAt(0) + second));
}

/** ISO 3166-1 alpha-2 country codes (officially assigned), plus `XK` (Kosovo), which trackers use; sorted. */
const COUNTRIES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ codesByFirstLetter(
    'ADEFGILMOQRSTUWXZ BABDEFGHIJLMNOQRSTVWYZ CACDFGHIKLMNORUVWXYZ DEJKMOZ ECEGHRST FIJKMOR ' +
      'GABDEFGHILMNPQRSTUWY HKMNRTU IDELMNOQRST JEMOP KEGHIMNPRWYZ LABCIKRSTUVY MACDEFGHKLMNOPQRSTUVWXYZ ' +
      'NACEFGILOPRUZ OM PAEFGHKLMNRSTWY QA REOSUW SABCDEGHIJKLMNORSTVXYZ TCDFGHJKLMNORTVWZ UAGMSYZ VACEGINU WFS XK ' +
      'YET ZAMW',
  ),
);

/** Codes people write for a country that ISO spells otherwise. */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

/** The subdivisions we check, for the countries whose law the table reaches below the national level. */
const SUBDIVISIONS: Readonly<Record<string, readonly string[]>> = {
  US: /* @__PURE__ */ codes(
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA ' +
      'RI SC SD TN TX UT VT VA WA WV WI WY DC AS GU MP PR UM VI',
  ),
  CA: /* @__PURE__ */ codes('AB BC MB NB NL NS NT NU ON PE QC SK YT'),
};

const SUBDIVISION_WORDS: Readonly<Record<string, string>> = {
  US: 'a US state or territory after "US-" (US-CA, US-NY, US-DC…)',
  CA: 'a Canadian province or territory after "CA-" (CA-ON, CA-BC, CA-QC…)',
};

/** What is wrong with a well-formed jurisdiction code, in words that follow "expected", and the likely fix. */
export interface JurisdictionCodeProblem {
  /** E.g. `a country code from ISO 3166-1 (did you mean "GB"?)`. */
  readonly expected: string;
  /** The code the sender most likely meant, when one stands out. */
  readonly suggestion: string | undefined;
  /** Which part is unknown: the country, or the US state or Canadian province. */
  readonly part: 'country' | 'subdivision';
}

function closestSubdivision(given: string, known: readonly string[]): string | undefined {
  const prefix = known.find((code) => given.startsWith(code));
  if (prefix !== undefined) return prefix;
  const near = known.filter((code) => editDistance(given, code) === 1);
  return near.find((code) => code[0] === given[0]) ?? (near.length === 1 ? near[0] : undefined);
}

/**
 * Checks the country (ISO 3166-1, or `EU`) of a code already shaped like `US-CA` or `US-NY-NYC`, and
 * for the US and Canada its state or province; city parts and other countries' subdivisions are not
 * checked. Returns `undefined` when the code is known.
 */
export function jurisdictionCodeProblem(code: string): JurisdictionCodeProblem | undefined {
  const [country = '', subdivision, ...rest] = code.split('-');
  if (country === 'EU') {
    if (subdivision === undefined) return undefined;
    const suggestion = COUNTRIES.has(subdivision) ? [subdivision, ...rest].join('-') : undefined;
    return {
      expected: `EU alone, or a member state by its own code${suggestion === undefined ? ' (DE, FR, PL…)' : ` (did you mean "${suggestion}"?)`}`,
      suggestion,
      part: 'country',
    };
  }
  if (!COUNTRIES.has(country)) {
    const alias = COUNTRY_ALIASES[country];
    const suggestion =
      alias === undefined ? undefined : [alias, subdivision, ...rest].filter(Boolean).join('-');
    return {
      expected:
        suggestion === undefined
          ? 'a country code from ISO 3166-1 such as US, CA, GB, DE or PL, or EU, then optional subdivisions (US-CA, CA-ON, US-NY-NYC)'
          : `a country code from ISO 3166-1 (did you mean "${suggestion}"?)`,
      suggestion,
      part: 'country',
    };
  }
  const known = SUBDIVISIONS[country];
  if (known === undefined || subdivision === undefined || known.includes(subdivision)) return undefined;
  const near = closestSubdivision(subdivision, known);
  const suggestion = near === undefined ? undefined : [country, near, ...rest].join('-');
  return {
    expected: `${SUBDIVISION_WORDS[country]}${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`}`,
    suggestion,
    part: 'subdivision',
  };
}

/** The shape of a jurisdiction code: a country or `EU`, then up to two subdivisions (`US-CA`, `US-NY-NYC`). */
export const JURISDICTION_SHAPE = /^(?:EU|[A-Z]{2}(?:-[A-Z0-9]{1,3}){0,2})$/;

/**
 * The same check as one regular expression, for the JSON Schema: the shape of a code, its country, and
 * for the US and Canada its state or province, so validators in other languages refuse what we refuse.
 */
export const JURISDICTION_PATTERN: string = /* @__PURE__ */ (() => {
  const tail = '(?:-[A-Z0-9]{1,3})';
  const checked = Object.entries(SUBDIVISIONS).map(
    ([country, parts]) => `${country}(?:-(?:${parts.join('|')})${tail}?)?`,
  );
  const others = [...COUNTRIES].filter((country) => SUBDIVISIONS[country] === undefined);
  return `^(?:EU|${checked.join('|')}|(?:${others.join('|')})${tail}{0,2})$`;
})();
