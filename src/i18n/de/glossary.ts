/**
 * German (Deutsch): TikTok Shop's own words in this language — none found yet. Market: Germany.
 * Searched (2026-12-07): "Provisionsgebühr", "TikTok Shop-Provision", "Transaktionsgebühr",
 * Abrechnung/Export headers (search: pages, code, find_string). Found only third-party pages
 * (gelato.com/de, edesk.com/de, 3l3c.ai, seorado.de) saying "Provision" / "Verkaufsprovision";
 * settlement-languages.md §5 found no German export either.
 *
 * So every fee's list is empty and the sheets catalog's own (draft) names are used
 * (src/i18n/de/sheets.ts `fees`, by the rule in src/i18n/feeNames.ts); the settlement reader has no
 * de dictionary. Add a term only when it is seen in TikTok's own pages or files, with its source.
 */
export { NO_TERMS_FOUND as default } from "../glossary";
