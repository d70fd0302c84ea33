/**
 * The Creator Rewards Program: crpRpm (USD per 1,000 qualified views; low/high range) and the
 * entry rules — crpMinFollowers, crpMinViews30d, crpMinVideoSeconds, crpMinAge,
 * crpFirstEarningViews — market "*" unless a market has its own rule — and the markets where the
 * program is open.
 */
import type { MarketCode, RateEntry } from "../types";
import { type LiveOwn, liveEntries } from "./entries";

const NAPOLIFY_REQ = "https://napolify.com/blogs/news/creator-rewards-requirements";
const S168 = "https://www.trypostbase.com/resources/how-to-get-into-the-creator-rewards-program";
const S169 = "https://www.thespacelab.tv/Content/2025/04-April/TikTok-001.html";
const S170 = "https://hithanh.com/tiktok-creator-rewards-program";
const S172 = "https://calculatecreator.com/news/creator-rewards-20x-earnings";
const S174 = "https://napolify.com/blogs/news/tiktok-creator-rewards-work";

/**
 * Japan and South Korea: the guides give the 10,000 followers of every other market, one blog
 * says 50,000 for both. One figure with one note and one alternative, entered under each market.
 */
const JP_KR_MIN_FOLLOWERS = {
  kind: "crpMinFollowers",
  value: "10000",
  basis: "count",
  effective: "2024-01-01",
  source: NAPOLIFY_REQ,
  grade: "C",
  note: "10,000 as in the other markets (napolify.com and most guides); one blog (hithanh.com) says 50,000 for Japan and South Korea — unverified, no official page with numbers found.",
  alternatives: [{ value: "50000", source: S170, grade: "C", note: "Japan and South Korea 50,000 (single blog)." }],
} as const satisfies Omit<LiveOwn, "market" | "label">;

const minFollowersIn = (market: "JP" | "KR", name: string): LiveOwn => ({
  ...JP_KR_MIN_FOLLOWERS,
  market,
  label: `Creator Rewards: minimum followers (${name})`,
});

export const CREATOR_REWARDS_RATES: readonly RateEntry[] = liveEntries([
  {
    kind: "crpRpm",
    value: "0.70",
    low: "0.40",
    high: "1.00",
    basis: "amount",
    effective: "2025-01-01",
    source: S172,
    grade: "C",
    label: "Creator Rewards RPM (USD per 1,000 qualified views)",
    note: "Typical $0.40–$1.00 (the value is the middle); some niches reach $4–$8 (napolify.com). The old Creator Fund paid $0.02–$0.04. No official figure.",
    alternatives: [{ value: "4", source: S174, grade: "C", note: "Up to $4–$8 in some niches." }],
  },
  {
    kind: "crpMinFollowers",
    value: "10000",
    basis: "count",
    effective: "2024-01-01",
    source: S169,
    grade: "C",
    label: "Creator Rewards: minimum followers",
  },
  minFollowersIn("JP", "Japan"),
  {
    kind: "crpMinViews30d",
    value: "100000",
    basis: "count",
    effective: "2024-01-01",
    source: S169,
    grade: "C",
    label: "Creator Rewards: minimum video views in the last 30 days",
  },
  {
    kind: "crpMinVideoSeconds",
    value: "60",
    basis: "count",
    effective: "2024-01-01",
    source: S169,
    grade: "C",
    label: "Creator Rewards: minimum video length (seconds)",
    note: "Original videos of at least one minute, posted after joining.",
  },
  {
    kind: "crpMinAge",
    value: "18",
    basis: "count",
    effective: "2024-01-01",
    source: S168,
    grade: "C",
    label: "Creator Rewards: minimum age",
    note: "18+ (19 in South Korea); personal account in good standing.",
  },
  {
    market: "KR",
    kind: "crpMinAge",
    value: "19",
    basis: "count",
    effective: "2024-01-01",
    source: S168,
    grade: "C",
    label: "Creator Rewards: minimum age (South Korea)",
    note: "19 in South Korea (the age of majority there), 18 elsewhere.",
  },
  minFollowersIn("KR", "South Korea"),
  {
    kind: "crpFirstEarningViews",
    value: "1000",
    basis: "count",
    effective: "2024-01-01",
    source: S169,
    grade: "C",
    label: "Creator Rewards: qualified views before a video earns",
    note: "A qualified view is a unique For You view of at least 5 s, without repeats, paid promotion or fraud.",
  },
]);

/** Markets where the Creator Rewards Program is open (S168, S170; South Korea per napolify.com). */
export const CRP_MARKETS = ["US", "UK", "FR", "DE", "JP", "KR", "BR"] as const satisfies readonly MarketCode[];
export type CrpMarket = (typeof CRP_MARKETS)[number];
export const CRP_MARKETS_SOURCE = S168;

/** Whether the Creator Rewards Program is open in a market. */
export function crpOpenIn(code: MarketCode): code is CrpMarket {
  return (CRP_MARKETS as readonly MarketCode[]).includes(code);
}
