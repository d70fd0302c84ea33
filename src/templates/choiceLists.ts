/**
 * The lists behind a template's dropdowns, written on the sheet itself from the rate book: every
 * market code, and per market "All" plus the categories its commission table prices. Excel's list
 * validation reads them as ranges (an inline list is capped at 255 characters and splits names
 * that hold commas, such as Indonesia's "Books, Magazines & Music").
 */
import { MARKETS, RATE_BOOK } from "../core/rates";
import { ORDER_FEE_KINDS } from "../core/shop";
import type { SheetBuilder } from "./builder";
import { columnLetter } from "./plan";

export interface ChoiceLists {
  /** Absolute range of the market codes, e.g. "$A$47:$A$62". */
  readonly markets: string;
  /** Absolute range of a market's category choices ("All" first). */
  categories(marketCode: string): string;
  /** The first row after the lists. */
  readonly nextRow: number;
}

/** Category choices for a market: "All" (the market default) and the named categories. */
export function categoryChoices(marketCode: string): string[] {
  return ["All", ...RATE_BOOK.categories("shop", marketCode, ORDER_FEE_KINDS)];
}

/** Writes the lists from `row` down, markets in `firstColumn`, then one column per market in `forMarkets`. */
export function writeChoiceLists(
  b: SheetBuilder,
  row: number,
  forMarkets: readonly string[],
  firstColumn = 0,
): ChoiceLists {
  b.set(`${columnLetter(firstColumn)}${row}`, "Dropdown lists (from the rate book)", "section");
  const header = row + 1;
  const first = row + 2;
  const columnFor = new Map<string, string>();
  const lists: [string, string, string[]][] = [["Markets", columnLetter(firstColumn), MARKETS.map((m) => m.code)]];
  [...new Set(forMarkets)].forEach((m, i) => {
    const col = columnLetter(firstColumn + 1 + i);
    columnFor.set(m, col);
    lists.push([`Categories (${m})`, col, categoryChoices(m)]);
  });
  let last = first;
  for (const [title, col, values] of lists) {
    b.set(`${col}${header}`, title, "header");
    values.forEach((v, i) => b.set(`${col}${first + i}`, v, "footer"));
    last = Math.max(last, first + values.length - 1);
  }
  const span = (col: string, count: number) => `$${col}$${first}:$${col}$${first + count - 1}`;
  return {
    markets: span(columnLetter(firstColumn), MARKETS.length),
    categories: (m) => {
      const col = columnFor.get(m);
      if (!col) throw new Error(`no category list written for ${m}`);
      return span(col, categoryChoices(m).length);
    },
    nextRow: last + 1,
  };
}
