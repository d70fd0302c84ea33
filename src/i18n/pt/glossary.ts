/**
 * Brazilian Portuguese (Português do Brasil): TikTok Shop's own words in this language — none found yet. Market: Brazil.
 * Searched (2026-12-07): "Taxa de comissão", "Comissão do TikTok Shop", "Taxa de transação",
 * seller-br Seller University (search: pages, code, find_string). Found only third-party
 * calculators and blogs (bulkmedya.org, folhape.com.br, sellers' own code). The Portuguese
 * aliases of settlement-languages.md §1.4 are an importer author's translations, not TikTok's
 * headers, so they are not used here.
 *
 * So every fee's list is empty and the sheets catalog's own (draft) names are used
 * (src/i18n/pt/sheets.ts `fees`, by the rule in src/i18n/feeNames.ts); the settlement reader has no
 * pt dictionary. Add a term only when it is seen in TikTok's own pages or files, with its source.
 */
export { NO_TERMS_FOUND as default } from "../glossary";
