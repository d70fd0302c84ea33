/**
 * Spanish (Español; Spain and Mexico): TikTok Shop's own words in this language — none found yet. Market: Spain and Mexico.
 * Searched (2026-12-07): "Comisión por referencia", "Tarifa de referencia", "Comisión de TikTok
 * Shop", "Tarifa de transacción", seller-mx / seller-es Seller University (search: pages, code,
 * find_string). Found only third-party pages (es.accio.com, bulkmedya.org, edesk.com,
 * dataiads.io, prismalia.com); settlement-languages.md §5 found no Spanish export either.
 *
 * So every fee's list is empty and the sheets catalog's own (draft) names are used
 * (src/i18n/es/sheets.ts `fees`, by the rule in src/i18n/feeNames.ts); the settlement reader has no
 * es dictionary. Add a term only when it is seen in TikTok's own pages or files, with its source.
 */
export { NO_TERMS_FOUND as default } from "../glossary";
