/** Converting core results to what Excel cells hold: plain numbers, never NaN or Infinity. */
import type { Decimal } from "../core/decimal";
import { message } from "../core/messages";
import { ExcelError } from "./excelErrors";

export function toCellNumber(d: Decimal): number {
  const n = d.toNumber();
  if (!Number.isFinite(n)) throw new ExcelError("#NUM!", message("result.tooLargeForCell", {}));
  // -0 shows as 0 in Excel anyway, but keeps tests and CSV exports clean.
  return n === 0 ? 0 : n;
}

export type Cell = number | string | boolean;
export type Table = Cell[][];
