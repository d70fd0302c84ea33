/**
 * Vietnam (VND). Commission on (price − seller discount), shipping excluded; a transaction (payment)
 * fee on (customer payment − refund). Rates come from the Vietnamese press and integrators
 * (grade B/C); the per-category tables since 2025-07-18 are only given as ranges, stored with
 * their top as the value.
 */
import { dec } from "../../decimal";
import type { RateEntry } from "../types";
import { marketEntries, type Own } from "./entries";

const S73 = "https://imsella.vn/phi-giao-dich-dieu-chinh/";
const S74 = "https://manual.nhanh.vn/pos/don-hang-v2/dong-bo-san-tmdt/dong-bo-va-xu-ly-don-hang-tiktok/phi-san-tiktok";
const S75 = "https://thpak.vn/?p=298";
const S78 = "https://cafef.vn/tiktok-shop-tang-phi-san-300-nguoi-ban-di-khong-duoc-o-chang-xong-188250809140248734.chn";
const S79 =
  "https://giadinh.suckhoedoisong.vn/nguoi-ban-tiktok-shop-tien-thoai-luong-nan-vi-phi-san-tang-manh-172250811165257475.htm";
const S80 = "https://kenh14.vn/tiktok-shop-lai-thu-them-3000-dong-cho-moi-don-hang-ban-ra-215251017151238563.chn";
const S5515 = "http://www.5515.cn/talk/1586.html";
const KIOTVIET = "https://www.kiotviet.vn/tiktok-shop-dieu-chinh-phi-giao-dich-3-len-4-tu-thang-9-nam-2023/";
const S_VN_TXN = "https://seller-vn.tiktok.com/university/essay?knowledge_id=753295858337537&lang=en";
const DATAEDE = "https://dataede.com/updates/tiktok-shop-vietnam-transaction-fee-update-2026-05";
const TECHVUI = "https://techvui.com/tiktok-shop-tang-phi-hoa-hong-gap-3-lan-tieu-thuong-soc-va-loay-hoay";
const NLD =
  "https://nld.com.vn/quyet-dinh-bat-ngo-cua-tiktok-shop-ngay-truoc-ky-nghi-tet-nguyen-dan-196260210131447157.htm";
const REGFOLLOWER =
  "https://regfollower.com/vietnam-launches-new-tax-rules-for-e-commerce-and-digital-platform-sellers";
const S82 =
  "https://dantri.com.vn/kinh-doanh/tiktok-shop-lien-tuc-tang-phi-nguoi-ban-than-tho-lao-dao-20251027233952581.htm";

/** Measured on real VN settlement files (docs/research/settlement-languages.md, the VN adapter). */
const HALF_EVEN =
  "Rounded to the đồng half to even (a half goes to the even neighbour), as the settlement files show on 122 of 123 real rows (one order used another base); the book-wide rule is half away from zero.";

const TAX_NOTE =
  "For sellers registered as Vietnamese organisations the fees exclude VAT, which the seller declares (manual.nhanh.vn).";

const RANGE = (
  low: string,
  high: string,
  category: string,
  effective: string,
  source: string,
  grade: "B" | "C",
  until?: string,
  more = "",
): Own => ({
  kind: "commission",
  category,
  value: high,
  low,
  high,
  effective,
  dated: "inForce",
  until,
  source,
  grade,
  label: `Commission (${category})`,
  refundOnReturn: "proRata" as const,
  note: `${pct(low)}–${pct(high)} % for standard (non-Mall) sellers by subcategory; the top of the range is used. Pass your subcategory's rate from Seller Center.${more ? ` ${more}` : ""}`,
});

/** "0.1178" → "11.78", exactly. */
function pct(fraction: string): string {
  return dec(fraction).times(100).toString();
}

export const VN_SHOP: readonly RateEntry[] = marketEntries({ market: "VN" }, "itemNet", [
  {
    kind: "commission",
    value: "0.02",
    effective: "2025-03-20",
    dated: "knownSince",
    until: "2025-03-31",
    source: S75,
    grade: "C",
    label: "Commission",
    refundOnReturn: "proRata",
    note: `Regular sellers 2 % (Mall 4.54–5.78 %) before 2025-04-01; the first day is the source's date. ${TAX_NOTE}`,
  },
  {
    kind: "commission",
    value: "0.04",
    effective: "2025-04-01",
    dated: "inForce",
    until: "2025-07-17",
    source: S75,
    grade: "C",
    label: "Commission",
    refundOnReturn: "proRata",
    note: `Regular sellers 4 % (Mall 6.05–7.7 %). ${TAX_NOTE}`,
  },
  {
    kind: "commission",
    value: "0",
    unpublished: true,
    effective: "2025-07-18",
    dated: "inForce",
    source: S78,
    grade: "B",
    label: "Commission",
    refundOnReturn: "proRata",
    note: "From 2025-07-18 by category (fashion 10–12 %; home, grocery, health & beauty, mother & baby 8.5–12 %); the Shipping Fee Program is folded in. Choose a category or pass your rate.",
  },
  // 2025-07-18: category tables (cafef.vn 2025-08-09; the Shipping Fee Program folded in).
  RANGE("0.10", "0.12", "Fashion", "2025-07-18", S78, "B", "2025-10-26"),
  {
    ...RANGE("0.085", "0.12", "Home", "2025-07-18", S79, "B", "2025-10-26"),
    alternatives: [
      {
        value: "0.12",
        source: TECHVUI,
        grade: "C",
        note: "Gives 4–12 % or 8.5–12 % for home, grocery, beauty and mother & baby.",
      },
    ],
  },
  RANGE(
    "0.085",
    "0.12",
    "Grocery",
    "2025-07-18",
    S79,
    "B",
    undefined,
    "No later figure found: the 2025-07-18 range is kept.",
  ),
  RANGE(
    "0.085",
    "0.12",
    "Health & Beauty",
    "2025-07-18",
    S79,
    "B",
    undefined,
    "No later figure found: the 2025-07-18 range is kept.",
  ),
  RANGE("0.085", "0.12", "Mother & Baby", "2025-07-18", S79, "B", "2026-03-01"),
  // 2025-10-27 table: electronics from dantri.com.vn; fashion and home are the "before" figures of the 2026 notice (nld.com.vn).
  RANGE("0.0147", "0.108", "Electronics", "2025-10-27", S82, "B"),
  RANGE(
    "0.108",
    "0.1178",
    "Fashion",
    "2025-10-27",
    NLD,
    "B",
    "2026-03-01",
    "The 2026 notice gives this as the rate it replaced.",
  ),
  RANGE(
    "0.0393",
    "0.1178",
    "Home",
    "2025-10-27",
    NLD,
    "B",
    "2026-03-01",
    "The 2026 notice gives this as the rate it replaced.",
  ),
  // From 2026-03-02 (notice sent 2026-02-10, nld.com.vn).
  RANGE("0.11", "0.13", "Fashion", "2026-03-02", NLD, "B"),
  RANGE("0.01", "0.135", "Home", "2026-03-02", NLD, "B"),
  RANGE("0.0884", "0.125", "Mother & Baby", "2026-03-02", NLD, "B"),
  // Transaction (payment) fee by order creation time: each change from the seller notice.
  {
    kind: "transaction",
    value: "0.025",
    base: "customerPayment",
    effective: "2022-10-17",
    dated: "inForce",
    until: "2023-04-12",
    source: S73,
    grade: "B",
    taxInclusive: true,
    label: "Transaction fee",
    refundOnReturn: "proRata",
    note: "Raised from 1 % to 2.5 % incl. tax from 00:00 2022-10-17, on (customer payment − refund); orders placed before keep the old rate.",
  },
  {
    kind: "transaction",
    value: "0.03",
    base: "customerPayment",
    effective: "2023-04-13",
    dated: "inForce",
    until: "2023-09-27",
    source: S5515,
    grade: "B",
    taxInclusive: true,
    label: "Transaction fee",
    refundOnReturn: "proRata",
    note: "2.5 % → 3.0 % incl. tax for local sellers from 09:00 2023-04-13 (VN time), on (customer payment − refund); a reprint of the seller notice.",
  },
  {
    kind: "transaction",
    value: "0.04",
    base: "customerPayment",
    effective: "2023-09-28",
    dated: "inForce",
    until: "2024-07-16",
    source: KIOTVIET,
    grade: "B",
    taxInclusive: true,
    label: "Transaction fee",
    refundOnReturn: "proRata",
    note: "3.0 % → 4.0 % from 00:00 2023-09-28 (the 2023-09-14 notice, also bigseller.com blog 491); the official page confirms 4 % for orders created before 2024-07-17.",
  },
  {
    kind: "transaction",
    value: "0.05",
    base: "customerPayment",
    effective: "2024-07-17",
    dated: "inForce",
    source: S_VN_TXN,
    grade: "A",
    taxInclusive: true,
    label: "Transaction fee",
    refundOnReturn: "proRata",
    note: "4 % → 5 % of (customer payment − refund) for orders created from 00:00 2024-07-17 (GMT+7). Inclusive of VN taxes; a tax-registered organisation whose tax code TikTok verified pays it net of tax. cafef.vn (2025-08-09) reports it unchanged at 5 %. The base formula changed from 2026-04-01 (official page, text not captured), and a trade report says 6 % from 2026-05-09 (unconfirmed).",
    alternatives: [
      {
        value: "0.06",
        source: DATAEDE,
        grade: "C",
        note: "Reported for orders from 2026-05-09; the official page still showed 5 % on 2026-05-04.",
      },
      {
        value: "0.04",
        source: S74,
        grade: "C",
        note: "An undated integrator's manual: payment fee from 4 % (the 2023–2024 rate).",
      },
    ],
  },
  {
    kind: "orderFee",
    value: "3000",
    basis: "amount",
    base: "perOrder",
    effective: "2025-10-27",
    dated: "inForce",
    introduced: true,
    source: S80,
    grade: "B",
    taxInclusive: true,
    label: "Order processing fee",
    refundOnReturn: "none",
    note: "VND 3,000 per delivered order, incl. tax; kept after a later return or refund.",
  },
  // Tax withheld from the settlement of households and individuals (Decree 117/2025/ND-CP).
  {
    kind: "vatWithheld",
    value: "0.01",
    effective: "2025-07-01",
    dated: "inForce",
    source: REGFOLLOWER,
    grade: "B",
    label: "VAT withheld",
    refundOnReturn: "proRata",
    rounding: "halfEven",
    note: `From 2025-07-01 the platform withholds VAT of 1 % of goods revenue for households and individuals (services 5 %, transport 3 %; the highest rate when the type is unclear). Not for tax-registered organisations (seller profile 'business'). ${HALF_EVEN}`,
  },
  {
    kind: "pitWithheld",
    value: "0.005",
    effective: "2025-07-01",
    dated: "inForce",
    source: REGFOLLOWER,
    grade: "B",
    label: "Personal income tax withheld",
    refundOnReturn: "proRata",
    rounding: "halfEven",
    note: `From 2025-07-01 PIT of 0.5 % of goods revenue for resident individuals and households (services 2 %, transport 1.5 %; non-residents 1 %). PIT on affiliate commissions is withheld from the creator, not the seller. ${HALF_EVEN}`,
  },
]);
