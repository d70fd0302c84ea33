/** The footer every template ends with: the rate book version and where the rates come from. */
import type { SheetBuilder } from "./builder";
import { SHEETS_EN, type SheetsCatalog } from "./sheets";

export function rateBookFooter(
  b: SheetBuilder,
  row: number,
  sourceFormulas: { label: string; formula: string }[],
  text: SheetsCatalog = SHEETS_EN,
): number {
  b.set(`A${row}`, text.common.rateBook, "footer").set(`B${row}`, "=TIKTOK.RATEBOOK()", "footer");
  let r = row + 1;
  for (const s of sourceFormulas) {
    b.set(`A${r}`, s.label, "footer").set(`B${r}`, s.formula, "footer");
    r++;
  }
  b.set(`A${r}`, text.common.ratesNote, "note");
  return r + 1;
}
