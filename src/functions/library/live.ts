/** LIVE functions (gifts, coins, diamonds, creator payouts), host-neutral. */
import { readAsOf } from "../../core/dates";
import { CoreError } from "../../core/errors";
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
import { dateArg, type ExcelArg, numberArg, requiredNumberArg, textArg } from "../args";
import { type Table, toCellNumber } from "../output";

type Args = ExcelArg[];

function requiredText(value: ExcelArg, argument: string, example: string): string {
  const t = textArg(value, argument);
  if (t === null) throw new CoreError("invalidValue", argument, `${argument} is required, e.g. ${example}.`);
  return t;
}

/** "low", "typical" (default) or "high". */
export function readEstimate(value: ExcelArg): "low" | "typical" | "high" {
  const t = (textArg(value, "estimate") ?? "typical").toLowerCase();
  if (t === "low" || t === "typical" || t === "high") return t;
  throw new CoreError("notAvailable", "estimate", `Unknown estimate "${t}": use "low", "typical" or "high".`, [
    "low",
    "typical",
    "high",
  ]);
}

/** gift, [quantity], [as_of] */
export function giftCoinsFn(...args: Args): number {
  return toCellNumber(
    giftCoins(requiredText(args[0], "gift", '"Lion"'), numberArg(args[1], "count"), readAsOf(dateArg(args[2]))).coins,
  );
}

/** gift, [quantity], [coins_per_diamond] */
export function giftDiamondsFn(...args: Args): number {
  const coins = giftCoins(requiredText(args[0], "gift", '"Lion"'), numberArg(args[1], "count")).coins;
  return toCellNumber(diamondsFromCoins(coins, { coinsPerDiamond: numberArg(args[2], "coins_per_diamond") }));
}

/** coins, [channel], [method], [market] */
export function coinCostFn(...args: Args): number {
  const method = textArg(args[2], "method");
  const m = method === null ? null : method.toLowerCase().replace(/[\s-]/g, "");
  if (m !== null && m !== "packs" && m !== "percoin") {
    throw new CoreError("notAvailable", "method", `Unknown method "${method}": use "packs" or "perCoin".`, [
      "packs",
      "perCoin",
    ]);
  }
  return toCellNumber(
    coinCost(
      requiredNumberArg(args[0], "coins"),
      textArg(args[1], "channel"),
      m === null ? null : m === "packs" ? "packs" : "perCoin",
      textArg(args[3], "market"),
    ).cost,
  );
}

/** [channel], [market]: one coin's price, to 6 decimal places (it is a fraction of a cent). */
export function coinValueFn(...args: Args): number {
  return toCellNumber(coinValue(textArg(args[0], "channel"), textArg(args[1], "market")).perCoin.toDecimalPlaces(6));
}

/** The gift catalog as a table on the date. */
export function giftTable(...args: Args): Table {
  const asOf = readAsOf(dateArg(args[0]));
  const rows: Table = [["Gift", "Coins", "In force since", "Source"]];
  for (const gift of giftNames()) {
    const entry = RATE_BOOK.peek({ book: "live", market: "*", kind: "giftCoins", category: gift, asOf });
    if (!entry) continue;
    rows.push([gift, toCellNumber(RATE_BOOK.valueOf(entry)), entry.effective, entry.source]);
  }
  if (rows.length === 1)
    throw new CoreError(
      "notAvailable",
      "as_of",
      "as_of is before the gift catalog, which starts in 2021: no gift prices before that.",
    );
  return rows.sort((a, b) =>
    a === rows[0]
      ? -1
      : b === rows[0]
        ? 1
        : (a[1] as number) - (b[1] as number) || String(a[0]).localeCompare(String(b[0])),
  );
}

function chainArgs(args: Args, at: number) {
  return {
    usdPerDiamond: numberArg(args[at], "usd_per_diamond"),
    agencyShare: numberArg(args[at + 1], "agency_share"),
    withdrawalFee: numberArg(args[at + 2], "withdrawal_fee"),
  };
}

/** coins_per_diamond, usd_per_diamond and agency_share at consecutive positions from `at`. */
function conversionArgs(args: Args, at: number) {
  return {
    coinsPerDiamond: numberArg(args[at], "coins_per_diamond"),
    usdPerDiamond: numberArg(args[at + 1], "usd_per_diamond"),
    agencyShare: numberArg(args[at + 2], "agency_share"),
  };
}

/** diamonds, [usd_per_diamond], [agency_share], [withdrawal_fee] */
export function diamondPayoutFn(...args: Args): number {
  return toCellNumber(diamondPayout(requiredNumberArg(args[0], "diamonds"), chainArgs(args, 1)).net);
}

/** target_usd, [usd_per_diamond], [agency_share], [withdrawal_fee] */
export function diamondsForPayoutFn(...args: Args): number {
  return toCellNumber(diamondsForPayout(requiredNumberArg(args[0], "target_usd"), chainArgs(args, 1)));
}

/** gift, target_usd, [coins_per_diamond], [usd_per_diamond], [agency_share] */
export function giftsForPayoutFn(...args: Args): number {
  const r = giftsForPayout(
    requiredText(args[0], "gift", '"Lion"'),
    requiredNumberArg(args[1], "target_usd"),
    conversionArgs(args, 2),
  );
  return toCellNumber(r.gifts);
}

/** coins, [channel], [coins_per_diamond], [usd_per_diamond], [agency_share], [withdrawal_fee] */
export function liveWaterfallTable(...args: Args): Table {
  const w = liveWaterfall({
    coins: requiredNumberArg(args[0], "coins"),
    channel: textArg(args[1], "channel"),
    ...conversionArgs(args, 2),
    withdrawalFee: numberArg(args[5], "withdrawal_fee"),
  });
  const rows: Table = [["Step", "USD", "Share of viewer spend"]];
  for (const l of w.breakdown.lines) {
    rows.push([
      l.label,
      toCellNumber(l.amount),
      w.viewerSpend.isZero() ? 0 : toCellNumber(l.amount.dividedBy(w.viewerSpend).toDecimalPlaces(4)),
    ]);
  }
  rows.push(["Viewer spend", toCellNumber(w.viewerSpend), w.viewerSpend.isZero() ? 0 : 1]);
  return rows;
}

/** gift, gifts_per_stream, streams_per_month, [coins_per_diamond], [usd_per_diamond], [agency_share] */
export function liveMonthlyFn(...args: Args): number {
  const p = liveProjection(
    requiredText(args[0], "gift", '"Rose"'),
    requiredNumberArg(args[1], "gifts_per_stream"),
    requiredNumberArg(args[2], "streams_per_month"),
    conversionArgs(args, 3),
  );
  return toCellNumber(p.payoutPerMonth);
}

/** qualified_views, [rpm], [estimate] */
export function creatorRewardsFn(...args: Args): number {
  const r = creatorRewards(requiredNumberArg(args[0], "qualified_views"), numberArg(args[1], "rpm"));
  return toCellNumber(r[readEstimate(args[2])]);
}

/** followers, views_30d, video_seconds, [age], [market] */
export function creatorRewardsEligibleFn(...args: Args): string {
  const e = creatorRewardsEligibility({
    followers: requiredNumberArg(args[0], "followers"),
    views30d: requiredNumberArg(args[1], "views_30d"),
    videoSeconds: requiredNumberArg(args[2], "video_seconds"),
    age: numberArg(args[3], "age"),
    market: textArg(args[4], "market"),
  });
  return e.eligible ? "Eligible" : `Not eligible: ${e.reasons.join("; ")}`;
}
