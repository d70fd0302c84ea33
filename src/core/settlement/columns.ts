/**
 * The columns of TikTok Shop settlement exports that reconciliation reads, as keys. The names each
 * key has in each Seller Center language live in the header dictionaries (`dictionaries/<lang>.ts`,
 * one per UI language; the fee columns' names come from that language's glossary,
 * `src/i18n/<lang>/glossary.ts`).
 *
 * Names are compared after `normalizeHeader`: case, runs of spaces/tabs, a trailing "(UTC)",
 * full-width brackets and the backslash of `Order\adjustment ID` do not matter, since real files
 * vary in all of these.
 */

export const COLUMN_KEYS = [
  // identity and dates
  "id",
  "type",
  "created",
  /** When the transaction was created (unsettled exports): the created date when no order date is given. */
  "transactionCreated",
  "settled",
  "currency",
  "statementId",
  "estimatedSettleTime",
  "skuId",
  "quantity",
  "relatedOrderId",
  "adjustmentReason",
  // totals
  "settlement",
  "estimatedSettlement",
  "revenue",
  "netSales",
  "shippingTotal",
  "totalFees",
  "adjustment",
  // bases
  "subtotalAfter",
  "refundSubtotalAfter",
  "customerPayment",
  "customerRefund",
  "platformDiscount",
  "platformDiscountRefund",
  "salesTax",
  "salesTaxRefund",
  // modelled fees
  "commission",
  "transaction",
  "refundAdmin",
  "orderProcessingFee",
  "platformSupportFee",
  "sellerShippedFee",
  "growth",
  "dynamicCommission",
  // fee columns read only to tell the market (marketQuirks.ts `markedBy`); summed as not modelled
  "referralSalesTax",
  "vatWithheld",
  "pitWithheld",
  "sst",
  // order export
  "orderId",
  "orderStatus",
  "orderCreated",
  "orderDelivered",
  "productCategory",
] as const;

export type ColumnKey = (typeof COLUMN_KEYS)[number];

/**
 * Lower case, tabs and runs of spaces as one space, `\` as `/`, full-width brackets as ASCII ones,
 * no trailing "(UTC)".
 */
export function normalizeHeader(text: unknown): string {
  if (typeof text !== "string") return typeof text === "number" ? String(text) : "";
  return text
    .replace(/\\/g, "/")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/[\s\u00a0\u3000]+/g, " ")
    .trim()
    .replace(/\s*\(utc\)$/i, "")
    .toLowerCase();
}
