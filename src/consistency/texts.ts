/**
 * Every text of consistency/ a candidate reads, in English: the default of the text catalogue (see
 * `englishTexts`), keyed `consistency.…`. Placeholders: `{{name}}`, plural or select forms
 * `{{count|one:# story|other:# stories}}` (see docs/translating-messages.md). A translation gives the same
 * keys with the same placeholders.
 *
 * @category Text
 */
export const consistencyTexts = {} as const satisfies Readonly<Record<`consistency.${string}`, string>>;

/**
 * The keys of {@link consistencyTexts}.
 *
 * @category Text
 */
export type ConsistencyTextKey = keyof typeof consistencyTexts;
