/**
 * Japanese (日本語): TikTok Shop's own words in this language — none found yet. Market: Japan.
 * Searched (2026-12-07): "販売手数料", "決済手数料", "TikTok Shop 手数料", seller-jp Seller University
 * (search: pages, code). Found only third-party articles (baseu.jp, livecommercejapan.jp,
 * sharing-live.jp) that say 販売手数料; no TikTok page or Japanese-UI export. The one JP statement
 * known is in the Chinese UI (settlement-languages.md §5).
 *
 * So every fee's list is empty and the sheets catalog's own (draft) names are used
 * (src/i18n/ja/sheets.ts `fees`, by the rule in src/i18n/feeNames.ts); the settlement reader has no
 * ja dictionary. Add a term only when it is seen in TikTok's own pages or files, with its source.
 */
export { NO_TERMS_FOUND as default } from "../glossary";
