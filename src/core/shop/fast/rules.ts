/**
 * The fee rules of a plan on a line's bases: each fee and its VAT rounded to minor units, summed —
 * on numbers (null when a step passes 2^53: redo on BigInts) and on BigInts (null past the Decimal
 * path's 34 digits), side by side; scaled.ts says why twice.
 */
import type { Bases, IntLine } from "./line";
import type { Base, FastRule } from "./plan";
import { DECIMAL_EXACT, POW10, POW10N, SAFE, roundShift, roundShiftBig } from "./scaled";

/** The total of the rules (one fee kind and its VAT with `only`, as feeLines' `only`), exact. */
export function rulesMinor(line: IntLine, rules: readonly FastRule[], mu: number, only?: string): number | null {
  const a = line.scale;
  const b = line.num;
  let total = 0;
  for (const rule of rules) {
    if (only !== undefined && rule.kind !== only) continue;
    let fee: number;
    let scale: number;
    if (rule.fixed !== null) {
      fee = rule.fixed === "item" ? rule.value.n * b.quantity : rule.value.n;
      scale = rule.value.s;
    } else {
      fee = baseOf(b, rule.base, 0) * rule.value.n;
      scale = a + rule.value.s;
      if (rule.cap !== null) {
        let cap = rule.capPerItem ? rule.cap.n * b.quantity : rule.cap.n;
        // Compare at the finer of the two scales.
        if (rule.cap.s > scale) {
          fee *= POW10[rule.cap.s - scale];
          scale = rule.cap.s;
        } else {
          cap *= POW10[scale - rule.cap.s];
        }
        if (cap > SAFE) return null;
        if (cap < fee) fee = cap;
      }
    }
    if (fee > SAFE) return null;
    // Each addend ≥ 0: once one passes 2^53 so does the total, which is checked last.
    total += roundShift(fee, scale - mu);
    if (rule.vat !== null) {
      const vat = fee * rule.vat.n;
      if (vat > SAFE) return null;
      total += roundShift(vat, scale + rule.vat.s - mu);
    }
  }
  return total > SAFE ? null : total;
}

/** rulesMinor for any size, on `line.big`. */
export function rulesMinorBig(line: IntLine, rules: readonly FastRule[], mu: number, only?: string): bigint | null {
  const a = line.scale;
  const b = line.big;
  let total = 0n;
  for (const rule of rules) {
    if (only !== undefined && rule.kind !== only) continue;
    let fee: bigint;
    let scale: number;
    if (rule.fixed !== null) {
      fee = rule.fixed === "item" ? rule.value.big * b.quantity : rule.value.big;
      scale = rule.value.s;
    } else {
      fee = baseOf(b, rule.base, 0n) * rule.value.big;
      scale = a + rule.value.s;
      if (rule.cap !== null) {
        let cap = rule.capPerItem ? rule.cap.big * b.quantity : rule.cap.big;
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

function baseOf<T>(b: Bases<T>, base: Base, zero: T): T {
  return base === "itemNet"
    ? b.itemNet
    : base === "orderValue"
      ? b.orderValue
      : base === "customerPayment"
        ? b.customerPayment
        : zero;
}
