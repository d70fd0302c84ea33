/**
 * Dutch (Nederlands): TikTok Shop's own words in this language — none found yet. No TikTok Shop
 * market of its own speaks it (Dutch-speaking sellers use the EU Seller Center).
 * Searched (2026-12-07): "Commissie", "Commissiekosten", "Transactiekosten" TikTok Shop (search:
 * pages, code). Found nothing of TikTok's in Dutch.
 *
 * So every fee's list is empty and the sheets catalog's own (draft) names are used
 * (src/i18n/nl/sheets.ts `fees`, by the rule in src/i18n/feeNames.ts); the settlement reader has no
 * nl dictionary. Add a term only when it is seen in TikTok's own pages or files, with its source.
 */
export { NO_TERMS_FOUND as default } from "../glossary";
