/**
 * A caller's number read as a scaled integer: the very decimal new Decimal(x) reads, as
 * digits·10^-scale (19.99 → 1999 at scale 2). The caller owns one and reuses it: a sheet reads
 * hundreds of thousands of amounts, and an object per read would cost more than the arithmetic.
 */
import type { DecimalInput } from "../../decimal";
import { POW10, POW10N } from "./scaled";

/** Decimals tried arithmetically (x·10^s); longer amounts are read from their text. */
export const MAX_SCALE = 9;
/** Most decimals an amount read from its text may have (then only the BigInt steps take it). */
const MAX_TEXT_SCALE = 20;
/** Largest scaled amount accepted from a float: below 2^50, a float names one decimal of its scale. */
const FLOAT_LIMIT = 2 ** 50;
/** readOptionalNumber's limit (money.ts): above it the Decimal path refuses the amount. */
const MAX_AMOUNT = 1e15;

export class ScaledAmount {
  /** The digits, while they are a safe integer (not wide). */
  n = 0;
  /** The digits when they only fit a BigInt (wide). */
  big = 0n;
  wide = false;
  scale = 0;

  /**
   * Reads an optional amount as readOptionalNumber does (missing is 0; at most `max`); false when
   * only the Decimal path may read it: text, a Decimal, a negative, too large, too many decimals.
   */
  readOptional(v: DecimalInput | null | undefined, max = MAX_AMOUNT): boolean {
    if (v === null || v === undefined) return this.setDigits(0, 0);
    if (typeof v !== "number" || !(v >= 0) || v > max) return false;
    return this.read(v);
  }

  isZero(): boolean {
    return !this.wide && this.n === 0;
  }

  /** The digits at scale a ≥ this.scale; may pass 2^53 (the caller checks). */
  at(a: number): number {
    return this.n * POW10[a - this.scale];
  }

  bigDigits(): bigint {
    return this.wide ? this.big : BigInt(this.n);
  }

  bigAt(a: number): bigint {
    return this.bigDigits() * POW10N[a - this.scale];
  }

  /** At the smallest scale that names x exactly. */
  private read(x: number): boolean {
    if (x === 0) return this.setDigits(0, 0);
    for (let s = 0; s <= MAX_SCALE; s++) {
      const p = POW10[s];
      const n = Math.round(x * p);
      // n / 10^s is correctly rounded, so equality means the decimal n·10^-s rounds to x; below
      // 2^50 no other decimal of that scale does, so it is the shortest text of x — the very decimal
      // new Decimal(x) reads.
      if (n / p === x) return n >= FLOAT_LIMIT ? this.readText(x) : this.setDigits(n, s);
    }
    // Float noise such as 6.109999999999999 (=5+3*0.37): Decimal reads all its digits, so do we.
    return this.readText(x);
  }

  /** Large or long amounts: the digits of the number's own text, exactly what new Decimal(x) reads. */
  private readText(x: number): boolean {
    const text = String(x);
    if (text.includes("e")) return false;
    const point = text.indexOf(".");
    const digits = point < 0 ? text : text.slice(0, point) + text.slice(point + 1);
    const scale = point < 0 ? 0 : text.length - point - 1;
    if (scale > MAX_TEXT_SCALE) return false;
    const n = Number(digits);
    if (Number.isSafeInteger(n)) return this.setDigits(n, scale);
    // 16–17 digits past 2^53 (9.809999999999999): exact as a BigInt, for the BigInt steps.
    this.big = BigInt(digits);
    this.wide = true;
    this.scale = scale;
    return true;
  }

  private setDigits(n: number, scale: number): true {
    this.n = n;
    this.wide = false;
    this.scale = scale;
    return true;
  }
}
