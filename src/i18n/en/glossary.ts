/**
 * English: TikTok Shop's words in Seller Center's English UI (docs/research/settlement.md §1–2:
 * SEA Income files, the US/UK statement and unsettled files; §2 "Renames over time").
 */
import type { Glossary } from "../glossary";

const glossary: Glossary = {
  fees: {
    // SEA and the UK; the US says "Referral fee"; Indonesia's Tokopedia-era files "Platform commission fee".
    commission: ["TikTok Shop commission fee", "Referral fee", "Platform commission fee"],
    // Indonesia: "Payment Fee".
    transaction: ["Transaction fee", "Payment Fee"],
    refundAdmin: ["Refund administration fee"],
    orderFee: ["Order processing fee"],
    growth: ["Commerce growth fee"],
    dynamicCommission: ["Dynamic commission"],
  },
  columns: {
    settlement: ["Total settlement amount"],
    estimatedSettlement: ["Total estimated settlement amount"],
    revenue: ["Total revenue"],
    netSales: ["Net sales"],
    shippingTotal: ["Shipping"],
    totalFees: ["Total fees", "Fees"],
    // SEA files misspell it.
    adjustment: ["Ajustment amount", "Adjustment amount"],
    subtotalAfter: ["Subtotal after seller discounts"],
    refundSubtotalAfter: ["Refund subtotal after seller discounts"],
    customerPayment: ["Customer payment"],
    customerRefund: ["Customer refund"],
    platformDiscount: ["Platform discounts", "Platform discount"],
    platformDiscountRefund: ["Platform discounts refund", "Refund of platform discounts", "Platform discount refund"],
    salesTax: ["Sales tax payment"],
    salesTaxRefund: ["Sales tax refund"],
    // MY's per-order fee; the UK's.
    platformSupportFee: ["Platform support fee"],
    sellerShippedFee: ["Seller-shipped order fee", "Seller shipped order fee"],
    // Columns one market's files have (US; VN; MY).
    referralSalesTax: ["Sales tax on referral fees"],
    vatWithheld: ["VAT withheld by TikTok Shop"],
    pitWithheld: ["PIT withheld by TikTok Shop"],
    sst: ["SST"],
  },
};

export default glossary;
