/**
 * Funnel planning: budget → impressions → clicks → conversions → revenue → ROAS and profit, and the
 * ratios that tie ad cost to shop margins: break-even ROAS = 1 / margin, and the highest CPA that
 * keeps a target margin.
 */
import { Decimal, type DecimalInput, ONE, THOUSAND } from "../decimal";
import { outOfRange } from "../errors";
import { message } from "../messages";
import { currency, readNumber, readRate, roundMoney } from "../money";

const USD = currency("USD");
/** ROAS and other ratios are shown to 4 decimal places (0.01 %). */
const RATIO_PLACES = 4;

export interface FunnelInput {
  readonly budget: DecimalInput | null;
  readonly cpm: DecimalInput | null;
  readonly ctr: DecimalInput | null;
  readonly cvr: DecimalInput | null;
  readonly aov: DecimalInput | null;
  /** Gross margin on revenue before ad cost (e.g. from SHOPMARGIN before ads); optional. */
  readonly margin?: DecimalInput | null;
}

export interface Funnel {
  readonly budget: Decimal;
  readonly impressions: Decimal;
  readonly clicks: Decimal;
  readonly conversions: Decimal;
  readonly revenue: Decimal;
  readonly roas: Decimal | null;
  readonly cpa: Decimal | null;
  /** Revenue × margin − budget, when a margin is given. */
  readonly profit: Decimal | null;
}

export function funnel(input: FunnelInput): Funnel {
  const budget = readNumber(input.budget, "budget", { noun: "a budget in USD" });
  const cpm = readNumber(input.cpm, "cpm", { allowZero: false, noun: "a CPM in USD" });
  const ctr = readRate(input.ctr, "ctr");
  const cvr = readRate(input.cvr, "cvr");
  const aov = readNumber(input.aov, "aov", { noun: "an average order value" });
  const impressions = budget.dividedBy(cpm).times(THOUSAND).floor();
  // Clicks and conversions are expected values: kept fractional so small funnels still show.
  const clicks = impressions.times(ctr);
  const conversions = clicks.times(cvr);
  const revenue = roundMoney(conversions.times(aov), USD);
  const margin =
    input.margin === null || input.margin === undefined
      ? null
      : readNumber(input.margin, "margin", { allowNegative: true, max: ONE });
  return {
    budget,
    impressions,
    clicks: clicks.toDecimalPlaces(2),
    conversions: conversions.toDecimalPlaces(2),
    revenue,
    roas: budget.isZero() ? null : revenue.dividedBy(budget).toDecimalPlaces(RATIO_PLACES),
    cpa: conversions.isZero() ? null : roundMoney(budget.dividedBy(conversions), USD),
    profit: margin === null ? null : roundMoney(revenue.times(margin).minus(budget), USD),
  };
}

export function roas(revenue: DecimalInput | null, spend: DecimalInput | null): Decimal {
  const r = readNumber(revenue, "revenue", { noun: "revenue in USD" });
  const s = readNumber(spend, "spend", { allowZero: false, noun: "ad spend in USD" });
  return r.dividedBy(s).toDecimalPlaces(RATIO_PLACES);
}

/** Break-even ROAS = 1 / margin: the revenue per ad dollar at which ads pay for themselves. */
export function breakEvenRoas(margin: DecimalInput | null): Decimal {
  const m = readNumber(margin, "margin", { allowNegative: true, max: new Decimal(1e6), noun: "a margin such as 0.3" });
  if (!m.isPositive() || m.isZero()) throw outOfRange("margin", message("ads.marginNotPositive", {}));
  if (m.greaterThan(ONE))
    throw outOfRange("margin", message("ads.marginAboveOne", { margin: m.times(100).toString() }));
  return ONE.dividedBy(m).toDecimalPlaces(RATIO_PLACES);
}

/** Highest cost per acquisition that keeps a target margin: AOV × (margin before ads − target). */
export function maxCpa(
  aov: DecimalInput | null,
  margin: DecimalInput | null,
  targetMargin: DecimalInput | null,
): Decimal {
  const a = readNumber(aov, "aov", { noun: "an average order value" });
  const m = readNumber(margin, "margin", { allowNegative: true, max: ONE, noun: "a margin such as 0.4" });
  const t = readNumber(targetMargin, "target_margin", { allowNegative: true, max: ONE, noun: "a margin such as 0.2" });
  if (t.greaterThanOrEqualTo(m)) {
    throw outOfRange(
      "target_margin",
      message("ads.targetNotBelowMargin", { target: t.times(100).toString(), margin: m.times(100).toString() }),
    );
  }
  return roundMoney(a.times(m.minus(t)), USD);
}

/** Reach from impressions and an average frequency (people reached = impressions / frequency). */
export function reachEstimate(impressions: DecimalInput | null, frequency: DecimalInput | null): Decimal {
  const i = readNumber(impressions, "impressions", {
    integer: true,
    noun: "a whole number of impressions",
    max: new Decimal("1e13"),
  });
  const f = readNumber(frequency, "frequency", { noun: "an average frequency such as 2.5", max: new Decimal(1000) });
  if (f.lessThan(ONE)) throw outOfRange("frequency", message("ads.frequencyBelowOne", {}));
  return i.dividedBy(f).floor();
}
