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
import type { OrderLineInput } from "./order";
import type { FeeSchedule } from "./schedule";
import {
  AMOUNT,
  BIG_LINE,
  DECIMAL_EXACT,
  type FastPlan,
  type FastRule,
  INT_LINE,
  OVERFLOW,
  REFUSED,
  SAFE,
  WIDE,
  lineBases,
  lineBasesBig,
  minorToNumber,
  optionalAmount,
  planOf,
  readIntLine,
  roundShift,
  roundShiftBig,
  rulesMinor,
  rulesMinorBig,
} from "./fastPath";

export type ProfitFigure = "settlement" | "profit" | "margin";

/** The sums of the last fastProfitMinor call, in minor units (module scratch, as in fastPath.ts). */
export const PROFIT_MINOR = { revenue: 0, settlement: 0, profit: 0 };

/** How a path ended: the sums are in PROFIT_MINOR, only the Decimal path may answer, or try BigInt. */
const DONE = 1;
const REFUSE = 0;
const TOO_BIG = -1;

/**
 * Revenue, settlement (what TikTok pays out) and profit of the order line in minor units, into
 * PROFIT_MINOR; false when the Decimal path must answer.
 */
export function fastProfitMinor(schedule: FeeSchedule, q: OrderLineInput & CostInput): boolean {
  const plan = planOf(schedule);
  if (plan === null || plan.withheld === null) return false;
  // The returns allowance is r × an unrounded sum of several lines: the Decimal path prices it.
  const returnRate = q.returnRate;
  if (returnRate !== null && returnRate !== undefined && returnRate !== 0) return false;
  if (!readIntLine(q)) return false;
  // Plain numbers while every step stays below 2^53; else the same steps in BigInt.
  const bases = lineBases();
  if (bases === REFUSED) return false;
  const step = bases === OVERFLOW ? TOO_BIG : profitNumber(plan, plan.withheld, q);
  return step === DONE || (step === TOO_BIG && profitBig(plan, plan.withheld, q));
}

function profitNumber(plan: FastPlan, withheldRules: readonly FastRule[], q: OrderLineInput & CostInput): number {
  const mu = plan.minorUnit;
  const a = INT_LINE.scale;

  const revenue = roundShift(INT_LINE.orderValue, a - mu);
  const fees = rulesMinor(plan.rules, mu);
  const withheld = rulesMinor(withheldRules, mu);
  if (revenue === OVERFLOW || fees === OVERFLOW || withheld === OVERFLOW) return TOO_BIG;

  // Affiliate commission: a rate (0–1, as readRate allows) on what the buyer paid for the goods.
  const rate = optionalAmount(q.affiliateRate, 1);
  if (rate === WIDE) return TOO_BIG;
  if (rate < 0) return REFUSE;
  let affiliate = 0;
  if (rate !== 0) {
    const goods = INT_LINE.itemNet - INT_LINE.platformDiscount;
    const commission = goods > 0 ? goods * rate : 0;
    if (commission > SAFE) return TOO_BIG;
    affiliate = roundShift(commission, a + AMOUNT.scale - mu);
    if (affiliate === OVERFLOW) return TOO_BIG;
  }
  // Each step checked: a sum past 2^53 is no longer exact, and a later step could hide it.
  let settlement = revenue - fees;
  settlement -= affiliate;
  if (!(Math.abs(settlement) <= SAFE)) return TOO_BIG;
  settlement -= withheld;
  if (!(Math.abs(settlement) <= SAFE)) return TOO_BIG;

  let profit = settlement;
  for (let i = 0; i < 3; i++) {
    // Product cost (unit cost × quantity), seller shipping, ad cost: each a line of its own.
    const n = optionalAmount(i === 0 ? q.unitCost : i === 1 ? q.sellerShipping : q.adCostPerOrder);
    if (n === 0) continue;
    if (n === WIDE) return TOO_BIG;
    if (n < 0) return REFUSE;
    const cost = i === 0 ? n * INT_LINE.quantity : n;
    if (cost > SAFE) return TOO_BIG;
    const rounded = roundShift(cost, AMOUNT.scale - mu);
    if (rounded === OVERFLOW) return TOO_BIG;
    profit -= rounded;
    if (!(Math.abs(profit) <= SAFE)) return TOO_BIG;
  }
  PROFIT_MINOR.revenue = revenue;
  PROFIT_MINOR.settlement = settlement;
  PROFIT_MINOR.profit = profit;
  return DONE;
}

/** The steps of profitNumber on BigInts, for amounts with long digits (5.5600000000000005) or large products. */
function profitBig(plan: FastPlan, withheldRules: readonly FastRule[], q: OrderLineInput & CostInput): boolean {
  if (!lineBasesBig()) return false;
  const mu = plan.minorUnit;
  const a = INT_LINE.scale;
  const revenue = roundShiftBig(BIG_LINE.orderValue, a - mu);
  const fees = rulesMinorBig(plan.rules, mu);
  const withheld = rulesMinorBig(withheldRules, mu);
  if (revenue === null || fees === null || withheld === null) return false;

  const rate = optionalAmount(q.affiliateRate, 1);
  if (rate === -1) return false;
  let affiliate = 0n;
  const goods = BIG_LINE.itemNet - BIG_LINE.platformDiscount;
  if (rate !== 0 && goods > 0n) {
    const commission = goods * bigAmount(rate);
    if (commission >= DECIMAL_EXACT) return false;
    const rounded = roundShiftBig(commission, a + AMOUNT.scale - mu);
    if (rounded === null) return false;
    affiliate = rounded;
  }
  const settlement = revenue - fees - affiliate - withheld;

  let profit = settlement;
  for (let i = 0; i < 3; i++) {
    const n = optionalAmount(i === 0 ? q.unitCost : i === 1 ? q.sellerShipping : q.adCostPerOrder);
    if (n === 0) continue;
    if (n === -1) return false;
    const cost = i === 0 ? bigAmount(n) * BIG_LINE.quantity : bigAmount(n);
    if (cost >= DECIMAL_EXACT) return false;
    const rounded = roundShiftBig(cost, AMOUNT.scale - mu);
    if (rounded === null) return false;
    profit -= rounded;
  }
  const safe = BigInt(SAFE);
  if (revenue > safe || settlement > safe || -settlement > safe || profit > safe || -profit > safe) return false;
  PROFIT_MINOR.revenue = Number(revenue);
  PROFIT_MINOR.settlement = Number(settlement);
  PROFIT_MINOR.profit = Number(profit);
  return true;
}

/** An optionalAmount answer as a BigInt (its digits are in AMOUNT.big when it is WIDE). */
function bigAmount(n: number): bigint {
  return n === WIDE ? AMOUNT.big : BigInt(n);
}

/**
 * One result of shopProfit as the cell shows it (settlement, profit, or margin's toNumber()), or
 * null when the Decimal path must answer.
 */
export function fastProfitFigure(
  schedule: FeeSchedule,
  q: OrderLineInput & CostInput,
  figure: ProfitFigure,
): number | null {
  if (!fastProfitMinor(schedule, q)) return null;
  const mu = schedule.currency.minorUnit;
  if (figure === "settlement") return minorToNumber(PROFIT_MINOR.settlement, mu);
  if (figure === "profit") return minorToNumber(PROFIT_MINOR.profit, mu);
  // No revenue, no margin: requireMargin's #NUM! comes from the Decimal path.
  return PROFIT_MINOR.revenue === 0 ? null : provenQuotient(PROFIT_MINOR.profit, PROFIT_MINOR.revenue);
}

/** The double's bits, to read its exponent without Math.log2's rounding. */
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
/** Veltkamp's splitter for doubles: 2^27 + 1. */
const SPLIT = 134217729;

/**
 * p ÷ q (safe integers, q > 0) as the Decimal path shows it — Decimal rounds the quotient to 34
 * digits, toNumber() then to the nearest double — or null when that could differ from the
 * correctly rounded double p / q: only when the exact quotient lies within 2^-20 half-ulp of a
 * midpoint between two doubles (34-digit rounding moves it by less than 10^-17 ulp).
 */
export function provenQuotient(p: number, q: number): number | null {
  const d = p / q;
  if (d === 0) return 0;
  // The residual p − d·q, exactly: d·q = prod + err (Dekker's product), p − prod exact (Sterbenz).
  const prod = d * q;
  let c = SPLIT * d;
  const dh = c - (c - d);
  const dl = d - dh;
  c = SPLIT * q;
  const qh = c - (c - q);
  const ql = q - qh;
  const err = dh * qh - prod + dh * ql + dl * qh + dl * ql;
  const residual = p - prod - err;
  F64[0] = d;
  const high = U32[HI];
  const exponent = (high >>> 20) & 0x7ff;
  if (exponent === 0) return null; // subnormal: |p / q| ≥ 2^-53, so never
  // Half the gap to the neighbouring doubles; below a power of two the gap halves.
  const powerOfTwo = (high & 0xfffff) === 0 && U32[1 - HI] === 0;
  const halfGap = 2 ** (exponent - (powerOfTwo ? 1077 : 1076));
  return Math.abs(residual) < halfGap * q * (1 - 2 ** -20) ? d : null;
}
