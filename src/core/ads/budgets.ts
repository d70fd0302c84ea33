/**
 * TikTok's minimum budgets (official, S180; GMV Max's $10 daily minimum), the Dynamic Daily Budget's
 * limits (up to 125 % of the daily budget on one day, 7 × per calendar week) and the learning-phase
 * budget recommendations (S182).
 */
import { Decimal, type DecimalInput } from "../decimal";
import type { IsoDate } from "../dates";
import { invalidValue, notAvailable } from "../errors";
import { type Message, message } from "../messages";
import { readNumber, readOptionalNumber } from "../money";
import { RATE_BOOK, type RateBook } from "../rates";

/** A campaign, an ad group, or a GMV Max campaign (the only TikTok Shop ads campaign type from July 2025). */
export type BudgetLevel = "campaign" | "adgroup" | "gmvmax";

export function readLevel(text: string | null): BudgetLevel {
  const t = (text ?? "").replace(/[\s_-]/g, "").toLowerCase();
  if (t === "campaign") return "campaign";
  if (t === "adgroup" || t === "group") return "adgroup";
  if (t === "gmvmax" || t === "gmv") return "gmvmax";
  throw notAvailable("level", "budget level", text ?? "", ["campaign", "adgroup", "gmvmax"]);
}

const rule = (category: string, asOf: IsoDate | null, book: RateBook) =>
  book.resolve({ book: "ads", market: "*", kind: "minBudget", category, asOf });

export interface MinimumBudget {
  readonly level: BudgetLevel;
  readonly amount: Decimal;
  /** "daily" or "lifetime". */
  readonly type: "daily" | "lifetime";
  /** Campaign minimums must be exceeded; ad-group lifetime minimums only reached. */
  readonly strict: boolean;
  readonly rule: string;
  readonly source: string;
}

/** The minimum: daily without days; with days, the lifetime minimum for that schedule. */
export function minBudget(
  levelText: string | null,
  days: DecimalInput | null = null,
  asOf: IsoDate | null = null,
  book: RateBook = RATE_BOOK,
): MinimumBudget {
  const level = readLevel(levelText);
  const d =
    days === null || days === undefined
      ? null
      : readNumber(days, "days", { integer: true, allowZero: false, noun: "a number of days", max: new Decimal(3650) });
  if (level === "gmvmax") {
    // The source gives a daily minimum only: a lifetime GMV Max minimum is not published.
    if (d !== null) {
      throw invalidValue("days", message("ads.gmvMaxDailyOnly", {}));
    }
    const r = rule("gmvMaxDaily", asOf, book);
    return { level, amount: r.value, type: "daily", strict: false, rule: r.entry.note ?? "", source: r.entry.source };
  }
  if (level === "campaign") {
    const r = rule(d === null ? "campaignDaily" : "campaignLifetime", asOf, book);
    return {
      level,
      amount: r.value,
      type: d === null ? "daily" : "lifetime",
      strict: true,
      rule: r.entry.note ?? "",
      source: r.entry.source,
    };
  }
  if (d === null) {
    const r = rule("adgroupDaily", asOf, book);
    return { level, amount: r.value, type: "daily", strict: true, rule: r.entry.note ?? "", source: r.entry.source };
  }
  const r = rule("adgroupLifetimePerDay", asOf, book);
  return {
    level,
    amount: r.value.times(d),
    type: "lifetime",
    strict: false,
    rule: r.entry.note ?? "",
    source: r.entry.source,
  };
}

/** "OK" or what is below the minimum and by how much. */
export function checkBudget(
  levelText: string | null,
  budgetInput: DecimalInput | null,
  days: DecimalInput | null = null,
  asOf: IsoDate | null = null,
  book: RateBook = RATE_BOOK,
): { ok: boolean; message: string; said: Message } {
  const budget = readNumber(budgetInput, "budget", { noun: "a budget in USD" });
  const min = minBudget(levelText, days, asOf, book);
  const ok = min.strict ? budget.greaterThan(min.amount) : budget.greaterThanOrEqualTo(min.amount);
  const params = {
    level: min.level,
    type: min.type,
    budget: budget.toFixed(2),
    min: min.amount.toFixed(2),
    strict: min.strict ? 1 : 0,
  };
  if (ok) {
    const said = message("ads.budgetOk", params);
    return { ok, message: said.text, said };
  }
  const said = message("ads.budgetBelow", { ...params, short: min.amount.minus(budget).toFixed(2) });
  return { ok, message: said.text, said };
}

export interface DynamicDailyBudget {
  /** The daily budget as given: the average over the week. */
  readonly daily: Decimal;
  /** The most spent on any one day: 125 % of the daily budget. */
  readonly dayMax: Decimal;
  /** The most spent in a calendar week (Sunday to Saturday): 7 × the daily budget. */
  readonly weekMax: Decimal;
  readonly source: string;
}

/**
 * The limits of a Dynamic Daily Budget (official Ads Help, March 2024): a $50 daily budget may spend
 * up to $62.50 on one day and at most $350 in a week.
 */
export function dynamicDailyBudget(
  dailyInput: DecimalInput | null,
  asOf: IsoDate | null = null,
  book: RateBook = RATE_BOOK,
): DynamicDailyBudget {
  const daily = readNumber(dailyInput, "daily_budget", { allowZero: false, noun: "a daily budget in USD" });
  const day = book.resolve({ book: "ads", market: "*", kind: "dynamicBudgetDayMax", asOf });
  const week = book.resolve({ book: "ads", market: "*", kind: "dynamicBudgetWeekDays", asOf });
  return { daily, dayMax: daily.times(day.value), weekMax: daily.times(week.value), source: day.entry.source };
}

/** The span a Dynamic Daily Budget's ceiling is asked for: one day (the default) or a calendar week. */
export type BudgetPeriod = "day" | "week";

export function readBudgetPeriod(text: string | null): BudgetPeriod {
  const t = (text ?? "").trim().toLowerCase();
  if (t === "" || t === "day" || t === "daily") return "day";
  if (t === "week" || t === "weekly") return "week";
  throw notAvailable("period", "budget period", text ?? "", ["day", "week"]);
}

/**
 * What a Dynamic Daily Budget aims to spend for the rest of a day when it is set or changed during
 * that day: the budget × the hours left ÷ 24 (official example: $100 at 9 am → $62.50). An aim, not
 * a guarantee; the only guarantee is the day's 125 % ceiling.
 */
export function dynamicBudgetRestOfDay(dailyInput: DecimalInput | null, hoursLeftInput: DecimalInput | null): Decimal {
  const daily = readNumber(dailyInput, "daily_budget", { allowZero: false, noun: "a daily budget in USD" });
  const hours = readNumber(hoursLeftInput, "hours_left", { max: new Decimal(24), noun: "the hours left in the day" });
  return daily.times(hours).dividedBy(24);
}

export type ConversionDepth = "shallow" | "install" | "deep";

export function readDepth(text: string | null): ConversionDepth {
  const t = (text ?? "shallow").trim().toLowerCase();
  if (t === "" || t === "shallow" || t === "nonconversion" || t === "non-conversion") return "shallow";
  if (t === "install" || t === "app install" || t === "appinstall") return "install";
  if (t === "deep") return "deep";
  throw notAvailable("conversion", "conversion depth", text ?? "", ["shallow", "install", "deep"]);
}

/** The recommended daily budget while an ad group learns: multiple × CPA, or the fixed fallback without a CPA. */
export function learningBudget(
  depthText: string | null,
  cpa: DecimalInput | null = null,
  asOf: IsoDate | null = null,
  book: RateBook = RATE_BOOK,
): Decimal {
  const depth = readDepth(depthText);
  const multiple = book.resolve({
    book: "ads",
    market: "*",
    kind: "learningBudgetMultiple",
    category: depth,
    asOf,
  }).value;
  if (cpa === null || cpa === undefined) {
    return book.resolve({ book: "ads", market: "*", kind: "learningBudgetFallback", category: depth, asOf }).value;
  }
  return readOptionalNumber(cpa, "cpa", 0, { allowZero: false, noun: "a cost per action in USD" }).times(multiple);
}
