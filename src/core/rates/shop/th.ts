/**
 * Thailand (THB). Official Seller University pages (grade A): Marketplace and Mall commission by
 * subcategory on (item − seller discount) — the tables are not public, only worked examples
 * (7.49 % Marketplace, 8.56 % Mall) — and the Commerce Growth Fee, 5.35 % for electronics and
 * 6.42 % for everything else, capped at THB 199 per item, not refunded on returns.
 */
import type { RateEntry } from "../types";
import { marketEntries } from "./entries";
import { RESEARCH_READ } from "../research";

const S67 = "https://www.maijiaw.com/article/577747";
const S68 = "https://seller-th.tiktok.com/university/essay?knowledge_id=4831419884979969&lang=en";
const S69 = "https://seller-th.tiktok.com/university/essay?knowledge_id=7485510424282896&lang=en";
const S70 = "https://seller-th.tiktok.com/university/essay?knowledge_id=6837808312370945&lang=en";
const S72 = "https://www.hypelive.io/en/blog/tiktok-shop-fees-thailand-2026";

export const TH_SHOP: readonly RateEntry[] = marketEntries({ market: "TH", taxInclusive: true }, "itemNet", [
  {
    kind: "commission",
    value: "0.04",
    effective: "2023-11-20",
    until: "2025-09-30",
    source: S67,
    grade: "A-",
    label: "Commission",
    refundOnReturn: "proRata",
    note: "4.00 % incl. tax; new shops exempt for 90 days.",
  },
  {
    kind: "commission",
    value: "0",
    unpublished: true,
    effective: "2025-10-01",
    source: S70,
    grade: "A",
    label: "Marketplace commission",
    refundOnReturn: "proRata",
    note: "By subcategory from 2025-10-01 (adjusted 2026-04-01, lower with GMV Max); the official example uses 7.49 %. Pass your subcategory's rate.",
    alternatives: [
      {
        value: "0.05",
        source: S72,
        grade: "D",
        note: "1–5 % + 3 % platform + 2 % payment (2026 blog) conflicts with the official pages.",
      },
    ],
  },
  {
    kind: "commission",
    category: "Mall",
    value: "0",
    unpublished: true,
    effective: "2025-01-01",
    source: S69,
    grade: "A",
    label: "Mall commission",
    refundOnReturn: "proRata",
    note: "Mall commission by subcategory (new table from 2025-10-01); the official example uses 8.56 %. Pass your rate.",
  },
  {
    kind: "growth",
    value: "0.0642",
    effective: RESEARCH_READ,
    source: S68,
    grade: "A",
    label: "Commerce Growth Fee",
    cap: "199",
    capPer: "item",
    refundOnReturn: "none",
    note: "Funds free-shipping incentives and visibility; charged on delivered orders, not refunded on return; new-seller waiver. The official page gives no start date: it is in force from the day it was read.",
  },
  {
    kind: "growth",
    category: "Electronics",
    value: "0.0535",
    effective: RESEARCH_READ,
    source: S68,
    grade: "A",
    label: "Commerce Growth Fee (electronics)",
    cap: "199",
    capPer: "item",
    refundOnReturn: "none",
    note: "Electronics cluster rate; the official page gives no start date.",
  },
]);
