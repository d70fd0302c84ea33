/**
 * A fee schedule as the fast paths run it: each rule a single rate, fixed fee or cap with its
 * values as scaled integers — or null when a rule is one they cannot run (tiers, long decimals).
 */
import type { Decimal } from "../../decimal";
import type { FeeRule, FeeSchedule } from "../schedule";

/** Most decimals of a rate, cap or fixed fee from the schedule. */
const MAX_RULE_SCALE = 12;

/** A decimal from the rate book as an integer and its scale: 0.0675 → { n: 675, s: 4 }. */
export interface Scaled {
  readonly n: number;
  readonly big: bigint;
  readonly s: number;
}

export type Base = "itemNet" | "orderValue" | "customerPayment" | "zero";

export interface FastRule {
  readonly kind: string;
  /** A fixed amount (once per order, or per item) or a rate on a base. */
  readonly fixed: "order" | "item" | null;
  readonly value: Scaled;
  readonly base: Base;
  readonly cap: Scaled | null;
  readonly capPerItem: boolean;
  readonly vat: Scaled | null;
}

export interface FastPlan {
  readonly minorUnit: number;
  readonly rules: readonly FastRule[];
  /** The taxes withheld for the seller profile (never with VAT), or null when one is not a single rate. */
  readonly withheld: readonly FastRule[] | null;
}

/** Plans per schedule (schedules are cached); the last one is kept at hand, as a sheet repeats it. */
const plans = new WeakMap<FeeSchedule, FastPlan | null>();
let lastSchedule: FeeSchedule | null = null;
let lastPlan: FastPlan | null = null;

export function planOf(schedule: FeeSchedule): FastPlan | null {
  if (schedule === lastSchedule) return lastPlan;
  let plan = plans.get(schedule);
  if (plan === undefined) {
    plan = makePlan(schedule);
    plans.set(schedule, plan);
  }
  lastSchedule = schedule;
  lastPlan = plan;
  return plan;
}

function makePlan(schedule: FeeSchedule): FastPlan | null {
  const rules = planRules(schedule.orderFees);
  // withheldLines charges no VAT on a withheld tax, whatever its entry says.
  const withheld = planRules(schedule.withheld)?.map((r) => (r.vat === null ? r : { ...r, vat: null })) ?? null;
  return rules === null ? null : { minorUnit: schedule.currency.minorUnit, rules, withheld };
}

function planRules(rules: readonly FeeRule[]): FastRule[] | null {
  const out: FastRule[] = [];
  for (const rule of rules) {
    const fast = planRule(rule);
    if (fast === null) return null;
    out.push(fast);
  }
  return out;
}

function planRule(rule: FeeRule): FastRule | null {
  // Tiers and a rounding other than half away from zero (VN withheld taxes): the Decimal path.
  if (rule.tiers.length > 0 || rule.rounding !== undefined) return null;
  const value = scaledOf(rule.value);
  if (value === null) return null;
  const vat = rule.vatOnTop === null ? null : scaledOf(rule.vatOnTop);
  if (rule.vatOnTop !== null && vat === null) return null;
  if (rule.basis === "amount") {
    // As feeAmount: per item scales with the quantity; any other base is once per order.
    const fixed = rule.base === "perItem" ? "item" : "order";
    return { kind: rule.kind, fixed, value, base: "zero", cap: null, capPerItem: false, vat };
  }
  const cap = rule.cap === null ? null : scaledOf(rule.cap);
  if (rule.cap !== null && cap === null) return null;
  return { kind: rule.kind, fixed: null, value, base: baseOf(rule), cap, capPerItem: rule.capPer === "item", vat };
}

function baseOf(rule: FeeRule): Base {
  switch (rule.base) {
    case "itemNet":
      return "itemNet";
    case "orderValue":
    case "customerPaymentPlusSubsidy":
      return "orderValue";
    case "customerPayment":
      return "customerPayment";
    default:
      return "zero"; // baseAmount is null: the fee is charged on nothing
  }
}

function scaledOf(d: Decimal): Scaled | null {
  const s = d.decimalPlaces();
  if (s > MAX_RULE_SCALE) return null;
  const big = BigInt(d.times(`1e${s}`).toFixed(0));
  const n = Number(big);
  if (!Number.isSafeInteger(n)) return null;
  return { n, big, s };
}
