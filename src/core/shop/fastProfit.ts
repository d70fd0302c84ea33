/**
 * What SHOPNET, SHOPPROFIT and SHOPMARGIN show, in exact integer minor units without decimal.js:
 * the lines of profitLines (profit.ts) — revenue, each fee and its VAT, each tax withheld, the
 * affiliate commission, product cost, seller shipping, ad cost — each rounded once to the minor unit
 * half away from zero, then summed, as makeBreakdown does. The margin is the quotient of two of
 * those sums, answered only when the double is provably the one Decimal's 34-digit quotient becomes.
 *
 * Like the fee fast path (fastPath.ts, whose line reader and rules it shares), plain numbers carry
 * the work while every step stays below 2^53 and BigInts past that; anything it cannot prove
 * identical returns null and the caller takes the Decimal path: a schedule with tiers, a return
 * rate (the returns allowance mixes unrounded lines), text or Decimal arguments, results past 2^53
 * minor units or products past the Decimal path's 34 digits, and every input the Decimal path would
 * refuse, so the user sees its message.
 */
import type { CostInput } from "./costs";
import { ScaledAmount } from "./fast/amount";
import { IntLine, type Step } from "./fast/line";
import { type FastPlan, type FastRule, planOf } from "./fast/plan";
import { provenQuotient } from "./fast/quotient";
import { rulesMinor, rulesMinorBig } from "./fast/rules";
import { DECIMAL_EXACT, SAFE, minorToNumber, roundShift, roundShiftBig } from "./fast/scaled";
import type { OrderLineInput } from "./order";
import type { FeeSchedule } from "./schedule";

export type ProfitFigure = "settlement" | "profit" | "margin";

type ProfitInput = OrderLineInput & CostInput;

/**
 * Revenue, settlement (what TikTok pays out) and profit of one order line in minor units, with the
 * working space that computes them. The caller owns one and reuses it, line after line.
 */
export class ProfitMinor {
  revenue = 0;
  settlement = 0;
  profit = 0;
  readonly line = new IntLine();
  /** The affiliate rate or a cost being read. */
  readonly amount = new ScaledAmount();
}

/** Sets `out`'s sums for the order line; false when the Decimal path must answer. */
export function fastProfitMinor(schedule: FeeSchedule, q: ProfitInput, out = new ProfitMinor()): boolean {
  const plan = planOf(schedule);
  if (plan === null || plan.withheld === null) return false;
  // The returns allowance is r × an unrounded sum of several lines: the Decimal path prices it.
  const returnRate = q.returnRate;
  if (returnRate !== null && returnRate !== undefined && returnRate !== 0) return false;
  if (!out.line.read(q)) return false;
  const bases = out.line.numberBases();
  if (bases === "refused") return false;
  const step = bases === "done" ? profitNumber(out, plan, plan.withheld, q) : "tooBig";
  return step === "done" || (step === "tooBig" && profitBig(out, plan, plan.withheld, q));
}

/** The sums on numbers, each step checked: a sum past 2^53 is no longer exact, and a later step could hide it. */
function profitNumber(out: ProfitMinor, plan: FastPlan, withheldRules: readonly FastRule[], q: ProfitInput): Step {
  const { line, amount } = out;
  const b = line.num;
  const mu = plan.minorUnit;
  const a = line.scale;

  const revenue = roundShift(b.orderValue, a - mu);
  const fees = rulesMinor(line, plan.rules, mu);
  const withheld = rulesMinor(line, withheldRules, mu);
  if (revenue > SAFE || fees === null || withheld === null) return "tooBig";

  // Affiliate commission: a rate (0–1, as readRate allows) on what the buyer paid for the goods.
  if (!amount.readOptional(q.affiliateRate, 1)) return "refused";
  if (amount.wide) return "tooBig";
  let affiliate = 0;
  if (amount.n !== 0) {
    const goods = b.itemNet - b.platformDiscount;
    const commission = goods > 0 ? goods * amount.n : 0;
    if (commission > SAFE) return "tooBig";
    affiliate = roundShift(commission, a + amount.scale - mu);
    if (affiliate > SAFE) return "tooBig";
  }
  let settlement = revenue - fees;
  settlement -= affiliate;
  if (!(Math.abs(settlement) <= SAFE)) return "tooBig";
  settlement -= withheld;
  if (!(Math.abs(settlement) <= SAFE)) return "tooBig";

  let profit = settlement;
  for (let i = 0; i < 3; i++) {
    // Product cost (unit cost × quantity), seller shipping, ad cost: each a line of its own.
    if (!amount.readOptional(i === 0 ? q.unitCost : i === 1 ? q.sellerShipping : q.adCostPerOrder)) return "refused";
    if (amount.wide) return "tooBig";
    if (amount.n === 0) continue;
    const cost = i === 0 ? amount.n * b.quantity : amount.n;
    if (cost > SAFE) return "tooBig";
    const rounded = roundShift(cost, amount.scale - mu);
    if (rounded > SAFE) return "tooBig";
    profit -= rounded;
    if (!(Math.abs(profit) <= SAFE)) return "tooBig";
  }
  out.revenue = revenue;
  out.settlement = settlement;
  out.profit = profit;
  return "done";
}

/** profitNumber on BigInts, for amounts with long digits (5.5600000000000005) or large products. */
function profitBig(out: ProfitMinor, plan: FastPlan, withheldRules: readonly FastRule[], q: ProfitInput): boolean {
  const { line, amount } = out;
  if (!line.bigBases()) return false;
  const b = line.big;
  const mu = plan.minorUnit;
  const a = line.scale;
  const revenue = roundShiftBig(b.orderValue, a - mu);
  const fees = rulesMinorBig(line, plan.rules, mu);
  const withheld = rulesMinorBig(line, withheldRules, mu);
  if (revenue === null || fees === null || withheld === null) return false;

  if (!amount.readOptional(q.affiliateRate, 1)) return false;
  let affiliate = 0n;
  const goods = b.itemNet - b.platformDiscount;
  if (!amount.isZero() && goods > 0n) {
    const commission = goods * amount.bigDigits();
    if (commission >= DECIMAL_EXACT) return false;
    const rounded = roundShiftBig(commission, a + amount.scale - mu);
    if (rounded === null) return false;
    affiliate = rounded;
  }
  const settlement = revenue - fees - affiliate - withheld;

  let profit = settlement;
  for (let i = 0; i < 3; i++) {
    if (!amount.readOptional(i === 0 ? q.unitCost : i === 1 ? q.sellerShipping : q.adCostPerOrder)) return false;
    if (amount.isZero()) continue;
    const cost = i === 0 ? amount.bigDigits() * b.quantity : amount.bigDigits();
    if (cost >= DECIMAL_EXACT) return false;
    const rounded = roundShiftBig(cost, amount.scale - mu);
    if (rounded === null) return false;
    profit -= rounded;
  }
  const safe = BigInt(SAFE);
  if (revenue > safe || settlement > safe || -settlement > safe || profit > safe || -profit > safe) return false;
  out.revenue = Number(revenue);
  out.settlement = Number(settlement);
  out.profit = Number(profit);
  return true;
}

/**
 * One result of shopProfit as the cell shows it (settlement, profit, or margin's toNumber()), or
 * null when the Decimal path must answer.
 */
export function fastProfitFigure(
  schedule: FeeSchedule,
  q: ProfitInput,
  figure: ProfitFigure,
  out = new ProfitMinor(),
): number | null {
  if (!fastProfitMinor(schedule, q, out)) return null;
  const mu = schedule.currency.minorUnit;
  if (figure === "settlement") return minorToNumber(out.settlement, mu);
  if (figure === "profit") return minorToNumber(out.profit, mu);
  // No revenue, no margin: requireMargin's #NUM! comes from the Decimal path.
  return out.revenue === 0 ? null : provenQuotient(out.profit, out.revenue);
}
