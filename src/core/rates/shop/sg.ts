/**
 * Singapore (SGD). GST-inclusive. Commission on (item − seller discount); the transaction fee on
 * what the buyer paid (platform vouchers lower it). 2023–2024 figures are reprints of the official
 * notices (grade B: reprints are never better than B); 2025 figures come from third parties only (grade C):
 * no TikTok SG page was found in the 2026-12 official-first sweep (docs/research/rate-audit.md).
 */
import type { RateEntry } from "../types";
import { marketEntries, type Own } from "./entries";

const S89 = "http://hrm2022.shop.xyrl.com/xinwen/show-117026.html";
const S91 = "https://tkzyw.com/1595.html";
const S92 = "https://emma.com.sg/tiktok-shop-seller-fee-increase-jan-2024-things-to-note";
const S93 = "https://tt123.com/feature/YLSVZad9";
const S94 = "https://sitegiant.asia/blog/2025-tiktok-shop-commission-transaction-fees-for-singapore-sellers";
const S95 = "https://ywbanu.com/tiktok-shop-fees-singapore-2025";
/**
 * TKTK news (Italian edition, C): the SG commission rules from 2025-07-15 — the standard rates and the
 * discounted rates of sellers in the platform's subsidy programme (read 2026-12-07 in the stored copy).
 */
const TKTK_SG = "https://www.tktk.com/it/news/3275.html";
/** What the 2025-07-15 report says, shared by the entries that carry it. */
const SG_2025_07 =
  "A news report (tktk.com, C) gives the SG rules from 2025-07-15: the standard commission is 7.085 % (5.45 % for electronics and some home categories); sellers in the platform's ('super') subsidy programme pay a discounted 5.995 % (4.36 %) plus a separate subsidy service fee on non-restricted products; a programme seller whose participation is suspended pays the standard rate and no service fee; orders of restricted products only (gold jewellery, infant formula) pay the standard rate.";

const LOWER_CATEGORIES = ["Household Appliances", "Computers & Office Equipment", "Phones & Electronics"];

export const SG_SHOP: readonly RateEntry[] = marketEntries({ market: "SG", taxInclusive: true }, "itemNet", [
  {
    kind: "commission",
    value: "0.01",
    effective: "2023-09-15",
    dated: "inForce",
    until: "2023-12-31",
    source: S89,
    grade: "B",
    label: "Commission",
    refundOnReturn: "proRata",
    note: "1.00 % incl. 8 % GST; new sellers 0 % for 90 days after seller tasks.",
  },
  {
    kind: "commission",
    value: "0.0218",
    effective: "2024-01-01",
    dated: "inForce",
    until: "2024-08-31",
    source: S91,
    grade: "B",
    label: "Commission",
    refundOnReturn: "proRata",
    note: "2.18 % incl. 9 % GST; platform discounts do not reduce the base.",
  },
  {
    kind: "commission",
    value: "0.0327",
    effective: "2024-09-01",
    dated: "inForce",
    until: "2024-12-31",
    source: S93,
    grade: "B",
    label: "Commission",
    refundOnReturn: "proRata",
  },
  ...LOWER_CATEGORIES.flatMap((category): Own[] => [
    {
      kind: "commission",
      category,
      value: "0.0218",
      effective: "2024-09-01",
      dated: "inForce",
      until: "2024-12-31",
      source: S93,
      grade: "B" as const,
      label: `Commission (${category})`,
      refundOnReturn: "proRata" as const,
      note: "These categories stayed at 2.18 % when the rest rose to 3.27 %.",
    },
    {
      kind: "commission",
      category,
      value: "0",
      unpublished: true as const,
      effective: "2025-01-01",
      dated: "knownSince",
      source: S94,
      grade: "C" as const,
      label: `Commission (${category})`,
      refundOnReturn: "proRata" as const,
      note: `2025 rates vary by category and are not public for this one. ${SG_2025_07} Which SG categories "electronics and some home categories" covers is not stated; the figures are alternatives, not the book's value.`,
      alternatives: [
        {
          value: "0.0436",
          source: TKTK_SG,
          grade: "C" as const,
          note: "From 2025-07-15, subsidy-programme sellers (electronics and some home categories).",
        },
        {
          value: "0.0545",
          source: TKTK_SG,
          grade: "C" as const,
          note: "From 2025-07-15, the standard rate (electronics and some home categories).",
        },
      ],
    },
  ]),
  {
    kind: "commission",
    value: "0.04905",
    effective: "2025-01-01",
    dated: "knownSince",
    until: "2025-09-30",
    source: S94,
    grade: "C",
    label: "Commission",
    refundOnReturn: "proRata",
    note: "4.5 % + 9 % GST, as a 2025 guide gives it for early 2025; the first day is approximate.",
  },
  {
    kind: "commission",
    value: "0.05995",
    effective: "2025-10-01",
    dated: "knownSince",
    source: S95,
    grade: "C",
    label: "Commission",
    refundOnReturn: "proRata",
    note: `5.5 % + 9 % GST in late 2025 (third-party); the first day is approximate. The condition is now known (issue #22): ${SG_2025_07} So the book's 5.995 % is the subsidy-programme rate (ywbanu.com calls it "a common example shown in Seller University content"); a seller outside the programme pays 7.085 % — pass 0.07085. No TikTok SG page was found for either figure.`,
    alternatives: [
      {
        value: "0.07085",
        source: TKTK_SG,
        grade: "C",
        note: "The standard rate from 2025-07-15 for sellers outside the subsidy programme (6.5 % + 9 % GST); programme sellers pay 5.995 % plus a subsidy service fee.",
      },
    ],
  },
  {
    kind: "transaction",
    value: "0.0218",
    base: "customerPayment",
    effective: "2024-01-01",
    dated: "inForce",
    until: "2025-09-30",
    source: S92,
    grade: "B",
    label: "Transaction fee",
    refundOnReturn: "proRata",
    note: "Raised from 2 % to 2.18 % (9 % GST). A 2025 guide (sitegiant.asia) still gives 2.18 %: (SGD 500 − 50) + 80 × 2.18 % = SGD 11.55.",
    alternatives: [
      { value: "0.0218", source: S94, grade: "C", note: "2.18 % GST-inclusive in 2025, with worked examples." },
    ],
  },
  {
    kind: "transaction",
    value: "0.0327",
    base: "customerPayment",
    effective: "2025-10-01",
    dated: "inForce",
    source: S95,
    grade: "C",
    label: "Transaction fee",
    refundOnReturn: "proRata",
    note: "Single third-party source: 'increased to 3.27 % from 1 Oct 2025 (was 2.18 % earlier in 2025)'. No official SG page found; sitegiant.asia, cited here before, says 2.18 %. On what the buyer paid; platform vouchers lower it.",
  },
]);
