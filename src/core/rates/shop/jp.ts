/** Japan (JPY): launched 2025-06-30; 7 % sales commission incl. consumption tax and payment processing (grade C). */
import { marketEntries } from "./entries";

const S101 = "https://baseu.jp/47439";

export const JP_SHOP = marketEntries({ market: "JP", taxInclusive: true }, "itemNet", [
  {
    kind: "commission",
    value: "0.07",
    effective: "2025-06-30",
    dated: "knownSince",
    source: S101,
    grade: "C",
    label: "Sales commission",
    refundOnReturn: "full",
    note: "7 % of the sales price incl. tax, covering payment processing; fixed when the item ships. New shops paid 3 % for their first 90 days in 2025 (pass 0.03).",
  },
]);
