/**
 * Number formats that follow a market cell. Both hosts use these rules, so Excel and the preview
 * agree: Excel gets one conditional format per currency whose formula recognises the market the
 * way TIKTOK.* functions do (code or alias, any case, spaces trimmed); the preview asks
 * `formatForMarket` directly.
 */
import { MARKETS, market } from "../core/rates";
import { moneyFormat } from "./builder";
import { columnIndex, columnLetter, parseAddress } from "./plan";

export interface MarketFormatRule {
  readonly currency: string;
  /** Excel formula, true when the market cell names a market paid in this currency. */
  readonly formula: string;
  readonly numberFormat: string;
}

/** Upper-cased codes and aliases of every market paid in each currency, in the order of MARKETS. */
function namesByCurrency(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of MARKETS) {
    const names = out.get(m.currency) ?? [];
    for (const n of [m.code, ...m.aliases]) if (!names.includes(n.toUpperCase())) names.push(n.toUpperCase());
    out.set(m.currency, names);
  }
  return out;
}

/**
 * One rule per currency. FIND (not SEARCH: no wildcards) in a "|"-separated list of upper-cased
 * names: exact matches only, and no array constants, which some Excel builds refuse in rules.
 */
export function marketFormatRules(marketCell: string): MarketFormatRule[] {
  return [...namesByCurrency()].map(([currency, names]) => ({
    currency,
    // A "|" in the cell could join two names ("DE|DEU"): no market has one, so such text matches none.
    formula: `=AND(ISERROR(FIND("|",${marketCell})),ISNUMBER(FIND("|"&UPPER(TRIM(${marketCell}))&"|","|${names.join("|")}|")))`,
    numberFormat: moneyFormat(currency),
  }));
}

/** The amount format for whatever a market cell holds; undefined when it names no market. */
export function formatForMarket(value: unknown): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  try {
    return moneyFormat(market(value).currency);
  } catch {
    return undefined;
  }
}

/**
 * The market cell a given cell of the range follows: relative parts of `marketCell` move with the
 * cell's offset from the range's top-left corner, `$` parts stay (as Excel reads a rule's formula).
 */
export function marketCellFor(range: string, marketCell: string, cell: string): string {
  const topLeft = parseAddress(range.split(":")[0]);
  const at = parseAddress(cell);
  const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(marketCell);
  if (!m) throw new Error(`not an A1 address: ${marketCell}`);
  const column = m[1] ? columnIndex(m[2]) : columnIndex(m[2]) + at.column - topLeft.column;
  const row = m[3] ? Number(m[4]) : Number(m[4]) + at.row - topLeft.row;
  return `${columnLetter(column)}${row}`;
}

/** True when a cell lies in an A1 rectangle such as "B7:E11" (or is that one cell). */
export function inRange(range: string, cell: string): boolean {
  const [a, b = a] = range.split(":").map(parseAddress);
  const p = parseAddress(cell);
  return p.row >= a.row && p.row <= b.row && p.column >= a.column && p.column <= b.column;
}
