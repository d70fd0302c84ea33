/**
 * The lists behind a template's dropdowns, written on the sheet itself from the rate book: every
 * market code, and per market "All" plus the categories its commission table prices, one column
 * each under the market's code. Excel's list validation reads them as ranges (an inline list is
 * capped at 255 characters and splits names that hold commas, such as Indonesia's "Books,
 * Magazines & Music"); a category cell's list is the column of whatever market its market cell
 * names now, so switching UK → FR switches the choices too.
 */
import { RATE_BOOK } from "../core/rates";
import { SHOP_MARKETS } from "../core/rates/markets";
import { ORDER_FEE_KINDS } from "../core/shop";
import { fitWidth, type SheetBuilder } from "./builder";
import { columnLetter } from "./plan";
import { SHEETS_EN, type SheetsCatalog } from "./sheets";

export interface ChoiceLists {
  /** Absolute range of the market codes, e.g. "$A$47:$A$62". */
  readonly markets: string;
  /**
   * Excel formula (without "=") giving the category choices of the market named in `marketCell`
   * (absolute, e.g. "$B$5"): its column of the lists, as long as that list is.
   */
  categoriesOf(marketCell: string): string;
  /** The first row after the lists. */
  readonly nextRow: number;
}

/** Category choices for a market: "All" (the market default) and the named categories. */
export function categoryChoices(marketCode: string): string[] {
  return ["All", ...RATE_BOOK.categories("shop", marketCode, ORDER_FEE_KINDS)];
}

/** Writes the lists from `row` down: market codes in `firstColumn`, then one column of categories per market. */
export function writeChoiceLists(
  b: SheetBuilder,
  row: number,
  firstColumn = 0,
  text: SheetsCatalog = SHEETS_EN,
): ChoiceLists {
  b.set(`${columnLetter(firstColumn)}${row}`, text.common.listsTitle, "section");
  const header = row + 1;
  const first = row + 2;
  const marketsColumn = columnLetter(firstColumn);
  b.set(`${marketsColumn}${header}`, text.common.listsMarkets, "header");
  b.widthAtLeast(marketsColumn, fitWidth(text.common.listsMarkets, true));
  SHOP_MARKETS.forEach((m, i) => b.set(`${marketsColumn}${first + i}`, m.code, "footer"));
  let longest = SHOP_MARKETS.length;
  SHOP_MARKETS.forEach((m, i) => {
    const col = columnLetter(firstColumn + 1 + i);
    const choices = categoryChoices(m.code);
    b.set(`${col}${header}`, m.code, "header");
    choices.forEach((c, j) => b.set(`${col}${first + j}`, c, "footer"));
    longest = Math.max(longest, choices.length);
    // Each list shows its names whole: the cells beside them are filled, so nothing runs on.
    b.widthAtLeast(col, Math.max(...choices.map((c) => fitWidth(c))));
  });
  const firstList = columnLetter(firstColumn + 1);
  const lastList = columnLetter(firstColumn + SHOP_MARKETS.length);
  const codes = `$${firstList}$${header}:$${lastList}$${header}`;
  const top = `$${firstList}$${first}`;
  return {
    markets: `$${marketsColumn}$${first}:$${marketsColumn}$${first + SHOP_MARKETS.length - 1}`,
    categoriesOf: (marketCell) => {
      // MATCH ignores case; an unknown market or an alias gives no list (typing stays allowed).
      const column = `MATCH(TRIM(${marketCell}),${codes},0)-1`;
      return `OFFSET(${top},0,${column},COUNTA(OFFSET(${top},0,${column},${longest},1)),1)`;
    },
    nextRow: first + longest,
  };
}
