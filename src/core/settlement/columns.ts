/**
 * The columns of TikTok Shop settlement exports that reconciliation reads, each with every name it
 * has been seen under (docs/research/settlement.md §1–2): English and Indonesian, before and
 * after the June 2026 renames, with TikTok's own misspellings (`Ajustment amount`).
 *
 * Names are compared after `normalizeHeader`: case, runs of spaces/tabs, a trailing "(UTC)" and the
 * backslash of `Order\adjustment ID` do not matter, since real files vary in all of these.
 */

export type ColumnKey =
  // identity and dates
  | "id"
  | "type"
  | "created"
  | "settled"
  | "currency"
  | "statementId"
  | "estimatedSettleTime"
  | "skuId"
  | "quantity"
  | "relatedOrderId"
  | "adjustmentReason"
  // totals
  | "settlement"
  | "estimatedSettlement"
  | "revenue"
  | "netSales"
  | "shippingTotal"
  | "totalFees"
  | "adjustment"
  // bases
  | "subtotalAfter"
  | "refundSubtotalAfter"
  | "customerPayment"
  | "customerRefund"
  | "platformDiscount"
  | "platformDiscountRefund"
  | "salesTax"
  | "salesTaxRefund"
  // modelled fees
  | "commission"
  | "transaction"
  | "refundAdmin"
  | "orderProcessingFee"
  | "platformSupportFee"
  | "sellerShippedFee"
  | "growth"
  | "dynamicCommission"
  // order export
  | "orderId"
  | "orderStatus"
  | "orderCreated"
  | "orderDelivered"
  | "productCategory";

/** Every known name of each column (any case/spacing). */
export const COLUMN_NAMES: Readonly<Record<ColumnKey, readonly string[]>> = {
  id: ["Order/adjustment ID", "ID Pesanan/Penyesuaian"],
  type: ["Type", "Transaction type", "Jenis transaksi"],
  created: ["Order created time", "Order created date", "Waktu pemesanan", "Order create time"],
  settled: ["Order settled time", "Waktu pembayaran pesanan", "Statement date"],
  currency: ["Currency", "Mata uang"],
  statementId: ["Statement ID"],
  estimatedSettleTime: ["Estimated Settle time"],
  skuId: ["SKU ID"],
  quantity: ["Quantity"],
  relatedOrderId: ["Related order ID", "ID pesanan terkait"],
  adjustmentReason: ["Adjustment reason", "Unsettled reasons"],
  settlement: ["Total settlement amount", "Jumlah penyelesaian pembayaran"],
  estimatedSettlement: ["Total estimated settlement amount"],
  revenue: ["Total revenue", "Total Pendapatan"],
  netSales: ["Net sales"],
  shippingTotal: ["Shipping"],
  totalFees: ["Total fees", "Fees", "Total Biaya"],
  adjustment: ["Ajustment amount", "Adjustment amount", "Jumlah penyesuaian"],
  subtotalAfter: ["Subtotal after seller discounts", "Subtotal setelah diskon penjual"],
  refundSubtotalAfter: ["Refund subtotal after seller discounts", "Subtotal pengembalian dana setelah diskon penjual"],
  customerPayment: ["Customer payment", "Pembayaran oleh pembeli"],
  customerRefund: ["Customer refund", "Pengembalian dana pembeli"],
  platformDiscount: ["Platform discounts", "Platform discount", "Diskon platform"],
  platformDiscountRefund: [
    "Platform discounts refund",
    "Refund of platform discounts",
    "Platform discount refund",
    "Pengembalian dana diskon platform",
  ],
  salesTax: ["Sales tax payment"],
  salesTaxRefund: ["Sales tax refund"],
  commission: [
    "TikTok Shop commission fee",
    "Referral fee",
    "Platform commission fee",
    "Biaya komisi platform",
    "推荐费",
  ],
  transaction: ["Transaction fee", "Payment Fee", "Biaya Pembayaran", "交易手续费"],
  refundAdmin: ["Refund administration fee"],
  orderProcessingFee: ["Order processing fee", "Biaya pemrosesan pesanan"],
  platformSupportFee: ["Platform support fee"],
  sellerShippedFee: ["Seller-shipped order fee", "Seller shipped order fee"],
  growth: ["Commerce growth fee"],
  dynamicCommission: ["Dynamic commission"],
  orderId: ["Order ID"],
  orderStatus: ["Order Status"],
  orderCreated: ["Created Time"],
  orderDelivered: ["Delivered Time"],
  productCategory: ["Product Category"],
};

/** Lower case, tabs and runs of spaces as one space, `\` as `/`, no trailing "(UTC)". */
export function normalizeHeader(text: unknown): string {
  if (typeof text !== "string") return typeof text === "number" ? String(text) : "";
  return text
    .replace(/\\/g, "/")
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .replace(/\s*\(utc\)$/i, "")
    .toLowerCase();
}

const BY_NAME = new Map<string, ColumnKey>();
for (const [key, names] of Object.entries(COLUMN_NAMES) as [ColumnKey, readonly string[]][]) {
  for (const n of names) BY_NAME.set(normalizeHeader(n), key);
}

/** The column a header names, or null for a column reconciliation does not read. */
export function columnKeyOf(header: unknown): ColumnKey | null {
  return BY_NAME.get(normalizeHeader(header)) ?? null;
}

/**
 * Fee-block columns that are parents or breakdowns of other columns in the same block: adding them
 * to their children would count a fee twice (research §3.4–3.5), so the "total fees = sum of its
 * parts" check leaves them out when their children are present.
 */
export const FEE_PARENT_COLUMNS: ReadonlySet<string> = new Set(
  [
    "Seller shipping fee",
    "Shipping cost",
    "Ongkir",
    "Biaya komisi sebelum diskon",
    "Diskon (dari belanja iklan)",
    "Diskon komisi lainnya",
    "Affiliate commission before PIT (personal income tax)",
    "Affiliate Shop Ads commission before PIT (personal income tax)",
  ].map(normalizeHeader),
);
