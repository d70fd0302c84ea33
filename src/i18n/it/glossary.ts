/**
 * Italian (Italiano): TikTok Shop's own words in this language — none found yet. Market: Italy.
 * Searched (2026-12-07): "Commissione", "Commissione TikTok Shop", "Commissione di transazione"
 * (search: pages, code, find_string). Found nothing of TikTok's; settlement-languages.md §5 found
 * no Italian export either.
 *
 * So every fee's list is empty and the sheets catalog's own (draft) names are used
 * (src/i18n/it/sheets.ts `fees`, by the rule in src/i18n/feeNames.ts); the settlement reader has no
 * it dictionary. Add a term only when it is seen in TikTok's own pages or files, with its source.
 */
export { NO_TERMS_FOUND as default } from "../glossary";
