/**
 * Fulfilled by TikTok (FBT). UK: size tiers with a per-item fee incl. VAT (Mergoio's calculator,
 * S112, corroborated by an accountant's "from £0.78 per item up to 0.5 kg", S24 Oct 2025; grade C,
 * possibly out of date). US: only the card's starting prices and the billable-weight rule are public
 * (official, S105), so a US fee cannot be computed by weight.
 */
import { RESEARCH_READ } from "../research";
import type { RateEntry } from "../types";

const S105 =
  "https://seller-us.tiktok.com/university/essay?default_language=en&identity=1&knowledge_id=5080349546170155";
const S112 = "https://mergoio.com/profitCalculator.html";

/** A UK FBT size tier: the largest box (cm, longest side first) and weight (kg) it takes. */
export interface FbtTier {
  readonly tier: string;
  readonly dimensionsCm: readonly [number, number, number];
  readonly maxKg: number;
}

export const UK_FBT_TIERS: readonly FbtTier[] = [
  { tier: "XS", dimensionsCm: [33, 23, 4], maxKg: 0.5 },
  { tier: "S", dimensionsCm: [40, 30, 15], maxKg: 3 },
  { tier: "M", dimensionsCm: [50, 40, 30], maxKg: 10 },
  { tier: "L", dimensionsCm: [61, 46, 46], maxKg: 30 },
  { tier: "XL", dimensionsCm: [120, 60, 60], maxKg: 15 },
];

const FEES: Record<string, string> = { XS: "0.78", S: "1.08", M: "1.80", L: "3.00", XL: "4.20" };

export const FBT_RATES: readonly RateEntry[] = [
  ...UK_FBT_TIERS.map((t): RateEntry => ({
    book: "shop" as const,
    market: "UK",
    kind: "fbt",
    category: `FBT ${t.tier}`,
    value: FEES[t.tier],
    basis: "amount" as const,
    base: "perItem" as const,
    effective: "2025-10-01",
    dated: "knownSince",
    source: S112,
    read: RESEARCH_READ,
    grade: "C" as const,
    taxInclusive: true,
    label: `FBT fulfilment (${t.tier})`,
    refundOnReturn: "none" as const,
    note: `Up to ${t.dimensionsCm.join(" × ")} cm and ${t.maxKg} kg${t.tier === "XL" ? " (as printed by the source)" : ""}. The calculator flags its figures as possibly out of date; the first day is the corroborating accountant's update (Oct 2025).`,
  })),
  {
    book: "shop",
    market: "US",
    kind: "fbtFrom",
    category: "*",
    value: "3.58",
    basis: "amount",
    base: "perItem",
    effective: "2025-01-16",
    dated: "inForce",
    until: "2025-06-15",
    source: S105,
    read: RESEARCH_READ,
    grade: "A",
    label: "FBT fulfilment, single-unit orders (from)",
    note: "From $3.58 per item for single-unit orders and $2.86 for multi-unit orders; billable weight = the greater of the unit weight and L × W × H (in) ÷ 166. A new card replaced it on 2025-06-16 (values not public).",
  },
];
