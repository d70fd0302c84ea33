/**
 * English exports (docs/research/settlement.md §1–2): SEA Income "Order details" (before and after
 * the June 2026 renames, `Order\adjustment ID` and `Type`), the US/UK statement order details, the
 * US/UK unsettled files, the US profit-and-loss `Orders` sheet, the order export (OrderSKUList) and
 * the BR statement's own columns (file id 43050769929, settlement-languages.md §1.4).
 */
import glossary from "../../../i18n/en/glossary";
import { type HeaderDictionary, glossaryColumns } from "./dictionary";

const g = glossaryColumns(glossary);

export const EN_DICTIONARY: HeaderDictionary = {
  language: "en",
  columns: {
    ...g,
    id: ["Order/adjustment ID"],
    type: ["Type", "Transaction type"],
    created: ["Order created time", "Order created date", "Order create time"],
    // The unsettled files' transaction date: the created date of a row with no order date.
    transactionCreated: ["Creation date"],
    settled: ["Order settled time", "Statement date"],
    currency: ["Currency"],
    statementId: ["Statement ID"],
    estimatedSettleTime: ["Estimated Settle time"],
    skuId: ["SKU ID"],
    quantity: ["Quantity"],
    relatedOrderId: ["Related order ID"],
    // BR statements say "Adjustment reasons".
    adjustmentReason: ["Adjustment reason", "Unsettled reasons", "Adjustment reasons"],
    orderId: ["Order ID"],
    orderStatus: ["Order Status"],
    orderCreated: ["Created Time"],
    orderDelivered: ["Delivered Time"],
    productCategory: ["Product Category"],
  },
  sheets: ["Order details", "Unsettled order and adjustment", "Orders"],
  types: {
    Order: "order",
    Sale: "order",
    Refund: "refund",
    Return: "refund",
    Adjustment: "adjustment",
    "Platform compensation": "compensation",
    "Logistics reimbursement": "compensation",
    "Deductions incurred by seller": "deduction",
    "GMV Payment for TikTok Ads": "adsPayment",
    "GMV Payment for Promote": "adsPayment",
  },
  breakdowns: [
    {
      // settlement.md §3.4; the ID English names of §2.
      total: ["Seller shipping fee", "Shipping cost"],
      parts: [
        "Actual shipping fee",
        "Platform shipping fee discount",
        "Customer shipping fee",
        "Actual return shipping fee",
        "Refunded customer shipping fee",
        "SFR reimbursement",
        "Failed delivery subsidy",
        "Shipping subsidy",
        "Shipping costs passed on to the logistics provider",
        "Replacement/Exchange shipping fee (passed on to the customer)",
        "Shipping cost borne by the platform",
        "Shipping cost paid by the customer",
        "Refunded shipping cost paid by the customer",
        "Return shipping costs (passed on to the customer)",
        "Shipping cost subsidy",
        "Distance shipping fee from Horizon+ Program",
      ],
      add: "parts",
    },
    {
      // VN English UI: affiliate commission = the amount before PIT + the PIT withheld.
      total: ["Affiliate commission"],
      parts: [
        "Affiliate commission before PIT (personal income tax)",
        "Personal income tax withheld from affiliate commission",
      ],
      add: "total",
    },
    {
      total: ["Affiliate Shop Ads commission"],
      parts: [
        "Affiliate Shop Ads commission before PIT (personal income tax)",
        "Personal income tax withheld from affiliate Shop Ads commission",
      ],
      add: "total",
    },
  ],
};
