/**
 * The margin's division on doubles, answered only when it is provably the double Decimal's
 * 34-digit quotient gives.
 */

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
