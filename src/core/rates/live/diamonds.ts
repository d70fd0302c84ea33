/**
 * The payout chain after the gift: coins → diamonds (coinsPerDiamond) → USD (usdPerDiamond) →
 * the agency's share (agencyShare). TikTok publishes no peg, so each link is a sourced default and
 * the conflicts are kept (rates.md §2.3, §7).
 */
import type { RateEntry } from "../types";
import { liveEntries } from "./entries";
import { S142 } from "./sources";

const S134 = "https://streampace.io/guides/tiktok-live-monetization";
const S148 =
  "https://www.businessinsider.com/tiktok-live-paying-agencies-coach-creators-grow-gifts-livestream-revenue-2023-9";
const S152 =
  "https://oglink.it/did-you-know-that-tiktok-has-its-own-virtual-economy-what-are-tiktok-gifts-diamonds-and-coins/";

export const DIAMOND_RATES: readonly RateEntry[] = liveEntries([
  {
    kind: "coinsPerDiamond",
    value: "1",
    basis: "count",
    effective: "2023-09-13",
    source: S134,
    grade: "C",
    label: "Coins per diamond",
    note: "Disputed — TikTok publishes no ratio. 1:1 (the default): the creator's diamonds equal the coins the viewer spent (Streampace); at $0.005 a diamond that pays about 38–48 % of what the viewer paid, the only model consistent with TikTok's statement that creators keep 50 % after app-store fees (Business Insider, 2023-09-13) and with a Lion (29,999 coins, ~$400) paying 'about half' to the streamer. 2:1: most calculators say 2 coins = 1 diamond, which pays about 19–24 % (1,000 coins → $2.50 instead of $5.00). Pass 2 as coins_per_diamond to see the payout under that model.",
    alternatives: [
      {
        value: "2",
        source: S142,
        grade: "C",
        note: "2 coins = 1 diamond (iTechPost 2021, CalculateCreator); applies the 50 % cut on top of a $0.005 diamond.",
      },
    ],
  },
  {
    kind: "usdPerDiamond",
    value: "0.005",
    basis: "amount",
    effective: "2021-09-03",
    source: S142,
    grade: "C",
    label: "USD per diamond",
    note: "200 diamonds = $1, broadly consistent across sources; TikTok publishes no peg.",
    alternatives: [
      { value: "0.05", source: S152, grade: "D", note: "$0.05 a diamond (contradicted by gift-value examples)." },
    ],
  },
  {
    kind: "agencyShare",
    value: "0",
    basis: "rate",
    effective: "2023-09-13",
    source: S148,
    grade: "B",
    label: "Agency share of the creator's payout",
    note: "TikTok pays its LIVE partner agencies out of its own share; creators keep their 50 %. Off-platform agency contracts may differ: pass their share.",
  },
]);
