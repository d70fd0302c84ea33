/**
 * The fee total of one order line in exact integer minor units, without decimal.js — for the
 * common rules: a single rate on a base, a fixed fee per order or per item, a cap, VAT on top.
 *
 * Same money rule as the Decimal path (fees.ts): every line exact, rounded once to the currency's
 * minor unit half away from zero, the total the sum of the rounded lines. Amounts become scaled
 * integers (19.99 → 1999 at scale 2; fast/amount.ts); rates become integers at their own scale
 * (0.0675 → 675 at scale 4; fast/plan.ts); a product of two is exact at the sum of the scales.
 * Plain numbers carry the work while every value stays below 2^53; past that the same steps run on
 * BigInt, and past 10^34 (beyond the Decimal path's own 34 exact digits) the answer is left to the
 * Decimal path (fast/line.ts, fast/rules.ts).
 *
 * Anything the fast path cannot prove identical returns null, and the caller takes the Decimal
 * path: tiered rates, text or Decimal arguments, amounts written with an exponent beyond nine
 * decimals (1e-12) or with more than 20 decimals, and any input the Decimal path would refuse (so
 * its error message is the one the user sees).
 */
import { IntLine } from "./fast/line";
import { planOf } from "./fast/plan";
import { rulesMinor, rulesMinorBig } from "./fast/rules";
import { bigMinorToNumber, minorToNumber } from "./fast/scaled";
import type { OrderLineInput } from "./order";
import type { FeeSchedule } from "./schedule";

/**
 * Total of the order fees in minor units, exact: a number when it fits in 2^53, a bigint when it
 * needed BigInt, or null when the Decimal path must answer. `only` keeps one fee kind and its VAT
 * (as feeLines' `only`). `line` is working space, reused by a caller that prices many lines.
 */
export function fastShopFeeMinor(
  schedule: FeeSchedule,
  input: OrderLineInput,
  only?: string,
  line = new IntLine(),
): number | bigint | null {
  const plan = planOf(schedule);
  if (plan === null || !line.read(input)) return null;
  const step = line.numberBases();
  if (step === "refused") return null;
  if (step === "done") {
    const total = rulesMinor(line, plan.rules, plan.minorUnit, only);
    if (total !== null) return total;
  }
  return line.bigBases() ? rulesMinorBig(line, plan.rules, plan.minorUnit, only) : null;
}

/**
 * Total of the order fees as the cell shows it (the Decimal total's toNumber()), or null when the
 * Decimal path must answer. This is what SHOPFEE / SHOPCOMMISSION return on the fast path.
 */
export function fastShopFeeTotal(
  schedule: FeeSchedule,
  input: OrderLineInput,
  only?: string,
  line = new IntLine(),
): number | null {
  const minor = fastShopFeeMinor(schedule, input, only, line);
  if (minor === null) return null;
  const mu = schedule.currency.minorUnit;
  return typeof minor === "number" ? minorToNumber(minor, mu) : bigMinorToNumber(minor, mu);
}
