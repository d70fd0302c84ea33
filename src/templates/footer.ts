/** The footer every template ends with: the rate book version and where the rates come from. */
import type { SheetBuilder } from "./builder";

export function rateBookFooter(
  b: SheetBuilder,
  row: number,
  sourceFormulas: { label: string; formula: string }[],
): number {
  b.set(`A${row}`, "Rate book", "footer").set(`B${row}`, "=TIKTOK.RATEBOOK()", "footer");
  let r = row + 1;
  for (const s of sourceFormulas) {
    b.set(`A${r}`, s.label, "footer").set(`B${r}`, s.formula, "footer");
    r++;
  }
  b.set(
    `A${r}`,
    "Rates are public figures with their dates and sources (=TIKTOK.RATESOURCE). Check Seller Center for your shop's own rates and pass them as numbers where they differ.",
    "note",
  );
  return r + 1;
}
