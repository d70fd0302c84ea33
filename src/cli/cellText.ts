/**
 * Numbers as a cell shows them: the cell's number format when it has one (the preview's renderer,
 * so the CLI and the preview agree), else Excel's General format in a standard-width column — at
 * most 11 characters, 0.336780232937847 → 0.336780233, 123456789012 → 1.23457E+11.
 */
import { formatNumber } from "../preview/numberFormat";

const GENERAL_WIDTH = 11;

function scientific(n: number, digits: number): string {
  const [mantissa, exponent] = n.toExponential(digits - 1).split("e");
  const m = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
  const e = Number(exponent);
  return `${m}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
}

/** The most digits of `n` in plain decimal that fit the width, or null when none do. */
function decimalText(n: number): string | null {
  for (let digits = 10; digits >= 1; digits--) {
    const text = String(Number(n.toPrecision(digits)));
    if (!text.includes("e") && text.length <= GENERAL_WIDTH) return text;
  }
  return null;
}

function scientificText(n: number): string {
  for (let digits = 6; digits >= 1; digits--) {
    const text = scientific(n, digits);
    if (text.length <= GENERAL_WIDTH) return text;
  }
  return scientific(n, 1);
}

/**
 * Excel's General format for a number, as a standard-width column shows it: whole numbers below
 * 1E+11 in full; otherwise plain decimals or scientific notation, whichever is closer to the value
 * (plain on a tie), so 0.0000000012345 is 1.2345E-09, never 0.000000001.
 */
export function generalText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const plain = decimalText(n);
  const sci = scientificText(n);
  if (plain === null) return sci;
  return Math.abs(Number(plain) - n) <= Math.abs(Number(sci.replace("E", "e")) - n) ? plain : sci;
}

/** A number in a cell's number format ("General" or none: generalText). */
export function numberText(n: number, format?: string): string {
  return !format || format === "General" ? generalText(n) : formatNumber(n, format);
}
