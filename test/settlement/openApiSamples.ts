/**
 * Saved Open API finance responses for the tests, built from the field lists of
 * docs/research/settlement-languages.md §3 (§3.2 the 202309 flat fields, §3.3 the 202501 breakdowns)
 * with amounts from the published fee rules the export fixtures use (layouts.ts): no real response
 * is copied. The reader's, the pane's, the Excel host's and the preview's tests share them.
 */

/** Unix seconds of a local time in a fixed offset (hours). */
export const unix = (iso: string, offsetHours: number) => Date.parse(`${iso}Z`) / 1000 - offsetHours * 3600;

/** §3.2: a 202309 flat transaction of a US order (one object per transaction, amounts as text). */
export function flat202309(o: { id: string; created: number; net: string; referral: string; tax?: string }) {
  const tax = o.tax ?? "0";
  const payment = (Number(o.net) + Number(tax)).toFixed(2);
  return {
    id: `T${o.id}`,
    type: "ORDER",
    order_id: o.id,
    order_create_time: o.created,
    settlement_amount: (Number(o.net) + Number(o.referral)).toFixed(2),
    revenue_amount: o.net,
    net_sales_amount: o.net,
    gross_sales_amount: o.net,
    gross_sales_refund_amount: "0",
    seller_discount_amount: "0",
    seller_discount_refund_amount: "0",
    shipping_cost_amount: "0",
    actual_shipping_fee_amount: "0",
    fee_amount: o.referral,
    platform_commission_amount: "0",
    referral_fee_amount: o.referral,
    transaction_fee_amount: "0",
    refund_administration_fee_amount: "0",
    affiliate_commission_amount: "0",
    adjustment_amount: "0",
    customer_payment_amount: payment,
    customer_refund_amount: "0",
    platform_discount_amount: "0",
    platform_discount_refund_amount: "0",
    sales_tax_payment_amount: tax,
    sales_tax_refund_amount: "0",
  };
}

/** §3.3: a 202501 transaction of the MY order of layouts.ts `myOrder` (transaction fee 3.78 % of 73.50). */
export function breakdown202501(id: string, changes: Record<string, unknown> = {}) {
  return {
    id: `T${id}`,
    type: "ORDER",
    order_id: id,
    order_create_time: unix("2026-03-02T10:00:00", 8),
    settlement_amount: "87.22",
    revenue_amount: "90.00",
    revenue_breakdown: {
      subtotal_before_discount_amount: "100.00",
      seller_discount_amount: "-10.00",
      refund_subtotal_before_discount_amount: "0",
      seller_discount_refund_amount: "0",
    },
    shipping_cost_amount: "0",
    shipping_cost_breakdown: { actual_shipping_fee_amount: "0", supplementary_component: {} },
    fee_tax_amount: "-2.78",
    fee_tax_breakdown: {
      fee: {
        platform_commission_amount: "0",
        transaction_fee_amount: "-2.78",
        affiliate_commission_amount: "0",
        affiliate_commission_amount_before_pit: "0",
      },
      tax: {},
    },
    supplementary_component: {
      customer_payment_amount: "73.50",
      customer_refund_amount: "0",
      platform_discount_amount: "-16.50",
      platform_discount_refund_amount: "0",
    },
    adjustment_amount: "0",
    ...changes,
  };
}

/** A saved 202309 statement-transactions response (US, 6 % referral): the third order's fee 0.18 too high. */
export const US_202309_RESPONSE = {
  code: 0,
  data: {
    statement_id: "7480000000000000001",
    currency: "USD",
    transactions: [
      ["576460752303423488", "-1.32"],
      ["576460752303423489", "-1.32"],
      ["576460752303423490", "-1.50"], // the rule gives -1.32
    ].map(([id, referral]) => flat202309({ id, created: unix("2025-03-01T10:00:00", -8), net: "22.00", referral })),
  },
};
