/** LIVE functions: gifts, coins, diamonds, creator payouts and Creator Rewards. */
import type { DecimalInput } from "../../core/decimal";
import { CoreError } from "../../core/errors";
import { message } from "../../core/messages";
import {
  coinCost,
  coinValue,
  creatorRewards,
  creatorRewardsEligibility,
  diamondPayout,
  diamondsForPayout,
  diamondsFromCoins,
  giftCoins,
  giftNames,
  giftsForPayout,
  liveProjection,
  liveWaterfall,
} from "../../core/live";
import { RATE_BOOK } from "../../core/rates";
import { say } from "../../i18n/active";
import { defineFunction } from "../define";
import { columns, MESSAGES } from "../messages";
import { type Table, toCellNumber } from "../output";
import * as P from "../params";
import { optional, required } from "../spec";

export const ESTIMATES = ["low", "typical", "high"] as const;

/** "low", "typical" (default) or "high". */
export function readEstimate(value: string | null): (typeof ESTIMATES)[number] {
  const t = (value ?? "typical").toLowerCase();
  const hit = ESTIMATES.find((e) => e === t);
  if (hit) return hit;
  throw new CoreError("notAvailable", "estimate", MESSAGES.unknownChoice("estimate", t, ESTIMATES), [...ESTIMATES]);
}

const LIVE_SOURCES = "sources cited in test/core/live";

export const GIFTCOINS = defineFunction({
  id: "GIFTCOINS",
  description: "The coins a LIVE gift costs the viewer (its catalog price on the date), times the count.",
  returns: "Coins.",
  parameters: [
    required(P.gift),
    optional(P.count),
    optional(P.asOf, "Date of the prices to use (default: the newest)."),
  ],
  result: "number",
  examples: [{ args: ["Lion"], expected: 29999, source: LIVE_SOURCES }],
  run: (a) => giftCoins(a.gift, a.count, a.as_of).coins,
});

export const GIFTDIAMONDS = defineFunction({
  id: "GIFTDIAMONDS",
  description: "The diamonds a creator receives for LIVE gifts.",
  returns: "Whole diamonds.",
  parameters: [required(P.gift), optional(P.count), optional(P.coinsPerDiamond)],
  result: "number",
  examples: [{ args: ["Lion", 1, 2], expected: 14999, source: LIVE_SOURCES }],
  run: (a) => diamondsFromCoins(giftCoins(a.gift, a.count).coins, { coinsPerDiamond: a.coins_per_diamond }),
});

export const METHODS = ["packs", "perCoin"] as const;

export const COINCOST = defineFunction({
  id: "COINCOST",
  description:
    "What coins cost a viewer, by purchase channel: per coin on the web, or the cheapest combination of packs in the apps.",
  returns: "Price in the market currency.",
  parameters: [required(P.coins), optional(P.channel), optional(P.method), optional(P.coinMarket)],
  result: "number",
  examples: [{ args: [700, "web"], expected: 7.4, source: LIVE_SOURCES }],
  run: (a) => {
    const m = a.method === null ? null : a.method.toLowerCase().replace(/[\s-]/g, "");
    if (m !== null && m !== "packs" && m !== "percoin") {
      throw new CoreError("notAvailable", "method", MESSAGES.unknownChoice("method", a.method!, METHODS), [...METHODS]);
    }
    return coinCost(a.coins, a.channel, m === null ? null : m === "packs" ? "packs" : "perCoin", a.market).cost;
  },
});

export const COINVALUE = defineFunction({
  id: "COINVALUE",
  description:
    "What one coin costs a viewer on a purchase channel: the best price per coin among the channel's packs (a fraction of a cent).",
  returns: "Price of one coin in the market currency, to 6 decimal places.",
  parameters: [optional(P.channel), optional(P.coinMarket)],
  result: "number",
  examples: [{ args: ["web"], expected: 0.010571, source: LIVE_SOURCES }],
  // One coin is a fraction of a cent: six places keep it exact enough to multiply back.
  run: (a) => coinValue(a.channel, a.market).perCoin.toDecimalPlaces(6),
});

export const GIFTS = defineFunction({
  id: "GIFTS",
  description: "The LIVE gift catalog: gift, coins, the date the price took effect and its source.",
  returns: "Table of gifts with a header row.",
  parameters: [optional(P.asOf, "Date of the prices to use (default: the newest).")],
  result: "table",
  table: { columns: 4, maxRows: 60 },
  examples: [{ args: [], expected: { rows: 35, columns: 4, header: ["Gift", "Coins", "In force since", "Source"] } }],
  run: (a): Table => {
    const header = columns("gift", "coins", "since", "source");
    const rows: [string, number, string, string][] = [];
    for (const gift of giftNames()) {
      const entry = RATE_BOOK.entryOf({ book: "live", market: "*", kind: "giftCoins", category: gift, asOf: a.as_of });
      if (!entry) continue;
      rows.push([gift, toCellNumber(RATE_BOOK.valueOf(entry)), entry.effective, entry.source]);
    }
    if (rows.length === 0) throw new CoreError("notAvailable", "as_of", message("live.beforeGiftCatalog", {}));
    rows.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
    return [header, ...rows];
  },
});

interface ConversionArgs {
  readonly coins_per_diamond: DecimalInput | null;
  readonly usd_per_diamond: DecimalInput | null;
  readonly agency_share: DecimalInput | null;
}

function conversion(a: ConversionArgs) {
  return { coinsPerDiamond: a.coins_per_diamond, usdPerDiamond: a.usd_per_diamond, agencyShare: a.agency_share };
}

const CHAIN = [optional(P.usdPerDiamond), optional(P.agencyShare), optional(P.withdrawalFee)] as const;
const CONVERSION = [optional(P.coinsPerDiamond), optional(P.usdPerDiamond), optional(P.agencyShare)] as const;

export const DIAMONDPAYOUT = defineFunction({
  id: "DIAMONDPAYOUT",
  description: "USD a creator receives for diamonds, after an agency share and a withdrawal fee.",
  returns: "Creator's cash in USD.",
  parameters: [required(P.diamonds), ...CHAIN],
  result: "number",
  examples: [{ args: [10000], expected: 50, source: LIVE_SOURCES }],
  run: (a) =>
    diamondPayout(a.diamonds, {
      usdPerDiamond: a.usd_per_diamond,
      agencyShare: a.agency_share,
      withdrawalFee: a.withdrawal_fee,
    }).net,
});

export const DIAMONDSFORPAYOUT = defineFunction({
  id: "DIAMONDSFORPAYOUT",
  description: "The diamonds a creator needs to receive a target cash payout.",
  returns: "Whole diamonds.",
  parameters: [required(P.targetUsd), ...CHAIN],
  result: "number",
  examples: [{ args: [100], expected: 20000, source: LIVE_SOURCES }],
  run: (a) =>
    diamondsForPayout(a.target_usd, {
      usdPerDiamond: a.usd_per_diamond,
      agencyShare: a.agency_share,
      withdrawalFee: a.withdrawal_fee,
    }),
});

export const GIFTSFORPAYOUT = defineFunction({
  id: "GIFTSFORPAYOUT",
  description: "How many of one LIVE gift a creator needs to receive a target cash payout.",
  returns: "Number of gifts.",
  parameters: [required(P.gift), required(P.targetUsd), ...CONVERSION],
  result: "number",
  examples: [{ args: ["Lion", 1000], expected: 7, source: LIVE_SOURCES }],
  run: (a) => giftsForPayout(a.gift, a.target_usd, conversion(a)).gifts,
});

export const LIVEWATERFALL = defineFunction({
  id: "LIVEWATERFALL",
  description:
    "Where a viewer's money for coins goes: app store, TikTok, agency, withdrawal fee and the creator's cash, as a table.",
  returns: "Table with a header row; the lines add up to the viewer's spend.",
  parameters: [required(P.coins), optional(P.channel), ...CONVERSION, optional(P.withdrawalFee)],
  result: "table",
  table: { columns: 3, maxRows: 8 },
  examples: [
    { args: [29999, "ios"], expected: { rows: 7, columns: 3, header: ["Step", "USD", "Share of viewer spend"] } },
  ],
  run: (a): Table => {
    const w = liveWaterfall({ coins: a.coins, channel: a.channel, ...conversion(a), withdrawalFee: a.withdrawal_fee });
    const share = (amount: typeof w.viewerSpend) =>
      w.viewerSpend.isZero() ? 0 : toCellNumber(amount.dividedBy(w.viewerSpend).toDecimalPlaces(4));
    const label = (line: string) => say(message("live.waterfallLabel", { line, channel: w.channel }));
    return [
      [label("step"), "USD", label("share")],
      ...w.breakdown.lines.map((l) => [label(l.key), toCellNumber(l.amount), share(l.amount)]),
      [label("viewerSpend"), toCellNumber(w.viewerSpend), w.viewerSpend.isZero() ? 0 : 1],
    ];
  },
});

export const LIVEMONTHLY = defineFunction({
  id: "LIVEMONTHLY",
  description: "A creator's monthly LIVE payout from gifts per stream and streams per month.",
  returns: "Payout per month in USD.",
  parameters: [required(P.gift), required(P.giftsPerStream), required(P.streamsPerMonth), ...CONVERSION],
  result: "number",
  examples: [{ args: ["Lion", 3, 12], expected: 5399.82, source: LIVE_SOURCES }],
  run: (a) => liveProjection(a.gift, a.gifts_per_stream, a.streams_per_month, conversion(a)).payoutPerMonth,
});

export const CREATORREWARDS = defineFunction({
  id: "CREATORREWARDS",
  description: "Estimated Creator Rewards Program payout: qualified views / 1,000 × RPM.",
  returns: "Payout in USD.",
  parameters: [required(P.qualifiedViews), optional(P.rpm), optional(P.estimate)],
  result: "number",
  examples: [{ args: [100000], expected: 70, source: LIVE_SOURCES }],
  run: (a) => creatorRewards(a.qualified_views, a.rpm)[readEstimate(a.estimate)],
});

export const CREATORREWARDSELIGIBLE = defineFunction({
  id: "CREATORREWARDSELIGIBLE",
  description: "Whether an account qualifies for the Creator Rewards Program, and if not, what is missing.",
  returns: '"Eligible" or "Not eligible: …".',
  parameters: [
    required(P.followers),
    required(P.views30d),
    required(P.videoSeconds),
    optional(P.age),
    optional(P.creatorMarket),
  ],
  result: "string",
  examples: [{ args: [12000, 150000, 75], expected: "Eligible", source: LIVE_SOURCES }],
  run: (a) => {
    const e = creatorRewardsEligibility({
      followers: a.followers,
      views30d: a.views_30d,
      videoSeconds: a.video_seconds,
      age: a.age,
      market: a.market,
    });
    if (e.eligible) return say(message("live.crpEligible", {}));
    return say(message("live.crpNotEligible", { reasons: e.said.map(say).join("; ") }));
  },
});
