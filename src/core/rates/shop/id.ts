/**
 * Indonesia (IDR), TikTok Shop by Tokopedia. Commission on (item price − seller discount); shipping
 * and platform discounts are not in the base (official, S57). The June-2023 category table
 * (Katadata, S47) applied with VAT added on top — the official 2025-03 explainer (S51) shows
 * VAT = commission × 11/12 × 12 % (= 11 % of the fee). From 2025-10-01 the official table's rates
 * are tax-inclusive; its per-category figures were published as images, so only the fixed rates
 * came through: 6.97 % outside the table and 8 % for the discounted 10 % subcategories. Other
 * categories from that date are marked unpublished (Seller Center only) rather than guessed.
 */
import type { RateEntry } from "../types";
import { marketEntries, type Own } from "./entries";

const S47 =
  "https://katadata.co.id/amp/digital/e-commerce/6476ca50edc13/tiktok-shop-menaikkan-biaya-admin-penjual-besok";
const S49 =
  "https://katadata.co.id/amp/digital/e-commerce/65a07dd76301f/biaya-admin-penjual-di-tiktok-shop-amerika-naik-jadi-8-indonesia";
const S51 = "https://seller-id.tokopedia.com/university/essay?knowledge_id=12060130739970&lang=en";
const S57 = "https://seller-id.tokopedia.com/university/essay?knowledge_id=5411650459305729&lang=en";
/** Official "Introduction to Seller Fees" (page dated 2025-07-30): lists the compulsory fees. */
const ID_FEES = "https://seller-id.tokopedia.com/university/essay?knowledge_id=7753828090824449&lang=en";
/**
 * Official seller course "Master Your Store's Finances" (stored versions dated 2024-12-29 and 2025-09-22).
 * TikTok's own page, but its Mall service fee (1.5 %, Rp5,000) and order fee (Rp500) contradict the dated
 * ID_FEES and real files, so under the book's rules (a page that contradicts an A page is not A; one page,
 * one grade) it stays C everywhere — also where it is the only page with a figure (dynamic commission
 * 4–5.5 %, pre-order +3 %). Reviewed in the 2026-12 official-first sweep (docs/research/rate-audit.md).
 */
const ID_COURSE =
  "https://seller-id.tokopedia.com/university/course?content_id=7392850066884369&lang=en&learning_id=4759438594787088";
const S56 = "https://pandustoreid.com/tesla-2025";
const SANYANG = "https://www.sanyangtaxconsultants.com/?p=130345";
const S52 = "https://www.rekapcepat.id/blog/perbandingan-biaya-admin-tokopedia-tiktok-shop-shopee-2026";

/** June 2023 table: category → commission in percent (S47; the Sept 2023 snapshot S49 adds four). */
const TABLE_2023: [string, string, string][] = [
  ["Phones & Electronics", "1.9", S47],
  ["Home Appliances", "1.9", S47],
  ["Electronic Accessories", "4.3", S47],
  ["Computers & Office", "2.7", S47],
  ["Virtual Products", "1.0", S47],
  ["Books, Magazines & Music", "4.3", S47],
  ["Beauty", "4.3", S47],
  ["Personal Care", "4.3", S47],
  ["Health", "3.6", S47],
  ["Food & Drink", "2.7", S47],
  ["Liquor & Beverages", "2.7", S47],
  ["Maternity & Baby", "2.7", S47],
  ["Fashion & Kids", "4.3", S47],
  ["Home Supplies", "3.6", S47],
  ["Kitchen", "3.6", S47],
  ["Furniture", "3.6", S47],
  ["Textiles", "3.6", S47],
  ["Pet", "2.7", S47],
  ["Collectibles", "3.2", S47],
  ["Toys & Hobbies", "3.2", S47],
  ["Home Improvement", "3.6", S47],
  ["Automotive", "3.6", S47],
  ["Tools & Hardware", "3.6", S47],
  ["Jewelry", "1.9", S49],
  ["Phone Accessories", "4.3", S49],
  ["Other Electronic Accessories", "3.2", S49],
  ["Kids Clothing", "4.3", S49],
];

const percent = (p: string) => (Number(p) / 100).toFixed(4).replace(/0+$/, "");

const VAT_NOTE =
  "VAT is added on top: commission × 11/12 × 12 % (11 % of the fee), as the official explainer's example shows (seller-id.tokopedia.com knowledge_id=12060130739970).";

export const ID_SHOP: readonly RateEntry[] = marketEntries({ market: "ID", taxInclusive: false }, "itemNet", [
  ...TABLE_2023.flatMap(([category, rate, source]): Own[] => [
    {
      kind: "commission" as const,
      category,
      value: percent(rate),
      effective: "2023-06-01",
      dated: "inForce",
      until: "2025-09-30",
      source,
      grade: "B" as const,
      label: "Commission",
      refundOnReturn: "proRata" as const,
      vatOnTop: "0.11",
      note: `Category table from 2023-06-01 09:00 WIB (unchanged by the Tokopedia merger on 2023-12-12). ${VAT_NOTE}`,
    },
    {
      kind: "commission" as const,
      category,
      value: "0",
      unpublished: true as const,
      effective: "2025-10-01",
      dated: "inForce",
      source: S57,
      grade: "A" as const,
      label: "Commission",
      taxInclusive: true,
      refundOnReturn: "proRata" as const,
      note: "The official table from 2025-10-01 (and the new one from 2026-02-13, lower for GMV Max and LIVE sales) was published as images; see it in Seller Center.",
    },
  ]),
  {
    kind: "commission",
    value: "0",
    unpublished: true,
    effective: "2023-06-01",
    dated: "inForce",
    until: "2025-09-30",
    source: S47,
    grade: "B",
    label: "Commission",
    refundOnReturn: "proRata",
    vatOnTop: "0.11",
    note: 'From 2023-06-01 the commission depends on the category: choose one (=TIKTOK.CATEGORIES("ID")) or pass your rate.',
  },
  {
    kind: "commission",
    value: "0.0697",
    effective: "2025-10-01",
    dated: "inForce",
    source: S57,
    grade: "A",
    taxInclusive: true,
    label: "Commission (category outside the table)",
    refundOnReturn: "proRata",
    note: "Fixed 6.97 % (tax-inclusive) for all sellers for categories outside the official table. Pre-orders pay a further service fee (3 %, per secondary sources).",
  },
  {
    kind: "commission",
    category: "10% Subcategories (discounted)",
    value: "0.08",
    effective: "2025-10-01",
    dated: "inForce",
    until: "2026-02-10",
    source: S57,
    grade: "A",
    taxInclusive: true,
    label: "Commission (10 % subcategory, discounted)",
    refundOnReturn: "proRata",
    note: "Marketplace subcategories priced at 10.00 % got a 20 % discount (8.00 %) until 2026-02-10.",
  },
  {
    kind: "commission",
    category: "10% Subcategories (discounted)",
    value: "0",
    unpublished: true,
    effective: "2026-02-13",
    dated: "inForce",
    source: S57,
    grade: "A",
    taxInclusive: true,
    label: "Commission (10 % subcategory)",
    refundOnReturn: "proRata",
    note: "The discount ran until 2026-02-10; the new table is in force from 00:00 2026-02-13 WIB (published 2026-02-11) as images. The official page gives no rate for 2026-02-11 and 2026-02-12, so those days are #N/A. Pass your rate.",
  },
  // Compulsory for every seller (official fee article): a per-item fee on top of the commission.
  {
    kind: "dynamicCommission",
    value: "0.055",
    low: "0.04",
    high: "0.055",
    effective: "2025-06-10",
    dated: "inForce",
    introduced: true,
    source: ID_COURSE,
    read: "2026-12-07",
    grade: "C",
    taxInclusive: true,
    cap: "40000",
    capPer: "item",
    label: "Dynamic commission",
    refundOnReturn: "proRata",
    note: "Charged on each delivered product from 2025-06-10 for platform-wide benefits such as the Xtra Shipping Voucher, capped at Rp40,000 per item (official fee article, seller-id.tokopedia.com knowledge_id 7753828090824449). The rate depends on the product's cluster: 4–5.5 % on (price − seller discount) per the official seller course; the top of the range is used. Pass your cluster's rate. The cap and the start are on the A fee article; the rate only on the course (C, see ID_COURSE), re-read 2026-12-07 in the official-first sweep: it still says 4%–5.5%, capped at Rp40,000.",
    alternatives: [
      { value: "0.06", source: S52, grade: "C", note: "A 2026 comparison gives 4–6 %, capped at Rp40,000 per item." },
    ],
  },
  // Mall sellers only (seller profile "mall").
  {
    kind: "mallService",
    value: "0.018",
    effective: "2025-07-30",
    dated: "knownSince",
    source: ID_FEES,
    grade: "A",
    taxInclusive: true,
    cap: "50000",
    capPer: "item",
    label: "Mall service fee",
    refundOnReturn: "proRata",
    note: "Mall sellers only: 1.8 % incl. tax, capped at Rp50,000 per product sold (the official fee article, page dated 2025-07-30; no start date published).",
    alternatives: [
      {
        value: "0.015",
        source: ID_COURSE,
        grade: "C",
        note: "The undated official course gives 1.5 % capped at Rp5,000; the dated fee article, press reports and real files disagree with that page (it also gives Rp500 for the order fee).",
      },
    ],
  },
  // Withheld from sellers above Rp500m turnover a year (seller profile "aboveTaxThreshold").
  {
    kind: "incomeTaxWithheld",
    value: "0.005",
    effective: "2025-07-14",
    dated: "inForce",
    source: SANYANG,
    grade: "B",
    taxInclusive: false,
    label: "Income tax withheld (PPh 22)",
    refundOnReturn: "proRata",
    note: "0.5 % of gross turnover (excluding VAT) under PMK 37/2025, in force 2025-07-14, for sellers above Rp500m a year. Collection by the marketplace waited for the tax office's appointment (not running on 2025-09-12); 2026 income files show an 'Article 22 Income Tax withheld' column, so the start for TikTok Shop lies in between.",
  },
  // Optional programme: pre-order listings.
  {
    kind: "preOrderService",
    value: "0.03",
    effective: "2025-10-01",
    dated: "knownSince",
    source: ID_COURSE,
    read: "2026-12-07",
    grade: "C",
    taxInclusive: true,
    label: "Pre-order service fee",
    refundOnReturn: "proRata",
    note: "3 % extra on products sold as pre-order: TikTok's seller course ('Some categories add +3% Pre-order Service Fee', version of 2025-09-22). The official commission article (S57) charges 'a pre-order service fee … if the product is pre-ordered' alongside its table from 2025-10-01, and Katadata (2025-09-25, quoting the official page) reports the fee as new with the 1 October changes; the exact first day is not published, hence known since. Sourced to the course (TikTok's own text, graded C with that page, see ID_COURSE) instead of the blog it came from (below) in the 2026-12 official-first sweep.",
    alternatives: [
      {
        value: "0.03",
        source: S56,
        grade: "C",
        note: "'Biaya layanan pre-order 3% tambahan' (a 2025 fee table; the former source of this entry).",
      },
    ],
  },
  {
    kind: "orderFee",
    value: "1250",
    basis: "amount",
    base: "perOrder",
    effective: "2025-08-11",
    dated: "inForce",
    introduced: true,
    source: ID_FEES,
    grade: "A",
    taxInclusive: true,
    label: "Order processing fee",
    refundOnReturn: "none",
    note: "Rp1,250 incl. tax per successfully delivered order, once per order however many products (bisnis.com's 3-line example: Rp17,400,000 → Rp1,250); kept if the order is returned after delivery; a new seller's first 50 orders are rebated at month-end (katadata.co.id, 2025-07-31). Real 2026 settlement files show −1,250 per order; the Rp500 on the official course page is wrong.",
    alternatives: [
      {
        value: "500",
        source: ID_COURSE,
        grade: "C",
        note: "The undated course page; contradicted by the dated fee article, five press reports and real files.",
      },
    ],
  },
]);

/** The official explainer behind the VAT-on-top rule (used in tests and help). */
export const ID_VAT_SOURCE = S51;
