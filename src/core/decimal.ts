/**
 * The one configured Decimal of the pricing core.
 *
 * Precision 34 significant digits (IEEE 754 decimal128) is far above anything a money amount or a
 * rate needs, so intermediate products and quotients never lose a cent. Rounding of *results* is
 * not done here but in `money.ts` (`roundMoney`), the single place where amounts meet a currency's
 * minor unit.
 */
import DecimalJs from "decimal.js";

export const Decimal = DecimalJs.clone({
  precision: 34,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -20,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;
export type DecimalInput = Decimal | string | number;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);
export const THOUSAND = new Decimal(1000);

/** Builds a Decimal from rate-book text or an already-parsed value. */
export function dec(value: DecimalInput): Decimal {
  return value instanceof Decimal ? value : new Decimal(value);
}

export function sum(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

export function minDec(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

export function maxDec(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}
