/**
 * United Kingdom (GBP). Commission is VAT-inclusive and charged on net sales + buyer-paid shipping
 * + platform discount − refunds (M2E Cloud, S28). 5 % until 2024-09-01, 9 % from 2024-09-02
 * (reported from the Seller Center notice, S23). No official UK page is public: all figures are
 * secondary (grade B/C).
 */
import { marketEntries } from "./entries";

const S21 = "https://thepaypers.com/ecommerce/tiktok-prepares-for-launch-of-tiktok-shop-in-spain--1260025";
const S23 = "https://topeuropenews.com/tiktok-shop-increases-seller-fees-in-the-uk";
const S24 = "https://www.elverecommerceaccountants.co.uk/tiktok-shop-fees/";
const S27 =
  "https://www.tukemarketing.com/news/3186-tiktok-shop-undergoes-major-adjustments-in-july-dual-changes-in-logistics-fees-and-promotional-policies";
const S30 = "https://tiktraining.de/s/en/TikTok+Shop+UK+Fees/21157";
const S228 = "https://foregrade.io/help/profit-calculation";

export const UK_SHOP = marketEntries({ market: "UK", taxInclusive: true }, "orderValue", [
  {
    kind: "commission",
    value: "0.05",
    effective: "2023-01-25",
    dated: "knownSince",
    until: "2024-09-01",
    source: S21,
    grade: "B",
    label: "Commission",
    refundOnReturn: "full",
    note: "5 % standard (1.8 % for a new shop's first 90 days; pass 0.018 as the category to model it). The first day is the date of the earliest source; the UK shop opened earlier.",
  },
  {
    kind: "commission",
    value: "0.09",
    effective: "2024-09-02",
    dated: "inForce",
    source: S23,
    grade: "B",
    label: "Commission",
    refundOnReturn: "full",
    note: "VAT-inclusive, on net sales + buyer-paid shipping + platform discount − refunds (docs.m2ecloud.com). Seller Missions can reduce it.",
    alternatives: [
      {
        value: "0.05",
        source: S30,
        grade: "D",
        note: "A 2024 blog still gives 5 % plus a 2 % payment fee; contradicted by the notice.",
      },
    ],
  },
  {
    kind: "commission",
    category: "Electronics",
    value: "0.05",
    effective: "2024-09-02",
    dated: "inForce",
    source: S23,
    grade: "B",
    label: "Commission (electronics)",
    refundOnReturn: "full",
    note: "5 % once the shop is past its first 90 days and has kept an average performance score of at least 4.0 over 90 days; otherwise the 9 % standard rate applies.",
  },
  {
    kind: "commission",
    category: "Collectibles",
    value: "0.05",
    effective: "2024-09-02",
    dated: "inForce",
    source: S23,
    grade: "B",
    label: "Commission (collectibles)",
    refundOnReturn: "full",
    note: "Same eligibility as electronics (past 90 days, performance score ≥ 4.0); otherwise 9 %.",
  },
  {
    kind: "commission",
    category: "Books",
    value: "0.07",
    effective: "2026-04-25",
    source: S228,
    grade: "C",
    label: "Commission (books)",
    refundOnReturn: "full",
    dated: "knownSince" as const,
    note: "Single source, unverified: a 2026 profit calculator's help page (no second source or official UK category table found); its date is when the rate is known from, not a change date. Before it the standard 9 % is used, which may be wrong for books.",
  },
  {
    kind: "orderFee",
    value: "0.50",
    basis: "amount",
    base: "perOrder",
    effective: "2025-07-15",
    dated: "inForce",
    introduced: true,
    source: S24,
    grade: "C",
    label: "Seller-shipped order fee",
    refundOnReturn: "none",
    note: "£0.50 incl. VAT on every order the seller ships, new from 00:00 2025-07-15 (before it none was charged); Fulfilled by TikTok and platform-shipped orders are exempt (leave it out by passing the fees yourself).",
    alternatives: [{ value: "0.50", source: S27, grade: "C", note: "Reported per item rather than per order." }],
  },
]);
