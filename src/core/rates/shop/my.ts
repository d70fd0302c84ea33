/**
 * Malaysia (MYR). All fees include SST (6 % until 2024-02-29, 8 % from 2024-03-01). Commission on
 * (item price − seller discount); the transaction fee on the whole customer payment including
 * shipping. Commission depends on the product cluster and only ranges are public (The Star,
 * S62): each cluster's entry holds the range and, as its value, the top of the range — your
 * subcategory's exact rate is in Seller Center and can be passed as a number.
 */
import type { RateEntry } from "../types";
import { marketEntries, type Own } from "./entries";

const S58 = "https://www.bigseller.com/blog/blogContent/279.htm";
const S59 = "https://www.businesstoday.com.my/2023/02/03/tiktok-is-charging-sellers-2-commission-fee-starting-march/";
const S60 = "https://help.kumoten.com/en/article/transaction-commission-fees-if-you-are-selling-on-tiktok-1bif0ql/";
const S61 = "https://marketing-interactive.com/tiktok-shop-marketplace-commission-fee-sellers-march-2024";
const S62 =
  "https://www.thestar.com.my/tech/2024/08/22/tiktok-shop-to-increase-seller-transaction-fees-from-to-216-to-378-starting-sept-5";
const S63 = "https://bigseller.com/blog/articleDetails/3033/TikTok-Shop-Seller-Fees-in-Malaysia-(2025).htm";
const S64 = "https://www.bigseller.pro/blog/articleDetails/4306/tiktok-shop-platform-support-fee.htm";

const RANGE_NOTE =
  "The range is for the whole cluster; the value is its top. Your subcategory's rate is in Seller Center: pass it as a number.";

/** Cluster ranges in percent: [category, low, high, effective, until, source]. */
const CLUSTERS: [string, string, string, string, string | undefined, string][] = [
  ["Electronics", "2.70", "4.32", "2024-03-01", "2024-09-04", S62],
  ["Fashion", "4.32", "4.32", "2024-03-01", "2024-09-04", S62],
  ["FMCG", "0", "4.32", "2024-03-01", "2024-09-04", S62],
  ["Lifestyle", "3.24", "4.32", "2024-03-01", "2024-09-04", S62],
  ["Electronics", "4.86", "9.18", "2024-09-05", undefined, S62],
  ["Fashion", "8.10", "10.26", "2024-09-05", undefined, S62],
  ["FMCG", "6.48", "11.34", "2024-09-05", undefined, S62],
  ["Lifestyle", "6.48", "10.26", "2024-09-05", undefined, S62],
  ["Electronics (Mall)", "8.10", "12.42", "2024-09-05", undefined, S62],
  ["Fashion (Mall)", "11.34", "13.50", "2024-09-05", undefined, S62],
  ["FMCG (Mall)", "3.24", "14.58", "2024-09-05", undefined, S62],
  ["Lifestyle (Mall)", "9.72", "13.50", "2024-09-05", undefined, S62],
];

const fraction = (p: string) => (Number(p) / 100).toFixed(4);

export const MY_SHOP: readonly RateEntry[] = marketEntries({ market: "MY", taxInclusive: true }, "itemNet", [
  {
    kind: "commission",
    value: "0.0212",
    effective: "2023-03-01",
    dated: "inForce",
    until: "2023-08-31",
    source: S59,
    grade: "B",
    label: "Commission",
    refundOnReturn: "proRata",
    note: "2 % + 6 % tax; platform vouchers do not reduce the base; refunded on a full return, pro rata on a partial one.",
    alternatives: [{ value: "0.0212", source: S58, grade: "C", note: "Same figure (BigSeller, 2023)." }],
  },
  {
    kind: "commission",
    value: "0",
    unpublished: true,
    effective: "2023-09-01",
    dated: "knownSince",
    until: "2024-02-29",
    source: S60,
    grade: "C",
    label: "Commission",
    refundOnReturn: "proRata",
    note: "Re-set by product cluster from 2023-09-01; the cluster rates of that period are not public.",
  },
  {
    kind: "commission",
    value: "0",
    unpublished: true,
    effective: "2024-03-01",
    dated: "inForce",
    source: S61,
    grade: "B",
    label: "Commission",
    refundOnReturn: "proRata",
    note: 'By product cluster: choose Electronics, Fashion, FMCG or Lifestyle (add "(Mall)" for Mall shops), or pass your rate.',
  },
  ...CLUSTERS.map(([category, low, high, effective, until, source]): Own => ({
    kind: "commission",
    category,
    value: fraction(high),
    low: fraction(low),
    high: fraction(high),
    effective,
    dated: "inForce",
    until,
    source,
    grade: "B" as const,
    label: `Commission (${category})`,
    refundOnReturn: "proRata" as const,
    note: `${low}–${high} % incl. SST. ${RANGE_NOTE}`,
    alternatives: [
      { value: fraction(high), source: S63, grade: "C" as const, note: "Same ranges (BigSeller, 2025-03-14)." },
    ],
  })),
  {
    kind: "transaction",
    value: "0.0212",
    base: "customerPayment",
    effective: "2023-08-14",
    dated: "knownSince",
    until: "2024-02-29",
    source: S60,
    grade: "C",
    label: "Transaction fee",
    refundOnReturn: "proRata",
    note: "(customer payment − refund) × rate; the first day is the date of the help page that states it.",
  },
  {
    kind: "transaction",
    value: "0.0216",
    base: "customerPayment",
    effective: "2024-03-01",
    dated: "inForce",
    until: "2024-09-04",
    source: S61,
    grade: "B",
    label: "Transaction fee",
    refundOnReturn: "proRata",
    note: "Incl. 8 % SST.",
  },
  {
    kind: "transaction",
    value: "0.0378",
    base: "customerPayment",
    effective: "2024-09-05",
    dated: "inForce",
    source: S62,
    grade: "B",
    label: "Transaction fee",
    refundOnReturn: "proRata",
    note: 'Incl. SST, on the total customer payment including shipping — the "up to 3.78 %" figure.',
  },
  {
    kind: "orderFee",
    value: "0.54",
    basis: "amount",
    base: "perOrder",
    effective: "2026-02-15",
    dated: "inForce",
    introduced: true,
    source: S64,
    grade: "C",
    label: "Platform support fee",
    refundOnReturn: "none",
    note: "RM0.50 + 8 % SST per successfully delivered order, whatever its value; kept if returned after delivery; waivers for new, small and essential-goods sellers.",
  },
]);
