/**
 * Singapore (SGD). GST-inclusive. Commission on (item − seller discount); the transaction fee on
 * what the buyer paid (platform vouchers lower it). 2023–2024 figures are reprints of the official
 * notices (grade B: reprints are never better than B); 2025 figures come from third parties only (grade C).
 */
import type { RateEntry } from "../types";
import { marketEntries, type Own } from "./entries";

const S89 = "http://hrm2022.shop.xyrl.com/xinwen/show-117026.html";
const S91 = "https://tkzyw.com/1595.html";
const S92 = "https://emma.com.sg/tiktok-shop-seller-fee-increase-jan-2024-things-to-note";
const S93 = "https://tt123.com/feature/YLSVZad9";
const S94 = "https://sitegiant.asia/blog/2025-tiktok-shop-commission-transaction-fees-for-singapore-sellers";
const S95 = "https://ywbanu.com/tiktok-shop-fees-singapore-2025";

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
      note: "2025 rates vary by category and are not public for this one.",
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
    note: "5.5 % + 9 % GST in late 2025 (third-party); the first day is approximate. It may be a programme's discounted rate: a reprint reported for issue #22 gives 7.085 % standard and 5.45 % electronics from 2025-07-15, but no copy of it or of TikTok's SG commission page was found, so neither the condition nor those rates are in the book.",
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
