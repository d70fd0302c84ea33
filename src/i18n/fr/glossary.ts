/**
 * French (Français): TikTok Shop's own words in this language — none found yet. Market: France.
 * Searched (2026-12-07): "Frais de commission", "Commission TikTok Shop", "Montant total du
 * règlement" (search: pages, code). Found only third-party pages (dataiads.io,
 * formationtiktokshop.fr, edesk.com/fr, hurtersolutions.com, bulkmedya.org); settlement-
 * languages.md §5 found no French export either.
 *
 * So every fee's list is empty and the sheets catalog's own (draft) names are used
 * (src/i18n/fr/sheets.ts `fees`, by the rule in src/i18n/feeNames.ts); the settlement reader has no
 * fr dictionary. Add a term only when it is seen in TikTok's own pages or files, with its source.
 */
export { NO_TERMS_FOUND as default } from "../glossary";
