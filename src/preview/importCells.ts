/**
 * How text read from a CSV becomes cell values in the preview: a number only when the text is an
 * ordinary number the engine can hold exactly (so "19.99" adds up), text otherwise — order IDs of 18+
 * digits, "007", "19,99", dates and anything starting with "=" stay exactly as they were written.
 */
import type { ImportedValue } from "../engine/workbook";

const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
/** A double holds 15 significant decimal digits exactly. */
const MAX_DIGITS = 15;

export function csvCell(text: string): ImportedValue {
  if (text === "") return null;
  if (PLAIN_NUMBER.test(text) && text.replace(/^-|\./g, "").replace(/^0+/, "").length <= MAX_DIGITS) {
    return Number(text);
  }
  return text;
}

const DELIMITERS = [",", ";", "\t", "|"] as const;

/**
 * The delimiter of a CSV: the candidate found most often outside quotes on the first line that has
 * any (European exports use ";" because "," is their decimal comma).
 */
export function guessDelimiter(text: string): string {
  for (const line of text.split(/\r?\n/, 20)) {
    const unquoted = line.replace(/"[^"]*"/g, "");
    let best: string | null = null;
    let most = 0;
    for (const d of DELIMITERS) {
      const n = unquoted.split(d).length - 1;
      if (n > most) {
        most = n;
        best = d;
      }
    }
    if (best) return best;
  }
  return ",";
}

/** A sheet name from a file name: no extension. */
export function sheetNameFor(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, "") || "Imported";
}

/** Column widths in points that show most of each column's text (Excel's default is 48 pt). */
export function fittedWidths(rows: readonly (readonly ImportedValue[])[], letter: (c: number) => string) {
  const widths: Record<string, number> = {};
  const longest: number[] = [];
  for (const row of rows.slice(0, 200)) {
    row.forEach((v, c) => {
      longest[c] = Math.max(longest[c] ?? 0, v === null ? 0 : String(v).length);
    });
  }
  longest.forEach((chars, c) => {
    widths[letter(c)] = Math.min(240, Math.max(48, Math.round(chars * 6 + 10)));
  });
  return widths;
}
