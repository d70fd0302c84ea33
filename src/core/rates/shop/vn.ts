/**
 * Vietnam (VND). Commission on (price − seller discount), shipping excluded; a transaction (payment)
 * fee on (customer payment − refund). Rates come from the Vietnamese press and integrators
 * (grade B/C); the per-category tables since 2025-07-18 are only given as ranges, stored with
 * their top as the value.
 */
import type { RateEntry } from "../types";
import { marketEntries, type Own } from "./entries";

const S73 = "https://imsella.vn/phi-giao-dich-dieu-chinh/";
const S74 = "https://manual.nhanh.vn/pos/don-hang-v2/dong-bo-san-tmdt/dong-bo-va-xu-ly-don-hang-tiktok/phi-san-tiktok";
const S75 = "https://thpak.vn/?p=298";
const S78 = "https://cafef.vn/tiktok-shop-tang-phi-san-300-nguoi-ban-di-khong-duoc-o-chang-xong-188250809140248734.chn";
const S79 =
  "https://giadinh.suckhoedoisong.vn/nguoi-ban-tiktok-shop-tien-thoai-luong-nan-vi-phi-san-tang-manh-172250811165257475.htm";
const S80 = "https://kenh14.vn/tiktok-shop-lai-thu-them-3000-dong-cho-moi-don-hang-ban-ra-215251017151238563.chn";
const S82 =
  "https://dantri.com.vn/kinh-doanh/tiktok-shop-lien-tuc-tang-phi-nguoi-ban-than-tho-lao-dao-20251027233952581.htm";

const TAX_NOTE =
  "For sellers registered as Vietnamese organisations the fees exclude VAT, which the seller declares (manual.nhanh.vn).";

const RANGE = (
  low: string,
  high: string,
  category: string,
  effective: string,
  source: string,
  grade: "B" | "C",
): Own => ({
  kind: "commission",
  category,
  value: high,
  low,
  high,
  effective,
  source,
  grade,
  label: `Commission (${category})`,
  refundOnReturn: "proRata" as const,
  note: `${(Number(low) * 100).toFixed(2)}–${(Number(high) * 100).toFixed(2)} % for standard sellers; the value is the top of the range. Pass your subcategory's rate from Seller Center.`,
});

export const VN_SHOP: readonly RateEntry[] = marketEntries({ market: "VN" }, "itemNet", [
  {
    kind: "commission",
    value: "0.02",
    effective: "2025-03-20",
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
    source: S78,
    grade: "B",
    label: "Commission",
    refundOnReturn: "proRata",
    note: "From 2025-07-18 by category (fashion 10–12 %; home, grocery, health & beauty, mother & baby 8.5–12 %); the Shipping Fee Program is folded in. Choose a category or pass your rate.",
  },
  RANGE("0.10", "0.12", "Fashion", "2025-07-18", S78, "B"),
  RANGE("0.085", "0.12", "Home", "2025-07-18", S79, "B"),
  RANGE("0.085", "0.12", "Grocery", "2025-07-18", S79, "B"),
  RANGE("0.085", "0.12", "Health & Beauty", "2025-07-18", S79, "B"),
  RANGE("0.085", "0.12", "Mother & Baby", "2025-07-18", S79, "B"),
  RANGE("0.0147", "0.108", "Electronics", "2025-10-27", S82, "B"),
  {
    kind: "transaction",
    value: "0.025",
    base: "customerPayment",
    effective: "2022-10-17",
    until: "2025-08-08",
    source: S73,
    grade: "A-",
    taxInclusive: true,
    label: "Transaction fee",
    refundOnReturn: "proRata",
    note: "Raised from 1 % to 2.5 % incl. tax on 2022-10-17, on (customer payment − refund).",
  },
  {
    kind: "transaction",
    value: "0.05",
    base: "customerPayment",
    effective: "2025-08-09",
    source: S78,
    grade: "B",
    label: "Payment fee",
    refundOnReturn: "proRata",
    note: "5 % of the customer payment in 2025; the first day is the date of the report (the change date is not given).",
    alternatives: [{ value: "0.04", source: S74, grade: "C", note: "An integrator's manual: payment fee from 4 %." }],
  },
  {
    kind: "orderFee",
    value: "3000",
    basis: "amount",
    base: "perOrder",
    effective: "2025-10-27",
    source: S80,
    grade: "B",
    taxInclusive: true,
    label: "Order processing fee",
    refundOnReturn: "none",
    note: "VND 3,000 per delivered order, incl. tax; kept after a later return or refund.",
  },
]);
