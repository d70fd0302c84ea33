/**
 * Reverse solutions: the price that reaches a target margin, the break-even price, and the highest
 * affiliate rate that keeps a target margin.
 *
 * Profit is a piecewise-linear function of the price: every fee is a rate on a base that is linear
 * in the price, bent only where a cap is reached, a tier threshold is crossed or a base reaches
 * zero. The solver lists those bend points, evaluates the exact (unrounded) profit there, finds the
 * first segment where the target is reached and solves the line on it — exact, no iteration. The
 * price is then rounded up to the currency's minor unit and, because the forward calculation
 * rounds each line, moved a minor unit at a time to the least price whose rounded result meets the
 * target: raised until it meets, then lowered while one minor unit less still meets. The affiliate
 * rate is moved the same way, by 0.01 %, to the greatest rate that meets the target.
 */
import { Decimal, type DecimalInput, ONE, ZERO, maxDec, minDec, sum } from "../decimal";
import { invalidValue, outOfRange } from "../errors";
import { message } from "../messages";
import { MAX_AMOUNT, minorStep, readNumber } from "../money";
import type { FeeBase } from "../rates/types";
import { type ShopQuery, scheduleOf } from "./fees";
import { type OrderLine, readOrderLine, readOrderTerms } from "./order";
import { type CostInput, type Costs, readCosts } from "./costs";
import { type ProfitResult, profitFromLines, profitLines } from "./profit";
import type { FeeRule, FeeSchedule } from "./schedule";

/** TikTok lets sellers set affiliate commission between 1 % and 80 % (S114). */
export const MAX_AFFILIATE_RATE = new Decimal("0.8");
const MAX_ROUNDING_STEPS = 50;

export interface PricingQuery extends Omit<ShopQuery, "price">, CostInput {}

export interface PriceSolution {
  readonly price: Decimal;
  /** The forward calculation at that price. */
  readonly result: ProfitResult;
}

/** Reads a target margin: a fraction below 1 (0.3 = 30 %); 100 % or more is impossible (#NUM!). */
export function readTargetMargin(value: DecimalInput | null | undefined, argument = "target_margin"): Decimal {
  const m = readNumber(value ?? null, argument, {
    allowNegative: true,
    noun: "a margin such as 0.25 (25 %)",
    max: new Decimal(1e6),
    percent: true,
  });
  if (m.greaterThanOrEqualTo(ONE)) {
    throw outOfRange(argument, message("shop.marginImpossible", { argument, margin: m.times(100).toString() }));
  }
  if (m.lessThan(-1)) throw invalidValue(argument, message("shop.marginBelowMinusOne", { argument }));
  return m;
}

function lineAt(template: OrderLine, price: Decimal): OrderLine {
  return { ...template, price };
}

/** Exact profit − m × revenue at a price (no rounding). */
function gap(schedule: FeeSchedule, template: OrderLine, costs: Costs, m: Decimal, price: Decimal): Decimal {
  const lines = profitLines(schedule, lineAt(template, price), costs);
  const profit = sum(lines.map((l) => l.amount));
  const revenue = lines[0].amount; // profitLines puts revenue first
  return profit.minus(m.times(revenue));
}

/** The offset of a base at price 0: base = quantity × price + offset. */
function baseOffset(line: OrderLine, base: FeeBase): Decimal | null {
  switch (base) {
    case "itemNet":
      return line.sellerDiscount.negated();
    case "orderValue":
    case "customerPaymentPlusSubsidy":
      return line.shipping.minus(line.sellerDiscount);
    case "customerPayment":
      return line.shipping.minus(line.sellerDiscount).minus(line.platformDiscount);
    default:
      return null;
  }
}

/** Base values at which a tiered rate (without cap) reaches `amount`. */
function baseForAmount(rule: FeeRule, amount: Decimal): Decimal | null {
  let lower = ZERO;
  let accumulated = ZERO;
  let rate = rule.value;
  for (const tier of rule.tiers) {
    const segment = tier.above.minus(lower).times(rate);
    if (accumulated.plus(segment).greaterThanOrEqualTo(amount)) break;
    accumulated = accumulated.plus(segment);
    lower = tier.above;
    rate = tier.value;
  }
  if (rate.isZero()) return null;
  return lower.plus(amount.minus(accumulated).dividedBy(rate));
}

/** Prices at which the profit function may bend. */
function bendPoints(schedule: FeeSchedule, line: OrderLine): Decimal[] {
  const q = line.quantity;
  const points: Decimal[] = [];
  const atBase = (rule: FeeRule, baseValue: Decimal) => {
    const offset = baseOffset(line, rule.base);
    if (offset !== null) points.push(baseValue.minus(offset).dividedBy(q));
  };
  for (const rule of schedule.orderFees) {
    if (rule.basis !== "rate") continue;
    atBase(rule, ZERO);
    for (const t of rule.tiers) atBase(rule, t.above);
    if (rule.cap !== null) {
      const capTotal = rule.capPer === "item" ? rule.cap.times(q) : rule.cap;
      const b = baseForAmount(rule, capTotal);
      if (b !== null) atBase(rule, b);
    }
  }
  // The refund administration fee is capped on the commission: bend where the commission hits it.
  const raf = schedule.refundAdmin;
  const commission = schedule.orderFees.find((r) => r.kind === "commission");
  if (raf && raf.cap !== null && commission && commission.basis === "rate" && !raf.value.isZero()) {
    const b = baseForAmount(commission, raf.cap.dividedBy(raf.value));
    if (b !== null) atBase(commission, b);
  }
  // The affiliate base (goods paid) is clamped at zero.
  points.push(line.sellerDiscount.plus(line.platformDiscount).dividedBy(q));
  return points;
}

/** Lowest price at which the discounts still fit inside the order. */
function lowestPrice(line: OrderLine): Decimal {
  const q = line.quantity;
  const bySeller = line.sellerDiscount.dividedBy(q);
  const byBoth = line.sellerDiscount.plus(line.platformDiscount).minus(line.shipping).dividedBy(q);
  return maxDec(ZERO, maxDec(bySeller, byBoth));
}

function roundUpToStep(value: Decimal, step: Decimal): Decimal {
  return value.dividedBy(step).ceil().times(step);
}

/** The lowest price at which the order line earns the target margin. */
export function priceForMargin(q: PricingQuery, targetMargin: DecimalInput | null): PriceSolution {
  const m = readTargetMargin(targetMargin);
  const template = readOrderTerms({ ...q, price: 0 });
  const schedule = scheduleOf(q);
  const costs = readCosts(q);
  const step = minorStep(schedule.currency);
  const lo = lowestPrice(template);

  const points = [lo, ...bendPoints(schedule, template).filter((p) => p.greaterThan(lo))].sort((a, b) =>
    a.comparedTo(b),
  );
  const unique = points.filter((p, i) => i === 0 || !p.equals(points[i - 1]));
  const g = (p: Decimal) => gap(schedule, template, costs, m, p);

  /** The lowest exact price at which the unrounded gap reaches `offset`, or null if none does. */
  const solve = (offset: Decimal): Decimal | null => {
    const h = (p: Decimal) => g(p).minus(offset);
    let prevP = unique[0];
    let prevG = h(prevP);
    if (!prevG.isNegative()) return prevP;
    for (let i = 1; i < unique.length; i++) {
      const p = unique[i];
      const gp = h(p);
      if (!gp.isNegative()) return prevP.plus(prevG.negated().times(p.minus(prevP)).dividedBy(gp.minus(prevG)));
      prevP = p;
      prevG = gp;
    }
    // Beyond the last bend the profit gap is a straight line.
    const slope = h(prevP.plus(ONE)).minus(prevG);
    return slope.isPositive() ? prevP.minus(prevG.dividedBy(slope)) : null;
  };
  const exact = solve(ZERO);
  if (exact === null) {
    throw outOfRange(
      "target_margin",
      message("shop.noPriceForMargin", {
        margin: m.times(100).toString(),
        share: ONE.minus(m).times(100).toString(),
      }),
    );
  }
  // A price the add-in would refuse as an input is no answer either (a cell keeps 15 digits).
  if (exact.greaterThan(MAX_AMOUNT)) {
    // Near the highest margin the fees allow, the price runs off for any cost: the margin is the cause.
    const params = { margin: m.times(100).toString(), max: MAX_AMOUNT.toString(), currency: schedule.currency.code };
    throw m.isZero()
      ? outOfRange("unit_cost", message("shop.priceAboveMaxCheckCosts", params))
      : outOfRange("target_margin", message("shop.priceAboveMaxLowerMargin", params));
  }
  const noGridPrice = () =>
    outOfRange("target_margin", message("shop.noWholeMinorUnitPrice", { currency: schedule.currency.code }));

  // The forward calculation rounds each line, so the answer is found on the rounded result: the
  // first price at or above the exact solution that meets the target, then down to a price one
  // minor unit above a price that misses. Rounding moves the gap by at most half a minor unit per
  // line (and per revenue in m × revenue): `slack`. Where the exact gap is below −slack no price
  // meets; where it is above +slack every price does — the bounds when the walk is long (a gap that
  // grows by a tiny fraction of a minor unit per step, near the highest margin the fees allow).
  const meetsAt = (p: Decimal): ProfitResult | null => {
    const r = forward(schedule, template, costs, p);
    return r.margin !== null && r.margin.greaterThanOrEqualTo(m) ? r : null;
  };
  const slack = step.times(profitLines(schedule, lineAt(template, exact), costs).length + 1).dividedBy(2);
  let price = roundUpToStep(exact, step);
  let found: ProfitResult | null = null;
  /** A price below `price` known to miss the target. */
  let missed: Decimal | null = null;
  for (let i = 0; i < MAX_ROUNDING_STEPS && found === null; i++) {
    found = meetsAt(price);
    if (found === null) {
      missed = price;
      price = price.plus(step);
    }
  }
  if (found === null) {
    const surely = solve(slack);
    if (surely === null) throw noGridPrice();
    price = roundUpToStep(surely, step);
    for (let i = 0; i < MAX_ROUNDING_STEPS && found === null; i++) {
      found = meetsAt(price);
      if (found === null) price = price.plus(step);
    }
    if (found === null) throw noGridPrice();
  }
  for (let i = 0; i < MAX_ROUNDING_STEPS && missed === null; i++) {
    const lower = price.minus(step);
    if (lower.lessThan(lo)) return { price, result: found };
    const r = meetsAt(lower);
    if (r === null) missed = lower;
    else {
      price = lower;
      found = r;
    }
  }
  if (missed === null) {
    // Still meeting after many steps down: start from a price whose exact gap is below −slack.
    const edge = solve(slack.negated());
    const lowest = roundUpToStep(lo, step);
    const below = edge === null ? lowest : edge.dividedBy(step).floor().minus(1).times(step);
    if (below.lessThan(lowest) || below.greaterThanOrEqualTo(price)) {
      const atLowest = meetsAt(lowest);
      if (atLowest !== null) return { price: lowest, result: atLowest };
      missed = lowest;
    } else {
      missed = below;
    }
  }
  // `missed` misses and `price` meets: halve the distance down to one minor unit.
  while (price.minus(missed).greaterThan(step)) {
    const mid = missed.plus(price.minus(missed).dividedBy(step).dividedBy(2).floor().times(step));
    const r = meetsAt(mid);
    if (r === null) missed = mid;
    else {
      price = mid;
      found = r;
    }
  }
  return { price, result: found };
}

function forward(schedule: FeeSchedule, template: OrderLine, costs: Costs, price: Decimal): ProfitResult {
  const line = lineAt(template, price);
  return profitFromLines(schedule, line, profitLines(schedule, line, costs));
}

/** The lowest price at which the order line does not lose money. */
export function breakEvenPrice(q: PricingQuery): PriceSolution {
  return priceForMargin(q, 0);
}

export interface AffiliateSolution {
  /** Highest affiliate rate (4 decimal places, i.e. 0.01 %) that keeps the target margin. */
  readonly rate: Decimal;
  /** True when the margin would allow more than TikTok's 80 % maximum. */
  readonly limitedByMaximum: boolean;
  readonly result: ProfitResult;
}

const RATE_STEP = new Decimal("0.0001");

/** The highest affiliate commission rate at which the order line still earns the target margin. */
export function maxAffiliateRate(
  q: ShopQuery & Omit<CostInput, "affiliateRate">,
  targetMargin: DecimalInput | null,
): AffiliateSolution {
  const m = readTargetMargin(targetMargin);
  const line = readOrderLine(q);
  const schedule = scheduleOf(q);
  const base = readCosts({ ...q, affiliateRate: 0 });
  const at = (rate: Decimal) => {
    const lines = profitLines(schedule, line, { ...base, affiliateRate: rate });
    return sum(lines.map((l) => l.amount)).minus(m.times(lines[0].amount));
  };
  const g0 = at(ZERO);
  if (g0.isNegative()) {
    const r0 = forward(schedule, line, base, line.price);
    const target = m.times(100).toString();
    throw outOfRange(
      "target_margin",
      r0.margin === null
        ? message("shop.targetAboveNoRevenue", { target })
        : message("shop.targetAboveBestMargin", { margin: r0.margin.times(100).toDecimalPlaces(2).toString(), target }),
    );
  }
  const slope = at(ONE).minus(g0); // profit is linear in the affiliate rate
  let exact = slope.isNegative() ? g0.dividedBy(slope.negated()) : MAX_AFFILIATE_RATE;
  const limitedByMaximum = exact.greaterThan(MAX_AFFILIATE_RATE);
  if (limitedByMaximum) exact = MAX_AFFILIATE_RATE;
  const meetsAt = (r: Decimal) => {
    const result = forward(schedule, line, { ...base, affiliateRate: r }, line.price);
    return result.margin !== null && result.margin.greaterThanOrEqualTo(m) ? result : null;
  };
  // The rounded lines, not the exact ones, decide: from the exact solution on the 0.01 % grid,
  // move to the next rate at which a rounded line changes until the boundary between meeting and
  // missing the target is found. Between such rates the forward result cannot change.
  const change = rateChanges(schedule, line, base, minorStep(schedule.currency));
  let rate = exact.toDecimalPlaces(4, Decimal.ROUND_DOWN);
  let result = meetsAt(rate);
  if (result) {
    for (let i = 0; i < MAX_GRID_STEPS; i++) {
      const next = change(rate, 1);
      if (next.greaterThan(MAX_AFFILIATE_RATE)) {
        // Every grid rate up to the maximum rounds like `rate`.
        return rate.equals(MAX_AFFILIATE_RATE)
          ? { rate, limitedByMaximum, result }
          : { rate: MAX_AFFILIATE_RATE, limitedByMaximum, result: meetsAt(MAX_AFFILIATE_RATE) ?? result };
      }
      const there = meetsAt(next);
      // Rates between `rate` and `next` round like `rate`: the last of them is the answer.
      if (!there) {
        const last = next.minus(RATE_STEP);
        return { rate: last, limitedByMaximum, result: last.equals(rate) ? result : (meetsAt(last) ?? result) };
      }
      rate = next;
      result = there;
    }
    return { rate, limitedByMaximum, result };
  }
  for (let i = 0; i < MAX_GRID_STEPS && rate.greaterThan(ZERO); i++) {
    // Rates between the next change and `rate` round like `rate` and miss the target too.
    rate = change(rate, -1);
    if (rate.isNegative()) break;
    result = meetsAt(rate);
    if (result) return { rate, limitedByMaximum, result };
  }
  throw outOfRange(
    "target_margin",
    message("shop.targetAboveRounded", { currency: schedule.currency.code, target: m.times(100).toString() }),
  );
}

/** More grid rates than there are between 0 and 80 %: the search always ends. */
const MAX_GRID_STEPS = 8001;

/**
 * Every profit line is linear in the affiliate rate r: amount = a + b·r. Returns a function giving,
 * from a grid rate r, the nearest grid rate in the direction `dir` at which some line's rounded
 * amount may change; every grid rate strictly between the two rounds exactly like r. It errs
 * early (one grid step) rather than late, so no change is ever skipped.
 */
function rateChanges(
  schedule: FeeSchedule,
  line: OrderLine,
  costs: Costs,
  unit: Decimal,
): (r: Decimal, dir: 1 | -1) => Decimal {
  const at0 = profitLines(schedule, line, { ...costs, affiliateRate: ZERO });
  const at1 = profitLines(schedule, line, { ...costs, affiliateRate: ONE });
  const linear = at0.map((l, i) => ({ a: l.amount, b: at1[i].amount.minus(l.amount) })).filter((l) => !l.b.isZero());
  const half = unit.dividedBy(2);
  return (r, dir) => {
    let best = dir > 0 ? MAX_AFFILIATE_RATE.plus(RATE_STEP) : RATE_STEP.negated();
    const adjacent = r.plus(RATE_STEP.times(dir));
    for (const { a, b } of linear) {
      const x = a.plus(b.times(r));
      // Rounding boundaries are at (n + ½)·unit; find the next one in the direction x moves.
      const up = (b.isPositive() ? 1 : -1) * dir > 0;
      const k = x.plus(half).dividedBy(unit).floor(); // x in [(k − ½)u, (k + ½)u)
      const onBoundary = x.equals(k.times(unit).minus(half));
      let candidate: Decimal;
      if (onBoundary) {
        candidate = adjacent;
      } else {
        const boundary = up ? k.times(unit).plus(half) : k.times(unit).minus(half);
        const rAt = boundary.minus(a).dividedBy(b);
        // One grid step early: a quotient rounded at 34 digits must not push us past the change.
        candidate =
          dir > 0
            ? maxDec(adjacent, rAt.dividedBy(RATE_STEP).ceil().minus(1).times(RATE_STEP))
            : minDec(adjacent, rAt.dividedBy(RATE_STEP).floor().plus(1).times(RATE_STEP));
      }
      if (dir > 0 ? candidate.lessThan(best) : candidate.greaterThan(best)) best = candidate;
    }
    return linear.length === 0 ? (dir > 0 ? MAX_AFFILIATE_RATE.plus(RATE_STEP) : RATE_STEP.negated()) : best;
  };
}
