/**
 * United States (USD). Official rule: Seller University "TikTok Shop Referral Fee Updates - 2024"
 * (S01): 6 % from 2024-04-01 on (customer payment + platform discount − tax), covering every TikTok
 * Shop fee except shipping and tax — so no separate payment-processing line after April 2023.
 * Earlier schedules come from Value Added Resource (S02) and are marked grade B/C.
 */
import { RESEARCH_READ } from "../research";
import type { RateEntry } from "../types";

const S01 = "https://seller-us.tiktok.com/university/essay?knowledge_id=5982454398175018";
const S02 = "https://www.valueaddedresource.net/tiktok-shop-major-fee-hike-in-2024/";
const S04 = "https://fitsmallbusiness.com/how-much-does-tiktok-shop-take";
const S05 = "https://www.inc.com/sydney-sladovnik/tiktok-shop-is-raising-referral-fees.html";
const CHARGEBACK_POLICY =
  "https://seller-us.tiktok.com/university/essay?default_language=en&knowledge_id=7989055607670570";
const CHARGEBACK_FEE = "https://tiktok.devcloudsoftware.com/blog/tiktok-shop-chargeback-dispute-playbook";
const CHARGEBACK_AUTO = "https://sellersafe.io/changes/tiktok-2026-05-29-10.html";
const S13 = "https://luminushub.com/tiktok-shop-fees-2025-complete-cost-breakdown-best-practices";

const US_FEE_TAX = "https://seller-us.tiktok.com/university/essay?knowledge_id=1017269682849550";

const common = { book: "shop", market: "US", read: RESEARCH_READ } as const;

export const US_SHOP: readonly RateEntry[] = [
  // Before April 2023 the per-order "transaction fee" was 2.9 % + $0.30.
  {
    ...common,
    kind: "commission",
    category: "*",
    value: "0.029",
    basis: "rate",
    base: "orderValue",
    effective: "2022-11-01",
    dated: "knownSince",
    until: "2023-04-02",
    source: S02,
    grade: "B",
    label: "Transaction fee",
    refundOnReturn: "full",
    note: "Launch schedule (2.9 % + $0.30 per order). The first day is when US Shop opened to sellers widely; S02 gives no exact start.",
  },
  {
    ...common,
    kind: "orderFee",
    category: "*",
    value: "0.30",
    basis: "amount",
    base: "perOrder",
    effective: "2022-11-01",
    dated: "knownSince",
    until: "2023-04-02",
    source: S02,
    grade: "B",
    label: "Fixed fee per order",
    refundOnReturn: "proRata",
    note: "Kept on a partial refund, returned on a full refund (S03).",
  },
  // 2023-04-03 → 2024-03-31: 2 % + $0.30 after a 90-day 0 % start for new shops.
  {
    ...common,
    kind: "commission",
    category: "*",
    value: "0.02",
    basis: "rate",
    base: "orderValue",
    effective: "2023-04-03",
    dated: "inForce",
    until: "2024-03-31",
    source: S02,
    grade: "B",
    label: "Referral fee",
    refundOnReturn: "full",
    note: "New shops paid 0 % for their first 90 days; type 0% as text in the category to model that.",
  },
  {
    ...common,
    kind: "orderFee",
    category: "*",
    value: "0.30",
    basis: "amount",
    base: "perOrder",
    effective: "2023-04-03",
    dated: "inForce",
    until: "2024-03-31",
    source: S02,
    grade: "B",
    label: "Fixed fee per order",
    refundOnReturn: "none",
  },
  // From 2024-04-01: 6 %, no fixed fee.
  {
    ...common,
    kind: "commission",
    category: "*",
    value: "0.06",
    basis: "rate",
    base: "orderValue",
    effective: "2024-04-01",
    dated: "inForce",
    source: S01,
    grade: "A",
    label: "Referral fee",
    refundOnReturn: "full",
    note: "Covers every TikTok Shop fee except shipping and tax. An 8 % rise announced for 2024-07-01 was not implemented.",
    alternatives: [
      {
        value: "0.08",
        source: S05,
        grade: "B",
        note: "Announced for 2024-07-01 (Inc., Jan 2024); the official page still states 6 %.",
      },
      {
        value: "0.029",
        source: S13,
        grade: "D",
        note: "Blogs add 2.9 % + $0.30 processing; not a separate US fee since April 2023.",
      },
    ],
  },
  {
    ...common,
    kind: "commission",
    category: "Pre-owned",
    value: "0.05",
    basis: "rate",
    base: "orderValue",
    effective: "2024-04-01",
    dated: "inForce",
    source: S04,
    grade: "C",
    label: "Referral fee (pre-owned)",
    refundOnReturn: "full",
    tiers: [{ above: "10000", value: "0.03" }],
    note: "Pre-owned bags, luggage and watches: 5 %, and 3 % on the part of a sale above $10,000.",
  },
  {
    ...common,
    kind: "commission",
    category: "Collectible trading cards",
    value: "0.06",
    basis: "rate",
    base: "orderValue",
    effective: "2024-04-01",
    dated: "inForce",
    source: S01,
    grade: "A",
    label: "Referral fee (trading cards)",
    refundOnReturn: "full",
    note: "TikTok's notice charges 6 % on all qualified transactions from 2024-04-01, and Inc. (quoting the notice) reports collectibles fixed at 6 %: the official figure is kept. One blog alone (fitsmallbusiness.com) gives collectible trading cards a lower rate (5 %; 3 % above $10,000), recorded as the alternative: pass 0.05 to use it.",
    alternatives: [
      {
        value: "0.05",
        source: S04,
        grade: "C",
        note: "Trading cards at 5 %, falling to 3 % above $10,000 (a single blog; no TikTok page found).",
      },
    ],
  },
  // Chargebacks: not a fee on every order (a rate lookup: RATE("chargebackFee", "US")).
  {
    ...common,
    kind: "chargebackFee",
    category: "*",
    value: "10",
    basis: "amount",
    base: "perOrder",
    effective: "2026-04-01",
    dated: "knownSince",
    source: CHARGEBACK_FEE,
    grade: "C",
    label: "Chargeback representation (appeal) fee",
    refundOnReturn: "none",
    note: `$10 per chargeback the seller contests (representation within 7 days), per a third-party guide dated 2026-04-01. TikTok's Chargeback Policy (${CHARGEBACK_POLICY}, 2025-01-22) says sellers are liable for the chargeback loss "and any related fees" but states no amount.`,
  },
  {
    ...common,
    kind: "chargebackFee",
    category: "Auto-contested (auction, collectibles, pre-owned)",
    value: "0",
    basis: "amount",
    base: "perOrder",
    effective: "2026-05-29",
    dated: "inForce",
    source: CHARGEBACK_AUTO,
    grade: "C",
    label: "Chargeback appeal fee (auto-contested orders)",
    refundOnReturn: "none",
    note: "From the 2026-05-29 change of the Chargeback Policy (a policy-tracking site's summary of the official page): TikTok contests chargebacks on auction, collectibles and pre-owned orders itself, without the $10 appeal fee.",
  },
  {
    ...common,
    kind: "refundAdmin",
    category: "*",
    value: "0.20",
    basis: "rate",
    base: "commission",
    effective: "2024-04-01",
    dated: "inForce",
    source: S01,
    grade: "A",
    label: "Refund administration fee",
    cap: "5",
    capPer: "sku",
    refundOnReturn: "none",
    note: "20 % of the referral fee, at most $5 per SKU. From 2025-05-15 not charged on creator-sample orders or qualifying pre-shipment cancellations.",
  },
  {
    ...common,
    kind: "feeSalesTax",
    category: "*",
    value: "0",
    unpublished: true,
    basis: "rate",
    base: "commission",
    effective: "2025-11-01",
    dated: "inForce",
    introduced: true,
    source: US_FEE_TAX,
    grade: "B",
    label: "Sales tax on referral fees",
    refundOnReturn: "full",
    note: "From 2025-11-01 sellers in states that tax the service pay sales tax on the referral fee, at the state's rate: give it in the seller profile (feeSalesTaxRate). A real unsettled US file: referral fee −$692.07 + sales tax on referral fees −$43.22. The official page is cited by others; not read here.",
  },
];
