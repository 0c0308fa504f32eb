/**
 * Every text of compensation/ a candidate reads, in English: the default of the text catalogue (see
 * `englishTexts`), keyed `compensation.…`. Placeholders: `{{name}}`, plural or select forms
 * `{{count|one:# story|other:# stories}}` (see docs/translating-messages.md). A translation gives the same
 * keys with the same placeholders.
 *
 * @category Text
 */
export const compensationTexts = {} as const satisfies Readonly<Record<`compensation.${string}`, string>>;

/**
 * The keys of {@link compensationTexts}.
 *
 * @category Text
 */
export type CompensationTextKey = keyof typeof compensationTexts;
