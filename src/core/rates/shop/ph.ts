/**
 * Philippines (PHP). VAT-inclusive rates. Transaction fee on (customer payment − refund): 2 % from
 * 2022-12-05, 2.24 % from 2023-06-01. Commission by subcategory on (price − seller discount) since
 * 2023-06-01, separate Marketplace and Mall rates since 2025-01-15; only examples are public.
 * Order processing fee PHP 5, discounted to PHP 3, from 2025-12-01.
 */
import type { RateEntry } from "../types";
import { marketEntries } from "./entries";

const S83 = "https://www.bigseller.com/blog/articleDetails/276/Transaction-Fees-on-TikTok-Shop-Philippines-2023.htm";
const GPPCPAS = "https://gppcpas.com.ph/2024/01/revenue-memorandum-circular-no-8-2024/";
const S84 = "http://9158app.com/72386.html";
const S85 =
  "https://www.bigseller.com/blog/articleDetails/1089/New-Commission-Fee-and-Transaction-Fee-for-TikTok-Shop-Philippines-2024.htm";
const S86 = "https://alpha.bigseller.pro/blog/articleDetails/3204/tiktok-shop-ph-commission-fee-2025.htm";
const S87 = "https://www.keyouyun.com/?p=27968";
const S88 = "https://www.gr888.co/en/review/64931";

export const PH_SHOP: readonly RateEntry[] = marketEntries({ market: "PH", taxInclusive: true }, "itemNet", [
  {
    kind: "commission",
    value: "0",
    unpublished: true,
    effective: "2023-06-01",
    dated: "inForce",
    source: S84,
    grade: "B",
    label: "Commission",
    refundOnReturn: "proRata",
    note: "By subcategory since 2023-06-01 (VAT-inclusive); new sellers can get 90 days at 0 %. Choose a listed category or pass your rate.",
  },
  {
    kind: "commission",
    category: "Fashion Accessories",
    value: "0.064",
    effective: "2024-01-15",
    dated: "knownSince",
    until: "2025-01-14",
    source: S85,
    grade: "C",
    label: "Commission (fashion accessories)",
    refundOnReturn: "proRata",
  },
  {
    kind: "commission",
    category: "Fashion Accessories",
    value: "0.07",
    effective: "2025-01-15",
    dated: "knownSince",
    source: S86,
    grade: "C",
    label: "Commission (fashion accessories)",
    refundOnReturn: "proRata",
    note: "Marketplace rate.",
  },
  {
    kind: "commission",
    category: "Fashion Accessories (Mall)",
    value: "0.081",
    effective: "2025-01-15",
    dated: "knownSince",
    source: S86,
    grade: "C",
    label: "Commission (fashion accessories, Mall)",
    refundOnReturn: "proRata",
  },
  {
    kind: "commission",
    category: "Jewellery Accessories & Derivatives",
    value: "0.063",
    effective: "2024-01-15",
    dated: "knownSince",
    until: "2025-01-14",
    source: S85,
    grade: "C",
    label: "Commission (jewellery)",
    refundOnReturn: "proRata",
  },
  {
    kind: "commission",
    category: "Jewellery Accessories & Derivatives",
    value: "0.069",
    effective: "2025-01-15",
    dated: "knownSince",
    source: S86,
    grade: "C",
    label: "Commission (jewellery)",
    refundOnReturn: "proRata",
    note: "Marketplace rate.",
  },
  {
    kind: "transaction",
    value: "0.02",
    base: "customerPayment",
    effective: "2022-12-05",
    dated: "inForce",
    until: "2023-05-31",
    source: S83,
    grade: "C",
    label: "Transaction fee",
    refundOnReturn: "proRata",
    note: "Raised from 1 % to 2 % on (customer payment − refund), all categories.",
  },
  {
    kind: "transaction",
    value: "0.0224",
    base: "customerPayment",
    effective: "2023-06-01",
    dated: "inForce",
    source: S84,
    grade: "B",
    label: "Transaction fee",
    refundOnReturn: "proRata",
    note: "VAT-inclusive.",
  },
  {
    kind: "orderFee",
    value: "3",
    basis: "amount",
    base: "perOrder",
    effective: "2025-12-01",
    dated: "inForce",
    introduced: true,
    source: S87,
    grade: "B",
    label: "Order processing fee",
    refundOnReturn: "none",
    note: "PHP 5 incl. tax per delivered order, discounted 40 % to PHP 3 until further notice (two weeks' notice of changes); waivers for new sellers and MSMEs.",
    alternatives: [{ value: "5", source: S88, grade: "C", note: "The undiscounted fee." }],
  },
  {
    kind: "incomeTaxWithheld",
    value: "0.005",
    effective: "2024-01-11",
    dated: "inForce",
    source: GPPCPAS,
    grade: "B",
    label: "Creditable withholding tax (1 % of half)",
    refundOnReturn: "proRata",
    note: "RR 16-2023: 1 % on one-half of gross remittances (0.5 % effective) once a seller's remittances in the year exceed ₱500,000; in force 2024-01-11, with 90 days from RMC 8-2024 (2024-01-15) for operators to comply.",
  },
]);
