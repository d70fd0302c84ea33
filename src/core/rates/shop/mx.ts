/** Mexico (MXN): launched February 2025; 6 % sales commission (one Chinese-language guide, grade C). */
import { marketEntries } from "./entries";

const S98 = "https://www.52by.com/podcast/4996";

export const MX_SHOP = marketEntries({ market: "MX" }, "orderValue", [
  {
    kind: "commission",
    value: "0.06",
    effective: "2025-02-01",
    dated: "knownSince",
    source: S98,
    grade: "C",
    label: "Sales commission",
    refundOnReturn: "full",
    note: "6 %, with 90 days commission-free for new merchants (type 0% as text in the category). No official page; the fee base is not stated and the US base is assumed.",
  },
]);
