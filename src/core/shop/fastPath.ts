/**
 * The fee total of one order line in exact integer minor units, without decimal.js — for the
 * common rules: a single rate on a base, a fixed fee per order or per item, a cap, VAT on top.
 *
 * Same money rule as the Decimal path (fees.ts): every line exact, rounded once to the currency's
 * minor unit half away from zero, the total the sum of the rounded lines. Amounts become scaled
 * integers (19.99 → 1999 at scale 2); rates become integers at their own scale (0.0675 → 675 at
 * scale 4); a product of two is exact at the sum of the scales. Plain numbers carry the work while
 * every value stays below 2^53; past that the same steps run on BigInt, and past 10^34 (beyond the
 * Decimal path's own 34 exact digits) the answer is left to the Decimal path.
 *
 * Anything the fast path cannot prove identical returns null, and the caller takes the Decimal
 * path: tiered rates, text or Decimal arguments, amounts written with an exponent beyond nine
 * decimals (1e-12) or with more than 20 decimals, and any input the Decimal path would refuse (so
 * its error message is the one the user sees).
 */
import type { Decimal } from "../decimal";
import type { OrderLineInput } from "./order";
import type { FeeRule, FeeSchedule } from "./schedule";

/** Decimals tried arithmetically (x·10^s); longer amounts are read from their text. */
const MAX_SCALE = 9;
/** Most decimals an amount read from its text may have (then only the BigInt steps take it). */
const MAX_TEXT_SCALE = 20;
/** Most decimals of a rate, cap or fixed fee from the schedule. */
const MAX_RULE_SCALE = 12;
export const SAFE = Number.MAX_SAFE_INTEGER;
/** Largest scaled amount accepted from a float: below 2^50, a float names one decimal of its scale. */
const FLOAT_LIMIT = 2 ** 50;
/** The Decimal path carries 34 significant digits; beyond them it is not exact, so neither are we. */
export const DECIMAL_EXACT = 10n ** 34n;
/** Same limits as readOrderLine (order.ts): above them the Decimal path refuses the input. */
const MAX_AMOUNT = 1e15;
const MAX_QUANTITY = 1e9;

const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i); // exact up to 1e22
const POW10N: readonly bigint[] = Array.from({ length: 80 }, (_, i) => 10n ** BigInt(i));

/** A decimal from the rate book as an integer and its scale: 0.0675 → { n: 675, s: 4 }. */
interface Scaled {
  readonly n: number;
  readonly big: bigint;
  readonly s: number;
}

type Base = "itemNet" | "orderValue" | "customerPayment" | "zero";

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

function scaledOf(d: Decimal): Scaled | null {
  const s = d.decimalPlaces();
  if (s > MAX_RULE_SCALE) return null;
  const big = BigInt(d.times(`1e${s}`).toFixed(0));
  const n = Number(big);
  if (!Number.isSafeInteger(n)) return null;
  return { n, big, s };
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
    return {
      kind: rule.kind,
      fixed: rule.base === "perItem" ? "item" : "order",
      value,
      base: "zero",
      cap: null,
      capPerItem: false,
      vat,
    };
  }
  const cap = rule.cap === null ? null : scaledOf(rule.cap);
  if (rule.cap !== null && cap === null) return null;
  let base: Base;
  switch (rule.base) {
    case "itemNet":
      base = "itemNet";
      break;
    case "orderValue":
    case "customerPaymentPlusSubsidy":
      base = "orderValue";
      break;
    case "customerPayment":
      base = "customerPayment";
      break;
    default:
      base = "zero"; // baseAmount is null: the fee is charged on nothing
  }
  return { kind: rule.kind, fixed: null, value, base, cap, capPerItem: rule.capPer === "item", vat };
}

let lastSchedule: FeeSchedule | null = null;
let lastPlan: FastPlan | null = null;

export function planOf(schedule: FeeSchedule): FastPlan | null {
  if (schedule === lastSchedule) return lastPlan;
  let plan = plans.get(schedule);
  if (plan === undefined) plan = makePlan(schedule);
  lastSchedule = schedule;
  lastPlan = plan;
  return plan;
}

function makePlan(schedule: FeeSchedule): FastPlan | null {
  const rules = planRules(schedule.orderFees);
  // withheldLines charges no VAT on a withheld tax, whatever its entry says.
  const withheld = planRules(schedule.withheld)?.map((r) => (r.vat === null ? r : { ...r, vat: null })) ?? null;
  const plan = rules === null ? null : { minorUnit: schedule.currency.minorUnit, rules, withheld };
  plans.set(schedule, plan);
  return plan;
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

/**
 * Second return values of the amount readers (scaledAmount, optionalAmount): the scale of the
 * integer returned and, when it is WIDE, the digits as a BigInt. One module-level object, not an
 * object per call: a sheet calls these hundreds of thousands of times and nothing here re-enters.
 */
export const AMOUNT = { scale: 0, big: 0n };

/** A caller's amount as a scaled integer at the smallest scale that names it exactly, or -1. */
function scaledAmount(x: number): number {
  if (x === 0) {
    AMOUNT.scale = 0;
    return 0;
  }
  for (let s = 0; s <= MAX_SCALE; s++) {
    const p = POW10[s];
    const n = Math.round(x * p);
    // n / 10^s is correctly rounded, so equality means the decimal n·10^-s rounds to x; below
    // 2^50 no other decimal of that scale does, so it is the shortest text of x — the very decimal
    // new Decimal(x) reads.
    if (n / p === x) {
      if (n >= FLOAT_LIMIT) return scaledFromText(x);
      AMOUNT.scale = s;
      return n;
    }
  }
  // Float noise such as 6.109999999999999 (=5+3*0.37): Decimal reads all its digits, so do we.
  return scaledFromText(x);
}

/**
 * Large or long amounts: the digits of the number's own text — exactly what new Decimal(x) reads —
 * when they form a safe integer (up to 15–16 digits, all a double holds).
 */
function scaledFromText(x: number): number {
  const text = String(x);
  if (text.includes("e")) return -1;
  const point = text.indexOf(".");
  const digits = point < 0 ? text : text.slice(0, point) + text.slice(point + 1);
  AMOUNT.scale = point < 0 ? 0 : text.length - point - 1;
  if (AMOUNT.scale > MAX_TEXT_SCALE) return -1;
  const n = Number(digits);
  if (Number.isSafeInteger(n)) return n;
  // 16–17 digits past 2^53 (9.809999999999999): exact as a BigInt, for the BigInt steps.
  AMOUNT.big = BigInt(digits);
  return WIDE;
}

/** optionalAmount's answer when the amount is in AMOUNT.big (a BigInt) instead. */
export const WIDE = -2;

type Arg = OrderLineInput["price"] | undefined;

/**
 * An optional amount as readOptionalNumber reads it (missing is 0; at most 1e15): its scaled
 * integer, WIDE, or -1 when only the Decimal path may read it (text, a Decimal, a negative, too large).
 */
export function optionalAmount(v: Arg, max = MAX_AMOUNT): number {
  if (v === null || v === undefined) {
    AMOUNT.scale = 0;
    return 0;
  }
  if (typeof v !== "number" || !(v >= 0) || v > max) return -1;
  return scaledAmount(v);
}

/**
 * The order line being priced, as integers: price, shipping, seller discount, platform discount
 * each at its own scale (n, s; big where n is WIDE), the common scale they are brought to, the
 * quantity, and — after lineBases() — the fee bases at that scale. Module scratch like AMOUNT.
 */
export const INT_LINE = {
  n: [0, 0, 0, 0],
  s: [0, 0, 0, 0],
  big: [0n, 0n, 0n, 0n],
  scale: 0,
  quantity: 1,
  /** True when an amount's digits only fit a BigInt. */
  wide: false,
  itemNet: 0,
  orderValue: 0,
  customerPayment: 0,
  platformDiscount: 0,
};

/** Reads the caller's line into INT_LINE; false when only the Decimal path may read it. */
export function readIntLine(input: OrderLineInput): boolean {
  const quantityIn = input.quantity;
  INT_LINE.quantity = 1;
  if (quantityIn !== null && quantityIn !== undefined) {
    if (typeof quantityIn !== "number" || !Number.isInteger(quantityIn) || quantityIn < 1) return false;
    if (quantityIn > MAX_QUANTITY) return false;
    INT_LINE.quantity = quantityIn;
  }
  if (typeof input.price !== "number") return false;
  INT_LINE.scale = 0;
  INT_LINE.wide = false;
  return (
    readAmount(0, input.price) &&
    readAmount(1, input.shipping) &&
    readAmount(2, input.sellerDiscount) &&
    readAmount(3, input.platformDiscount)
  );
}

function readAmount(i: number, v: Arg): boolean {
  const n = optionalAmount(v);
  if (n === WIDE) {
    INT_LINE.wide = true;
    INT_LINE.big[i] = AMOUNT.big;
  } else if (n < 0) {
    return false;
  }
  INT_LINE.n[i] = n;
  INT_LINE.s[i] = AMOUNT.scale;
  if (AMOUNT.scale > INT_LINE.scale) INT_LINE.scale = AMOUNT.scale;
  return true;
}

/**
 * Total of the order fees in minor units, exact: a number when it fits in 2^53, a bigint when it
 * needed BigInt, or null when the Decimal path must answer. `only` keeps one fee kind and its VAT
 * (as feeLines' `only`).
 */
export function fastShopFeeMinor(schedule: FeeSchedule, input: OrderLineInput, only?: string): number | bigint | null {
  const plan = planOf(schedule);
  if (plan === null || !readIntLine(input)) return null;
  const status = lineBases();
  if (status === REFUSED) return null;
  const narrow = status === OVERFLOW ? OVERFLOW : rulesMinor(plan.rules, plan.minorUnit, only);
  if (narrow !== OVERFLOW) return narrow;
  return minorTotalBig(plan, only);
}

/** A whole number of minor units as the cell shows it: correctly rounded, as Decimal.toNumber() is. */
export function minorToNumber(minor: number, minorUnit: number): number {
  const n = minorUnit === 0 ? minor : minor / POW10[minorUnit];
  return n === 0 ? 0 : n;
}

/**
 * Total of the order fees as the cell shows it (the Decimal total's toNumber()), or null when the
 * Decimal path must answer. This is what SHOPFEE / SHOPCOMMISSION return on the fast path.
 */
export function fastShopFeeTotal(schedule: FeeSchedule, input: OrderLineInput, only?: string): number | null {
  const minor = fastShopFeeMinor(schedule, input, only);
  if (minor === null) return null;
  const mu = schedule.currency.minorUnit;
  if (typeof minor === "number") return minorToNumber(minor, mu);
  const n = Number(`${minor}e-${mu}`);
  return n === 0 ? 0 : n;
}

/** Sentinels of the number path, never a whole number of minor units: redo in BigInt / refuse. */
export const OVERFLOW = -1.5;
export const REFUSED = -2.5;

/** Rounds x·10^-shift half away from zero to an integer; x ≥ 0 and the result are safe integers. */
export function roundShift(x: number, shift: number): number {
  if (shift <= 0) {
    const r = x * POW10[-shift];
    return r > SAFE ? OVERFLOW : r;
  }
  if (shift > 22) return OVERFLOW;
  const d = POW10[shift];
  const rem = x % d; // exact for floats
  const q = (x - rem) / d; // exact: x − rem is a multiple of d
  return rem * 2 >= d ? q + 1 : q;
}

/**
 * The fee bases of the line in INT_LINE, at its common scale, as the Decimal path's bases
 * (order.ts): 0 when they are set, OVERFLOW past 2^53, REFUSED for discounts the Decimal path refuses.
 */
export function lineBases(): number {
  const a = INT_LINE.scale;
  // Longer amounts make products past 2^53 anyway; and every power of ten used stays ≤ 10^22.
  if (a > MAX_SCALE || INT_LINE.wide) return OVERFLOW;
  const { n, s } = INT_LINE;
  const price = n[0] * POW10[a - s[0]];
  const shipping = n[1] * POW10[a - s[1]];
  const sellerDiscount = n[2] * POW10[a - s[2]];
  const platformDiscount = n[3] * POW10[a - s[3]];
  if (price > SAFE || shipping > SAFE || sellerDiscount > SAFE || platformDiscount > SAFE) return OVERFLOW;
  const items = price * INT_LINE.quantity;
  if (items > SAFE) return OVERFLOW;
  // Discounts are checked as checkDiscounts does; a refusal is the Decimal path's to word.
  if (sellerDiscount > items) return REFUSED;
  const itemNet = items - sellerDiscount;
  const orderValue = itemNet + shipping;
  if (orderValue > SAFE) return OVERFLOW;
  // seller + platform discount > items + shipping, without a sum that could leave the safe range.
  if (platformDiscount > orderValue) return REFUSED;
  INT_LINE.itemNet = itemNet;
  INT_LINE.orderValue = orderValue;
  INT_LINE.customerPayment = orderValue - platformDiscount;
  INT_LINE.platformDiscount = platformDiscount;
  return 0;
}

/**
 * The rules on the bases set by lineBases(), each line rounded to minor units, summed; OVERFLOW
 * when a step leaves the safe range.
 */
export function rulesMinor(rules: readonly FastRule[], mu: number, only?: string): number {
  const a = INT_LINE.scale;
  const quantity = INT_LINE.quantity;
  let total = 0;
  for (const rule of rules) {
    if (only !== undefined && rule.kind !== only) continue;
    let fee: number;
    let scale: number;
    if (rule.fixed !== null) {
      fee = rule.fixed === "item" ? rule.value.n * quantity : rule.value.n;
      scale = rule.value.s;
    } else {
      const base =
        rule.base === "itemNet"
          ? INT_LINE.itemNet
          : rule.base === "orderValue"
            ? INT_LINE.orderValue
            : rule.base === "customerPayment"
              ? INT_LINE.customerPayment
              : 0;
      fee = base * rule.value.n;
      scale = a + rule.value.s;
      if (rule.cap !== null) {
        let cap = rule.capPerItem ? rule.cap.n * quantity : rule.cap.n;
        // Compare at the finer of the two scales.
        if (rule.cap.s > scale) {
          fee *= POW10[rule.cap.s - scale];
          scale = rule.cap.s;
        } else {
          cap *= POW10[scale - rule.cap.s];
        }
        if (cap > SAFE) return OVERFLOW;
        if (cap < fee) fee = cap;
      }
    }
    if (fee > SAFE) return OVERFLOW;
    const rounded = roundShift(fee, scale - mu);
    if (rounded === OVERFLOW) return OVERFLOW;
    total += rounded;
    if (rule.vat !== null) {
      const vat = fee * rule.vat.n;
      if (vat > SAFE) return OVERFLOW;
      const vatRounded = roundShift(vat, scale + rule.vat.s - mu);
      if (vatRounded === OVERFLOW) return OVERFLOW;
      total += vatRounded;
    }
  }
  return total > SAFE ? OVERFLOW : total;
}

/** roundShift for any size: x·10^-shift rounded half away from zero (x ≥ 0); null past the table. */
export function roundShiftBig(x: bigint, shift: number): bigint | null {
  if (shift <= 0) return x * POW10N[-shift];
  if (shift >= POW10N.length) return null;
  const d = POW10N[shift];
  const q = x / d; // x ≥ 0: truncation is floor
  return (x - q * d) * 2n >= d ? q + 1n : q;
}

/** The line in INT_LINE as BigInts at its common scale, after lineBasesBig(). */
export const BIG_LINE = { quantity: 1n, itemNet: 0n, orderValue: 0n, customerPayment: 0n, platformDiscount: 0n };

/**
 * lineBases() for any size; false for discounts the Decimal path refuses, and for bases with more
 * than the Decimal path's 34 exact digits (it would round them before any fee).
 */
export function lineBasesBig(): boolean {
  const { n, s, big } = INT_LINE;
  const a = INT_LINE.scale;
  const up = (i: number) => (n[i] === WIDE ? big[i] : BigInt(n[i])) * POW10N[a - s[i]];
  const quantity = BigInt(INT_LINE.quantity);
  const items = up(0) * quantity;
  const shipping = up(1);
  const sellerDiscount = up(2);
  const platformDiscount = up(3);
  if (sellerDiscount > items || sellerDiscount + platformDiscount > items + shipping) return false;
  const itemNet = items - sellerDiscount;
  const orderValue = itemNet + shipping;
  if (items >= DECIMAL_EXACT || orderValue >= DECIMAL_EXACT) return false;
  BIG_LINE.quantity = quantity;
  BIG_LINE.itemNet = itemNet;
  BIG_LINE.orderValue = orderValue;
  BIG_LINE.customerPayment = orderValue - platformDiscount;
  BIG_LINE.platformDiscount = platformDiscount;
  return true;
}

function minorTotalBig(plan: FastPlan, only: string | undefined): bigint | null {
  return lineBasesBig() ? rulesMinorBig(plan.rules, plan.minorUnit, only) : null;
}

/** rulesMinor for any size, on the bases set by lineBasesBig(); null past the Decimal path's 34 digits. */
export function rulesMinorBig(rules: readonly FastRule[], mu: number, only?: string): bigint | null {
  const a = INT_LINE.scale;
  const quantity = BIG_LINE.quantity;
  let total = 0n;
  for (const rule of rules) {
    if (only !== undefined && rule.kind !== only) continue;
    let fee: bigint;
    let scale: number;
    if (rule.fixed !== null) {
      fee = rule.fixed === "item" ? rule.value.big * quantity : rule.value.big;
      scale = rule.value.s;
    } else {
      const base =
        rule.base === "itemNet"
          ? BIG_LINE.itemNet
          : rule.base === "orderValue"
            ? BIG_LINE.orderValue
            : rule.base === "customerPayment"
              ? BIG_LINE.customerPayment
              : 0n;
      fee = base * rule.value.big;
      scale = a + rule.value.s;
      if (rule.cap !== null) {
        let cap = rule.capPerItem ? rule.cap.big * quantity : rule.cap.big;
        if (rule.cap.s > scale) {
          fee *= POW10N[rule.cap.s - scale];
          scale = rule.cap.s;
        } else {
          cap *= POW10N[scale - rule.cap.s];
        }
        if (cap < fee) fee = cap;
      }
    }
    if (fee >= DECIMAL_EXACT) return null;
    const rounded = roundShiftBig(fee, scale - mu);
    if (rounded === null) return null;
    total += rounded;
    if (rule.vat !== null) {
      const vat = fee * rule.vat.big;
      if (vat >= DECIMAL_EXACT) return null;
      const vatRounded = roundShiftBig(vat, scale + rule.vat.s - mu);
      if (vatRounded === null) return null;
      total += vatRounded;
    }
  }
  return total;
}
