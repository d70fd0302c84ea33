/**
 * Thailand (THB). Official Seller University pages (grade A): Marketplace and Mall commission by
 * subcategory on (item − seller discount) — the tables are not public, only worked examples
 * (7.49 % Marketplace, 8.56 % Mall) — and the Commerce Growth Fee, 5.35 % for electronics and
 * 6.42 % for everything else, capped at THB 199 per item, not refunded on returns.
 */
import type { RateEntry } from "../types";
import { marketEntries, type Own } from "./entries";
import { RESEARCH_READ } from "../research";

const S67 = "https://www.maijiaw.com/article/577747";
const S68 = "https://seller-th.tiktok.com/university/essay?knowledge_id=4831419884979969&lang=en";
const S69 = "https://seller-th.tiktok.com/university/essay?knowledge_id=7485510424282896&lang=en";
const S70 = "https://seller-th.tiktok.com/university/essay?knowledge_id=6837808312370945&lang=en";
const S72 = "https://www.hypelive.io/en/blog/tiktok-shop-fees-thailand-2026";
const TT123 = "https://tt123.com/feature/4iC4Tfcw";
const HEYCROSS = "https://www.heycross.com/article/kwReXerPDmDP9";
/** A Thai seller's post on the 21 March fee update (Lemon8; undated, its text gives the year as 2567 BE). */
const LEMON8 = "https://www.lemon8-app.com/@marttooltips/7611487284667367956?region=th";

const GROWTH_2026 =
  "Thai local sellers' 2026 income files show Commerce growth fees other than 5.35 % / 6.42 %, and a Thai seller's post (lemon8-app.com, C) says the 21 March update raised the fee for some categories (its figures were not captured): no source gives the 2026 rates, so the official page's rates are kept. Pass your own rate as the commission with the category group if your statement differs.";

export const TH_SHOP: readonly RateEntry[] = marketEntries({ market: "TH", taxInclusive: true }, "itemNet", [
  {
    kind: "commission",
    value: "0.04",
    effective: "2023-11-20",
    dated: "inForce",
    until: "2024-08-31",
    source: S67,
    grade: "B",
    label: "Commission",
    refundOnReturn: "proRata",
    note: "4.00 % incl. tax for all sellers from 00:00 2023-11-20 (Beijing time), a reprint of the seller notice; new shops exempt for 90 days. By August 2024 most categories showed 4.28 % (tt123.com, 'before' column of the 2024-09-01 notice); when that change happened is not known.",
    alternatives: [
      {
        value: "0.0428",
        source: TT123,
        grade: "B",
        note: "Most categories just before 2024-09-01 (change date not found).",
      },
    ],
  },
  {
    kind: "commission",
    value: "0.0535",
    effective: "2024-09-01",
    dated: "inForce",
    until: "2025-09-30",
    source: TT123,
    grade: "B",
    label: "Commission",
    refundOnReturn: "proRata",
    note: "From 00:00 2024-09-01 (GMT+7) fashion, FMCG and lifestyle 5.35 % incl. tax (costume jewellery 4.00 %, electronics unchanged at 4.28 %); a reprint of the Seller University notice.",
  },
  {
    kind: "commission",
    category: "Electronics",
    value: "0.0428",
    effective: "2024-09-01",
    dated: "inForce",
    until: "2025-09-30",
    source: TT123,
    grade: "B",
    label: "Commission (electronics)",
    refundOnReturn: "proRata",
    note: "Electronics kept 4.28 % incl. tax when the other categories rose to 5.35 % on 2024-09-01.",
  },
  {
    kind: "commission",
    category: "Costume Jewelry & Accessories",
    value: "0.04",
    effective: "2024-09-01",
    dated: "inForce",
    until: "2025-09-30",
    source: TT123,
    grade: "B",
    label: "Commission (costume jewellery)",
    refundOnReturn: "proRata",
    note: "Costume jewellery & accessories stayed at 4.00 % on 2024-09-01.",
  },
  ...(["Electronics", "Costume Jewelry & Accessories"] as const).map((category): Own => ({
    kind: "commission",
    category,
    value: "0",
    unpublished: true,
    effective: "2025-10-01",
    dated: "inForce",
    source: S70,
    grade: "A",
    label: `Marketplace commission (${category})`,
    refundOnReturn: "proRata",
    note: "By subcategory from 2025-10-01 (adjusted 2026-04-01); the tables are images on the official page. Pass your subcategory's rate.",
  })),
  {
    kind: "commission",
    value: "0",
    unpublished: true,
    effective: "2025-10-01",
    dated: "inForce",
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
    value: "0",
    unpublished: true,
    effective: "2026-04-01",
    dated: "inForce",
    source: S70,
    grade: "A",
    label: "Marketplace commission",
    refundOnReturn: "proRata",
    note: "From 00:00 2026-04-01 (GMT+7) an adjusted subcategory table, with a reduction for Marketplace sellers using GMV Max; both tables are images on the official page. Pass your subcategory's rate (with the category group for the growth fee).",
  },
  {
    kind: "commission",
    category: "Mall",
    value: "0",
    unpublished: true,
    effective: "2025-01-01",
    dated: "knownSince",
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
    dated: "knownSince",
    source: S68,
    grade: "A",
    label: "Commerce Growth Fee",
    cap: "199",
    capPer: "item",
    refundOnReturn: "none",
    note: `Funds free-shipping incentives and visibility; charged on delivered orders, not refunded on return; new-seller waiver. The official page gives no start date: it is in force from the day it was read. ${GROWTH_2026}`,
  },
  {
    kind: "growth",
    category: "Electronics",
    value: "0.0535",
    effective: RESEARCH_READ,
    dated: "knownSince",
    source: S68,
    grade: "A",
    label: "Commerce Growth Fee (electronics)",
    cap: "199",
    capPer: "item",
    refundOnReturn: "none",
    note: `Electronics cluster rate; the official page gives no start date. ${GROWTH_2026}`,
  },
  // Local sellers: the order/transaction fee of the Thai income files (ค่าธรรมเนียมคำสั่งซื้อ).
  {
    kind: "transaction",
    value: "0.0321",
    base: "customerPaymentPlusSubsidy",
    effective: "2026-03-21",
    dated: "inForce",
    source: LEMON8,
    grade: "C",
    label: "Transaction fee (ค่าธรรมเนียมคำสั่งซื้อ)",
    refundOnReturn: "proRata",
    note: "Thai local sellers' 2026 income files carry this order/transaction fee. A Thai seller's post reports the same 21 March change of its base as TikTok's cross-border notice (heycross.com: from 00:00 2026-03-21 GMT+7, (buyer payment + platform subsidy) × 3.21 %, rate unchanged); 3.21 % (3 % + 7 % VAT) is the cross-border rate, taken for local sellers too — no TikTok page for local sellers was found. Before 2026-03-21 the local base and start date are not published (the post says the old base was the full item price, the cross-border notice says buyer payment − refund), so the book starts here. Cross-border sellers pay their own 3.21 % instead (seller profile crossBorder).",
  },
  // Cross-border sellers: replaces the local sellers' fee (see the seller profile).
  {
    kind: "transactionCrossBorder",
    value: "0.0321",
    base: "customerPayment",
    effective: "2026-03-05",
    dated: "knownSince",
    until: "2026-03-20",
    source: HEYCROSS,
    grade: "B",
    label: "Transaction fee (cross-border)",
    refundOnReturn: "proRata",
    note: "3.21 % incl. VAT of (buyer payment − buyer refund), for cross-border sellers; the notice of 2026-03-05 says the rate is unchanged, so it applied earlier (start not known). For local sellers see the transaction fee from 2026-03-21; TH income files also carry an Infrastructure fee column (a fixed amount per order) with no public rate.",
  },
  {
    kind: "transactionCrossBorder",
    value: "0.0321",
    base: "customerPaymentPlusSubsidy",
    effective: "2026-03-21",
    dated: "inForce",
    source: HEYCROSS,
    grade: "B",
    label: "Transaction fee (cross-border)",
    refundOnReturn: "proRata",
    note: "From 00:00 2026-03-21 (GMT+7) the base is buyer payment + platform subsidy; the rate stays 3.21 %.",
  },
]);
