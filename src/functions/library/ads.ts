/** Advertising functions, host-neutral. */
import {
  AD_FORMATS,
  adBenchmark,
  adCost,
  adVolume,
  breakEvenRoas,
  checkBudget,
  funnel,
  learningBudget,
  maxCpa,
  minBudget,
  reachEstimate,
  roas,
  sponsorshipCpm,
  sponsorshipPrice,
} from "../../core/ads";
import { type Decimal, dec } from "../../core/decimal";
import { CoreError } from "../../core/errors";
import { RATE_BOOK } from "../../core/rates";
import { type ExcelArg, numberArg, requiredNumberArg, textArg } from "../args";
import { type Table, toCellNumber } from "../output";
import { readEstimate } from "./live";

type Args = ExcelArg[];

function required(value: ExcelArg, argument: string, example: string): string {
  const t = textArg(value, argument);
  if (t === null) throw new CoreError("invalidValue", argument, `${argument} is required, e.g. ${example}.`);
  return t;
}

/** Margins people type: a fraction from −1 to 1 (30 % is 0.3). */
function marginArg(value: ExcelArg, argument: string) {
  const v = requiredNumberArg(value, argument);
  const n = typeof v === "number" ? v : Number(v);
  if (!(n >= -1 && n <= 1))
    throw new CoreError(
      "invalidValue",
      argument,
      `${argument} must be a fraction between −1 and 1 (30 % is 0.3), not ${String(v)}.`,
    );
  return v;
}

/** model, volume, [rate], [industry] */
export function adCostFn(...args: Args): number {
  return toCellNumber(
    adCost(
      required(args[0], "model", '"CPM"'),
      requiredNumberArg(args[1], "volume"),
      numberArg(args[2], "rate"),
      textArg(args[3], "industry"),
    ).cost,
  );
}

/** model, budget, [rate], [industry] */
export function adVolumeFn(...args: Args): number {
  return toCellNumber(
    adVolume(
      required(args[0], "model", '"CPM"'),
      requiredNumberArg(args[1], "budget"),
      numberArg(args[2], "rate"),
      textArg(args[3], "industry"),
    ).volume,
  );
}

/** metric, [industry], [estimate] */
export function adBenchmarkFn(...args: Args): number {
  const b = adBenchmark(required(args[0], "metric", '"CPM"'), textArg(args[1], "industry"));
  return toCellNumber(b[readEstimate(args[2])]);
}

/** level, [days] */
export function adMinBudgetFn(...args: Args): number {
  return toCellNumber(minBudget(required(args[0], "level", '"campaign"'), numberArg(args[1], "days")).amount);
}

/** level, budget, [days] */
export function adBudgetCheckFn(...args: Args): string {
  return checkBudget(
    required(args[0], "level", '"adgroup"'),
    requiredNumberArg(args[1], "budget"),
    numberArg(args[2], "days"),
  ).message;
}

/** conversion, [cpa] */
export function learningBudgetFn(...args: Args): number {
  return toCellNumber(learningBudget(textArg(args[0], "conversion"), numberArg(args[1], "cpa")));
}

/** budget, cpm, ctr, cvr, aov, [margin] */
export function adFunnelTable(...args: Args): Table {
  const margin = args[5] === null || args[5] === undefined || args[5] === "" ? null : marginArg(args[5], "margin");
  const f = funnel({
    budget: requiredNumberArg(args[0], "budget"),
    cpm: requiredNumberArg(args[1], "cpm"),
    ctr: requiredNumberArg(args[2], "ctr"),
    cvr: requiredNumberArg(args[3], "cvr"),
    aov: requiredNumberArg(args[4], "aov"),
    margin,
  });
  const n = (d: Decimal | null) => (d === null ? "" : toCellNumber(d));
  return [
    ["Step", "Value"],
    ["Budget (USD)", n(f.budget)],
    ["Impressions", n(f.impressions)],
    ["Clicks", n(f.clicks)],
    ["Conversions", n(f.conversions)],
    ["Revenue (USD)", n(f.revenue)],
    ["ROAS", n(f.roas)],
    ["Cost per conversion (USD)", n(f.cpa)],
    ["Profit after ads (USD)", n(f.profit)],
  ];
}

export function roasFn(...args: Args): number {
  return toCellNumber(roas(requiredNumberArg(args[0], "revenue"), requiredNumberArg(args[1], "spend")));
}

export function breakEvenRoasFn(...args: Args): number {
  return toCellNumber(breakEvenRoas(marginArg(args[0], "margin")));
}

/** aov, margin, target_margin */
export function maxCpaFn(...args: Args): number {
  return toCellNumber(
    maxCpa(requiredNumberArg(args[0], "aov"), marginArg(args[1], "margin"), marginArg(args[2], "target_margin")),
  );
}

export function reachFn(...args: Args): number {
  return toCellNumber(
    reachEstimate(requiredNumberArg(args[0], "impressions"), requiredNumberArg(args[1], "frequency")),
  );
}

/** followers, [engagement_rate], [content_type], [estimate] */
export function sponsorshipFn(...args: Args): number {
  const e = sponsorshipPrice({
    followers: requiredNumberArg(args[0], "followers"),
    engagementRate: numberArg(args[1], "engagement_rate"),
    contentType: textArg(args[2], "content_type"),
  });
  return toCellNumber(e[readEstimate(args[3])]);
}

export function sponsorshipCpmFn(...args: Args): number {
  return toCellNumber(sponsorshipCpm(requiredNumberArg(args[0], "price"), requiredNumberArg(args[1], "views")));
}

/** Premium and reserved formats: shape, pricing and the price range where one is public. */
export function adFormatTable(): Table {
  const rows: Table = [["Format", "Duration", "Delivery", "Pricing", "Low (USD)", "High (USD)", "Source"]];
  for (const f of AD_FORMATS) {
    const entry =
      RATE_BOOK.peek({ book: "ads", market: "*", kind: "premiumCpm", category: f.id }) ??
      RATE_BOOK.peek({ book: "ads", market: "*", kind: "premiumFlat", category: f.id }) ??
      (f.id === "InFeed" ? RATE_BOOK.peek({ book: "ads", market: "*", kind: "cpm" }) : null);
    const low = entry ? toCellNumber(dec(entry.low ?? entry.value)) : "";
    const high = entry ? toCellNumber(dec(entry.high ?? entry.value)) : "";
    rows.push([f.name, f.duration, f.delivery, f.pricing, low, high, entry?.source ?? f.source]);
  }
  return rows;
}
