/**
 * Malay (Bahasa Melayu): TikTok Shop's own words in this language — none found yet. Market: Malaysia.
 * Searched (2026-12-07): "Yuran komisen", "Yuran transaksi", "Yuran komisen TikTok Shop" (search:
 * pages, code, find_string). Found only third-party English pages (marketing-interactive.com,
 * bigseller.com, help.kumoten.com) quoting TikTok's English names; docs/research/settlement-
 * languages.md §5 found no Malay export either. Malaysian sellers' files seen are in English or
 * the Chinese UI (src/i18n/zh/glossary.ts).
 *
 * So every fee's list is empty and the sheets catalog's own (draft) names are used
 * (src/i18n/ms/sheets.ts `fees`, by the rule in src/i18n/feeNames.ts); the settlement reader has no
 * ms dictionary. Add a term only when it is seen in TikTok's own pages or files, with its source.
 */
export { NO_TERMS_FOUND as default } from "../glossary";
