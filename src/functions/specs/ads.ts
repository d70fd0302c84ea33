/** Advertising and partnership functions: billing models, benchmarks, budgets, funnel, sponsorships. */
import {
  AD_FORMATS,
  adBenchmark,
  adCost,
  adVolume,
  breakEvenRoas,
  checkBudget,
  dynamicDailyBudget,
  funnel,
  learningBudget,
  readBudgetPeriod,
  maxCpa,
  minBudget,
  reachEstimate,
  roas,
  sponsorshipCpm,
  sponsorshipPrice,
} from "../../core/ads";
import { type Decimal, type DecimalInput, dec } from "../../core/decimal";
import { CoreError } from "../../core/errors";
import { message } from "../../core/messages";
import { readNumber } from "../../core/money";
import { RATE_BOOK } from "../../core/rates";
import { activeSheetWords, say } from "../../i18n/active";
import type { SheetsCatalog } from "../../templates/sheets";
import { defineFunction } from "../define";
import { columns, MESSAGES } from "../messages";
import { type Table, toCellNumber } from "../output";
import * as P from "../params";
import { optional, required } from "../spec";
import { readEstimate } from "./live";

const AD_SOURCES = "sources cited in test/core/ads";
const DYNAMIC_BUDGET_SOURCE = "https://ads.tiktok.com/help/article/about-dynamic-daily-budget";

/** Margins people type: a fraction from −1 to 1 (30 % is 0.3); outside is a typing mistake. */
function checkMargin(value: DecimalInput, argument: string): Decimal {
  const d = readNumber(value, argument, { allowNegative: true, noun: "a margin such as 0.3" });
  if (d.lessThan(-1) || d.greaterThan(1))
    throw new CoreError("invalidValue", argument, MESSAGES.marginRange(argument, String(value)));
  return d;
}

export const ADCOST = defineFunction({
  id: "ADCOST",
  description:
    "What TikTok ads cost: a billing model and a volume (impressions, clicks, views), or a premium format and a number of days.",
  returns: "Cost in USD.",
  parameters: [required(P.model), required(P.volume), optional(P.rate), optional(P.industry)],
  result: "number",
  examples: [{ args: ["CPM", 5000, 10], expected: 50, source: AD_SOURCES }],
  run: (a) => adCost(a.model, a.volume, a.rate, a.industry).cost,
});

export const ADVOLUME = defineFunction({
  id: "ADVOLUME",
  description: "The volume a budget buys under a billing model: impressions, clicks or views.",
  returns: "Whole impressions, clicks or views.",
  parameters: [required(P.model), required(P.budget), optional(P.rate), optional(P.industry)],
  result: "number",
  examples: [{ args: ["CPM", 50, 10], expected: 5000, source: AD_SOURCES }],
  run: (a) => adVolume(a.model, a.budget, a.rate, a.industry).volume,
});

export const ADBENCHMARK = defineFunction({
  id: "ADBENCHMARK",
  description: "A dated benchmark for CPM, CPC or CTR, by industry where sources give it.",
  returns: "The benchmark value.",
  parameters: [required(P.metric), optional(P.industry), optional(P.estimate)],
  result: "number",
  examples: [{ args: ["CPM"], expected: 8, source: AD_SOURCES }],
  run: (a) => adBenchmark(a.metric, a.industry)[readEstimate(a.estimate)],
});

export const ADMINBUDGET = defineFunction({
  id: "ADMINBUDGET",
  description:
    "TikTok's minimum budget for a campaign or an ad group: the daily minimum, or with days the lifetime minimum for that schedule.",
  returns: "Minimum budget in USD.",
  parameters: [required(P.level), optional(P.days)],
  result: "number",
  examples: [{ args: ["adgroup", 31], expected: 620, source: AD_SOURCES }],
  run: (a) => minBudget(a.level, a.days).amount,
});

export const ADBUDGETCHECK = defineFunction({
  id: "ADBUDGETCHECK",
  description: "Checks a budget against TikTok's minimums and says what is below minimum.",
  returns: '"OK: …" or "Below minimum: …".',
  parameters: [required(P.level), required(P.budget), optional(P.days)],
  result: "string",
  examples: [
    {
      args: ["campaign", 60],
      expected: "OK: Campaign daily budget $60.00 meets the minimum (more than $50.00).",
      source: AD_SOURCES,
    },
  ],
  run: (a) => say(checkBudget(a.level, a.budget, a.days).said),
});

export const ADDYNAMICBUDGET = defineFunction({
  id: "ADDYNAMICBUDGET",
  description:
    "The most a Dynamic Daily Budget can spend: on one day 125 % of the daily budget, in a calendar week 7 × the daily budget (TikTok Ads Help).",
  returns: "The ceiling in USD.",
  parameters: [required(P.dailyBudget), optional(P.period)],
  result: "number",
  examples: [
    { args: [50], expected: 62.5, source: DYNAMIC_BUDGET_SOURCE },
    { args: [50, "week"], expected: 350, source: DYNAMIC_BUDGET_SOURCE },
  ],
  run: (a) => {
    const limits = dynamicDailyBudget(a.daily_budget);
    return readBudgetPeriod(a.period) === "week" ? limits.weekMax : limits.dayMax;
  },
});

export const LEARNINGBUDGET = defineFunction({
  id: "LEARNINGBUDGET",
  description:
    "TikTok's recommended daily budget while an ad group learns: a multiple of the CPA, or a fixed amount without one.",
  returns: "Daily budget in USD.",
  parameters: [optional(P.conversion), optional(P.cpa)],
  result: "number",
  examples: [{ args: ["shallow", 12], expected: 600, source: AD_SOURCES }],
  run: (a) => learningBudget(a.conversion, a.cpa),
});

export const ADFUNNEL = defineFunction({
  id: "ADFUNNEL",
  description:
    "The funnel a budget buys: impressions, clicks, conversions, revenue, ROAS, cost per conversion and profit, as a table.",
  returns: "Table with a header row.",
  parameters: [
    required(P.budget),
    required(P.cpm),
    required(P.ctr),
    required(P.cvr),
    required(P.aov),
    optional(P.margin, "Margin on revenue before ad cost, e.g. 0.4 (for profit)."),
  ],
  result: "table",
  table: { columns: 2, maxRows: 10 },
  examples: [{ args: [1000, 8, 0.009, 0.02, 45, 0.4], expected: { rows: 9, columns: 2, header: ["Step", "Value"] } }],
  run: (a): Table => {
    const f = funnel({
      budget: a.budget,
      cpm: a.cpm,
      ctr: a.ctr,
      cvr: a.cvr,
      aov: a.aov,
      margin: a.margin === null ? null : checkMargin(a.margin, "margin"),
    });
    const n = (d: Decimal | null) => (d === null ? "" : toCellNumber(d));
    const label = (line: string) => say(message("ads.funnelLabel", { line }));
    return [
      [label("step"), label("value")],
      [label("budget"), n(f.budget)],
      [label("impressions"), n(f.impressions)],
      [label("clicks"), n(f.clicks)],
      [label("conversions"), n(f.conversions)],
      [label("revenue"), n(f.revenue)],
      [label("roas"), n(f.roas)],
      [label("cpa"), n(f.cpa)],
      [label("profit"), n(f.profit)],
    ];
  },
});

export const ROAS = defineFunction({
  id: "ROAS",
  description: "Return on ad spend: revenue divided by spend.",
  returns: "ROAS (4 decimal places).",
  parameters: [required(P.revenue), required(P.spend)],
  result: "number",
  examples: [{ args: [400, 100], expected: 4 }],
  run: (a) => roas(a.revenue, a.spend),
});

export const BREAKEVENROAS = defineFunction({
  id: "BREAKEVENROAS",
  description: "The ROAS at which ads pay for themselves: 1 / margin.",
  returns: "Break-even ROAS.",
  parameters: [required(P.margin)],
  result: "number",
  examples: [{ args: [0.25], expected: 4 }],
  run: (a) => breakEvenRoas(checkMargin(a.margin, "margin")),
});

export const MAXCPA = defineFunction({
  id: "MAXCPA",
  description: "The highest cost per acquisition that keeps a target margin: AOV × (margin − target margin).",
  returns: "Maximum CPA in USD.",
  parameters: [
    required(P.aov),
    required(P.margin),
    required(P.targetMargin, "Margin to keep after ad cost, e.g. 0.15."),
  ],
  result: "number",
  examples: [{ args: [50, 0.4, 0.15], expected: 12.5 }],
  run: (a) => maxCpa(a.aov, checkMargin(a.margin, "margin"), checkMargin(a.target_margin, "target_margin")),
});

export const REACH = defineFunction({
  id: "REACH",
  description: "People reached: impressions divided by the average frequency.",
  returns: "People reached.",
  parameters: [required(P.impressions), required(P.frequency)],
  result: "number",
  examples: [{ args: [1000000, 2.5], expected: 400000 }],
  run: (a) => reachEstimate(a.impressions, a.frequency),
});

export const SPONSORSHIP = defineFunction({
  id: "SPONSORSHIP",
  description: "An estimated price for a creator sponsorship from followers, engagement rate and content type.",
  returns: "Price in USD.",
  parameters: [required(P.followers), optional(P.engagementRate), optional(P.contentType), optional(P.estimate)],
  result: "number",
  examples: [{ args: [100000, 0.05], expected: 2000, source: AD_SOURCES }],
  run: (a) =>
    sponsorshipPrice({ followers: a.followers, engagementRate: a.engagement_rate, contentType: a.content_type })[
      readEstimate(a.estimate)
    ],
});

export const SPONSORSHIPCPM = defineFunction({
  id: "SPONSORSHIPCPM",
  description: "The effective CPM of a sponsorship (price per 1,000 views), to compare with paid in-feed ads.",
  returns: "CPM in USD.",
  parameters: [required(P.price, "Price of the sponsorship in USD."), required(P.views)],
  result: "number",
  examples: [{ args: [2000, 250000], expected: 8 }],
  run: (a) => sponsorshipCpm(a.price, a.views),
});

export const ADFORMATS = defineFunction({
  id: "ADFORMATS",
  description: "TikTok's ad formats: duration, delivery, pricing and the public price range with its source.",
  returns: "Table of formats with a header row.",
  parameters: [],
  result: "table",
  table: { columns: 7, maxRows: 10 },
  examples: [
    {
      args: [],
      expected: {
        rows: 6,
        columns: 7,
        header: ["Format", "Duration", "Delivery", "Pricing", "Low (USD)", "High (USD)", "Source"],
      },
    },
  ],
  run: (): Table => {
    const rows: Table = [columns("format", "duration", "delivery", "pricing", "low", "high", "source")];
    const words = activeSheetWords();
    for (const f of AD_FORMATS) {
      const entry =
        RATE_BOOK.entryOf({ book: "ads", market: "*", kind: "premiumCpm", category: f.id }) ??
        RATE_BOOK.entryOf({ book: "ads", market: "*", kind: "premiumFlat", category: f.id }) ??
        (f.id === "InFeed" ? RATE_BOOK.entryOf({ book: "ads", market: "*", kind: "cpm" }) : null);
      const low = entry ? toCellNumber(dec(entry.low ?? entry.value)) : "";
      const high = entry ? toCellNumber(dec(entry.high ?? entry.value)) : "";
      // In another language the sheets catalog's words for the format (the brand-launch sheet's,
      // given by the host that loaded them); in English the book's own.
      const said = words?.brandLaunch.formats[f.id as keyof SheetsCatalog["brandLaunch"]["formats"]];
      rows.push([
        said?.name ?? f.name,
        said?.duration ?? f.duration,
        said?.delivery ?? f.delivery,
        said?.pricing ?? f.pricing,
        low,
        high,
        entry?.source ?? f.source,
      ]);
    }
    return rows;
  },
});
