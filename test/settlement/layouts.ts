/**
 * Settlement exports in their real layouts (exact header names from
 * docs/research/settlement.md, with the trailing spaces, tabs, banner rows, description row and
 * duplicate columns real files have), filled with values computed from published fee rules.
 */
import type { Cell, ColumnKey } from "../../src/core/settlement";

/** US statement order details, per SKU (S12 column order, plus later columns from S11). */
export const US_STATEMENT = [
  "Statement date (UTC)",
  "Statement ID",
  "Payment ID",
  "Status",
  "Currency",
  "Type",
  "Order/adjustment ID",
  "SKU ID",
  "Quantity",
  "Product name",
  "SKU name",
  "Order created date",
  "Order delivery date",
  "Total settlement amount",
  "Net sales",
  "Gross sales",
  "Gross sales refund",
  "Seller discount",
  "Seller discount refund",
  "Shipping",
  "TikTok Shop shipping fee",
  "Customer-paid shipping fee",
  "Fees",
  "Transaction fee",
  "Referral fee",
  "Refund administration fee",
  "Affiliate commission",
  "Affiliate partner commission",
  "Adjustment amount",
  "Adjustment reason",
  "Related order ID",
  "Customer payment",
  "Customer refund",
  "Seller co-funded voucher discount",
  "Platform discounts",
  "Platform discounts refund",
  "Sales tax payment",
  "Sales tax refund",
];

/** SEA Income "Order details" (MY variant of S8/S14), headers with the trailing spaces and tabs of S1/S19/S20. */
export const MY_INCOME = [
  "Order/adjustment ID  ",
  "Type ",
  "Order created time",
  "Order settled time",
  "Currency",
  "Total settlement amount",
  "Total revenue",
  "Subtotal after seller discounts",
  "Subtotal before discounts",
  "Seller discounts",
  "Refund subtotal after seller discounts",
  "Refund subtotal before seller discounts",
  "Refund of seller discounts",
  "Total fees",
  "Transaction fee",
  "TikTok Shop commission fee",
  "Seller shipping fee",
  "Actual shipping fee",
  "Platform shipping fee discount",
  "Customer shipping fee",
  "Affiliate Commission",
  "Affiliate Shop Ads commission\t",
  "SFP service fee",
  "Order processing fee",
  "Dynamic commission",
  "SST",
  "Platform support fee",
  "Ajustment amount",
  "Related order ID",
  "Customer payment",
  "Customer refund",
  "Platform discounts",
  "Refund of platform discounts",
];

/** English names (MY_INCOME's, trimmed) of the keys generated MY_INCOME rows fill. */
export const MY_INCOME_NAMES = {
  id: "Order/adjustment ID",
  type: "Type",
  created: "Order created time",
  currency: "Currency",
  settlement: "Total settlement amount",
  revenue: "Total revenue",
  subtotalAfter: "Subtotal after seller discounts",
  totalFees: "Total fees",
  transaction: "Transaction fee",
  commission: "TikTok Shop commission fee",
  adjustment: "Ajustment amount",
  customerPayment: "Customer payment",
  platformDiscount: "Platform discounts",
} as const satisfies Partial<Record<ColumnKey, string>>;

/** ID Income "Detail pesanan" in Indonesian (S10 aliases), June 2026 file. */
export const ID_INCOME_ID = [
  "ID Pesanan/Penyesuaian",
  "Jenis transaksi",
  "Waktu pemesanan",
  "Waktu pembayaran pesanan",
  "Mata uang",
  "Jumlah penyelesaian pembayaran",
  "Total Pendapatan",
  "Subtotal setelah diskon penjual",
  "Subtotal sebelum diskon",
  "Diskon penjual",
  "Subtotal pengembalian dana setelah diskon penjual",
  "Total Biaya",
  "Biaya komisi platform",
  "Biaya komisi sebelum diskon",
  "Diskon komisi lainnya",
  "Biaya layanan Mall",
  "Biaya Pembayaran",
  "Ongkir",
  "Komisi Afiliasi",
  "Biaya pemrosesan pesanan",
  "Jumlah penyesuaian",
  "ID pesanan terkait",
  "Pembayaran oleh pembeli",
  "Pengembalian dana pembeli",
  "Diskon platform",
];

/** UK unsettled-orders CSV (S3), abridged: note the two `Related order ID` columns. */
export const UK_UNSETTLED = [
  "Type",
  "Order/adjustment ID",
  "Creation date",
  "Currency",
  "Total estimated settlement amount",
  "Estimated Settle time",
  "Unsettled reasons",
  "Related order ID",
  "Order created date",
  "Order shipment date",
  "Order delivery date",
  "SKU ID",
  "Quantity",
  "Product name",
  "SKU name",
  "Net sales",
  "Gross sales",
  "Gross sales refund",
  "Seller discount",
  "Seller discount refund",
  "Shipping",
  "Fees",
  "TikTok Shop commission fee",
  "Est. affiliate commission",
  "VAT",
  "Shipping service fee",
  "Adjustment amount",
  "Adjustment reason",
  "Related order ID",
  "Customer payment",
  "Customer refund",
  "Platform discounts",
  "Platform discounts refund",
];

/** Order export OrderSKUList (US order CSV, S6/S16) with the description row under the header. */
export const ORDER_EXPORT = [
  "Order ID",
  "Order Status",
  "Order Substatus",
  "SKU ID",
  "Seller SKU",
  "Product Name",
  "Quantity",
  "SKU Unit Original Price",
  "SKU Subtotal Before Discount",
  "Order Amount",
  "Created Time",
  "Paid Time",
  "Delivered Time",
  "Product Category",
];
export const ORDER_EXPORT_DESCRIPTION = ["Platform unique order ID.", "Order status.", "Order substatus."];

/** A row in the header's column order; values keyed by header name (trimmed), first match wins. */
export function rowOf(header: readonly string[], values: Record<string, Cell>): Cell[] {
  const used = new Set<string>();
  return header.map((h) => {
    const k = h.trim();
    if (used.has(k)) return "";
    used.add(k);
    return k in values ? values[k] : "";
  });
}

/** Text of a CSV file (quoted where needed). */
export function csvText(rows: readonly (readonly Cell[])[]): string {
  const q = (c: Cell) => {
    const s = c === null || c === undefined ? "" : String(c);
    return /[",\n\r]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(q).join(",")).join("\r\n") + "\r\n";
}

/** A US statement order row priced by the official rule (6 % of payment + platform discount − tax). */
export function usOrder(o: {
  id: string;
  created: string;
  net: string;
  tax?: string;
  platformDiscount?: string;
  referral: string;
  sku?: string;
}): Cell[] {
  const tax = o.tax ?? "0";
  const pd = o.platformDiscount ?? "0";
  const payment = (Number(o.net) - Number(pd) + Number(tax)).toFixed(2);
  const settlement = (Number(o.net) + Number(o.referral)).toFixed(2);
  return rowOf(US_STATEMENT, {
    "Statement date (UTC)": "2025/03/10",
    "Statement ID": "7480000000000000001",
    Currency: "USD",
    Type: "Order",
    "Order/adjustment ID": o.id,
    "SKU ID": o.sku ?? "1729000000000000001",
    Quantity: 1,
    "Order created date": o.created,
    "Total settlement amount": settlement,
    "Net sales": o.net,
    Shipping: "0",
    Fees: o.referral,
    "Transaction fee": "0",
    "Referral fee": o.referral,
    "Refund administration fee": "0",
    "Adjustment amount": "0",
    "Customer payment": payment,
    "Platform discounts": pd === "0" ? "0" : `-${pd}`,
    "Sales tax payment": tax,
  });
}

/**
 * A settled MY order (S14's example): 100.00 of goods less a 10.00 seller discount, a 16.50
 * platform voucher, customer payment 73.50 → transaction fee 3.78 % = 2.78 and the 0.54 platform
 * support fee; no commission charged. `changes` override columns.
 */
export function myOrder(id: string, changes: Record<string, Cell> = {}): Cell[] {
  return rowOf(MY_INCOME, {
    "Order/adjustment ID": id,
    Type: "Order",
    "Order created time": "2026/03/02",
    "Order settled time": "2026/03/12",
    Currency: "MYR",
    "Total settlement amount": "86.68",
    "Total revenue": "90.00",
    "Subtotal after seller discounts": "90.00",
    "Subtotal before discounts": "100.00",
    "Seller discounts": "-10.00",
    "Total fees": "-3.32",
    "Transaction fee": "-2.78",
    "TikTok Shop commission fee": "0",
    "Platform support fee": "-0.54",
    "Ajustment amount": "0",
    "Customer payment": "73.50",
    "Platform discounts": "-16.50",
    ...changes,
  });
}

/**
 * An ID order of 2024-05-10 (Indonesian headers): 100,000 of goods and a commission of 2,109 =
 * 1.9 % (Jewelry, Home Appliances, Phones & Electronics) + 11 % VAT on top.
 */
export function idOrderWithVat(id: string): Cell[] {
  return rowOf(ID_INCOME_ID, {
    "ID Pesanan/Penyesuaian": id,
    "Jenis transaksi": "Pesanan",
    "Waktu pemesanan": "2024/05/10",
    "Mata uang": "IDR",
    "Jumlah penyelesaian pembayaran": "97891",
    "Total Pendapatan": "100000",
    "Subtotal setelah diskon penjual": "100000",
    "Total Biaya": "-2109",
    "Biaya komisi platform": "-2109",
    "Jumlah penyesuaian": "0",
    "Pembayaran oleh pembeli": "100000",
  });
}
