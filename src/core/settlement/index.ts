/**
 * Statement reconciliation: TikTok Shop settlement exports (Income "Order details", US/UK statement
 * order details, unsettled-orders exports) checked fee by fee against the rate book. Host-neutral:
 * rows of cells in, Decimals out; the CLI, the task pane and the functions supply the rows.
 */
export { createReconciler, reconcileRows, linesOf } from "./reconcile";
export { layoutTitleOf, OTHER_REASONS } from "./summary";
export type {
  Reconciler,
  ReconcileOptions,
  ReconcileSummary,
  ReconciledLine,
  FeeCheck,
  FeeStatus,
  LineStatus,
  FeeTotals,
  MonthTakeRate,
  JoinResult,
} from "./reconcile";
export type { AffiliateRefunds } from "./types";
export { marketContext, marketOfFile, type MarketContext, type FeeColumn } from "./marketContext";
export { MARKET_QUIRKS, type MarketQuirks } from "./marketQuirks";
export { createOrderIndex, type OrderIndex, type OrderIndexBuilder, type OrderRecord } from "./orders";
export {
  detectHeader,
  detectHeaderRow,
  feeBlockColumns,
  columnsToRead,
  LAYOUTS,
  HEADER_SCAN_ROWS,
  type Header,
  type Layout,
  type LayoutId,
} from "./layouts";
export { COLUMN_KEYS, normalizeHeader, type ColumnKey } from "./columns";
export {
  COLUMN_NAMES,
  DICTIONARIES,
  SETTLEMENT_SHEETS,
  columnKeyOf,
  transactionKind,
  type HeaderDictionary,
  type TransactionKind,
  type FeeBreakdown,
} from "./dictionaries";
export { readAmount, readDate, readId, readText, isEmptyCell, type Cell, type OrderId } from "./values";
export {
  SETTLEMENT_FEES,
  type SettlementFee,
  type ExpectedFee,
  type ExpectedFeeQuery,
  type FeeAmounts,
} from "./expectedFee";

/**
 * The fee a settlement row should carry — what `=TIKTOK.EXPECTEDFEE(…)` computes.
 *
 * `fee` is commission (referral), transaction (payment), refundAdmin, orderFee or growth; `market`
 * a market code; `date` the order's created date (ISO text), which picks the rates in force; the
 * amounts are the row's own columns, signed as in the file (customerPayment, platformDiscount,
 * salesTax, their refunds, subtotalAfter, refundSubtotalAfter, quantity); `category` optional.
 * The result's `amount` is signed like the file (a fee charged is negative), rounded once to the
 * currency; `rate`, `base`, `label`, `source` say how it was found.
 * Raises CoreError: #VALUE! for a non-numeric amount or a missing base, #N/A for an unknown fee,
 * market or category, a date before the rate book, or a rate published only in Seller Center.
 */
export { expectedFee } from "./expectedFee";
export { openApiTable, looksLikeJson, type OpenApiTable, type OpenApiVersion, type OpenApiOptions } from "./openApi";
export {
  MAPPING_FORMAT,
  MAPPING_VERSION,
  parseColumnMapping,
  requireConfirmed,
  mappingFits,
  isMappedHeader,
  headerFromMapping,
  type ColumnMapping,
} from "./mapping";
export { suggestMapping, SAMPLE_ROWS, type MappingSuggestion, type MappingEvidence } from "./suggestMapping";
