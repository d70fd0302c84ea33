/** A small builder templates use to lay out a sheet plan row by row. */
import { CURRENCIES, type Currency } from "../core/money";
import type {
  CellContent,
  CellRole,
  ChartKind,
  PlannedCell,
  PlannedChart,
  PlannedConditionalFormat,
  PlannedDropdown,
  PlannedMarketFormat,
  PlannedTable,
  SheetPlan,
} from "./plan";
import { parseAddress } from "./plan";

/** Excel number format for amounts in a currency, e.g. "£"#,##0.00 or "Rp"#,##0. */
export function moneyFormat(currencyCode: string): string {
  const c: Currency | undefined = CURRENCIES.get(currencyCode);
  const symbol = c?.symbol ?? currencyCode;
  const decimals = (c?.minorUnit ?? 2) > 0 ? "." + "0".repeat(c?.minorUnit ?? 2) : "";
  const positive = `"${symbol}"#,##0${decimals}`;
  return `${positive};-${positive}`;
}

/** Excel's "light red fill with dark red text": what a flagged cell looks like in every host. */
export const FLAG = { fontColor: "#9C0006", fill: "#FFC7CE" } as const;

/**
 * An amount that says which way it goes in words, e.g. "$0.50 overcharged" for −0.50 and
 * "$0.20 undercharged" for 0.20 (Excel's sections: positive; negative, shown without its sign; zero).
 */
export function signedWordsFormat(currencyCode: string, words: { positive: string; negative: string }): string {
  const c: Currency | undefined = CURRENCIES.get(currencyCode);
  const symbol = c?.symbol ?? currencyCode;
  const decimals = (c?.minorUnit ?? 2) > 0 ? "." + "0".repeat(c?.minorUnit ?? 2) : "";
  const amount = `"${symbol}"#,##0${decimals}`;
  return `${amount}"${words.positive}";${amount}"${words.negative}";${amount}`;
}

/**
 * A column width (points) that shows `text` whole in the sheet's 10 pt font, with the cell's
 * padding; bold (headers) is wider. An estimate from the average character, capped at `most`.
 */
export function fitWidth(text: string, bold = false, most = 240): number {
  return Math.min(most, Math.ceil(text.length * (bold ? 6.2 : 5.6) + 12));
}

export const PERCENT = "0.00%";
export const PERCENT1 = "0.0%";
export const INTEGER = "#,##0";
export const RATIO = '0.00"×"';
export const DATE = "yyyy-mm-dd";

export class SheetBuilder {
  private readonly cells = new Map<string, PlannedCell>();
  private readonly widths: Record<string, number> = {};
  private readonly least: Record<string, number> = {};
  private readonly tables: PlannedTable[] = [];
  private readonly charts: PlannedChart[] = [];
  private readonly conditional: PlannedConditionalFormat[] = [];
  private readonly marketFormats: PlannedMarketFormat[] = [];
  private readonly dropdowns: PlannedDropdown[] = [];
  private frozen = 0;
  private bulk: { first: number; last: number } | null = null;

  constructor(
    private readonly templateId: string,
    private readonly sheetName: string,
  ) {}

  set(address: string, content: CellContent, role?: CellRole, numberFormat?: string): this {
    if (this.cells.has(address)) throw new Error(`${this.templateId}: cell ${address} is set twice`);
    this.cells.set(address, { address, content, role, numberFormat });
    return this;
  }

  /** A label in one cell and an input value beside it. */
  input(labelAddress: string, valueAddress: string, label: string, value: CellContent, numberFormat?: string): this {
    return this.set(labelAddress, label, "label").set(valueAddress, value, "input", numberFormat);
  }

  /** A label in one cell and a formula result beside it. */
  output(labelAddress: string, valueAddress: string, label: string, formula: string, numberFormat?: string): this {
    return this.set(labelAddress, label, "label").set(valueAddress, formula, "output", numberFormat);
  }

  width(column: string, points: number): this {
    this.widths[column] = points;
    return this;
  }

  /** Widens a column to at least `points` (a narrower width set earlier or later never wins). */
  widthAtLeast(column: string, points: number): this {
    this.least[column] = Math.max(this.least[column] ?? 0, points);
    return this;
  }

  table(t: PlannedTable): this {
    this.tables.push(t);
    return this;
  }

  chart(c: {
    kind: ChartKind;
    source: string;
    seriesBy?: "Columns" | "Rows";
    title: string;
    from: string;
    to: string;
    /** The value axis's format; by default the one most of the source's number cells have. */
    axisFormat?: string;
  }): this {
    this.charts.push({ seriesBy: "Columns", ...c });
    return this;
  }

  highlightNegative(range: string): this {
    this.conditional.push({ range, rule: "negative", fontColor: FLAG.fontColor, fill: FLAG.fill });
    return this;
  }

  /** Flags text that starts with `text` (a status such as "mismatch: overcharged") in the flag colours. */
  highlightText(range: string, text: string): this {
    this.conditional.push({ range, rule: "beginsWith", text, fontColor: FLAG.fontColor, fill: FLAG.fill });
    return this;
  }

  /** Amounts in `range` take the currency of the market named in `marketCell` (e.g. "B$5"). */
  followMarket(range: string, marketCell: string): this {
    this.marketFormats.push({ range, marketCell });
    return this;
  }

  dropdown(d: PlannedDropdown): this {
    this.dropdowns.push(d);
    return this;
  }

  /** Marks rows first..last as one long table a host may write in blocks (see SheetPlan.bulkRows). */
  bulkRows(first: number, last: number): this {
    this.bulk = { first, last };
    return this;
  }

  freezeRows(n: number): this {
    this.frozen = n;
    return this;
  }

  /** The number format most cells of a range carry (a chart's values), or undefined when none has one. */
  private formatOf(range: string): string | undefined {
    const [a, b = a] = range.replace(/\$/g, "").split(":").map(parseAddress);
    const count = new Map<string, number>();
    for (const cell of this.cells.values()) {
      const p = parseAddress(cell.address);
      if (!cell.numberFormat || p.row < a.row || p.row > b.row || p.column < a.column || p.column > b.column) continue;
      count.set(cell.numberFormat, (count.get(cell.numberFormat) ?? 0) + 1);
    }
    return [...count].sort((x, y) => y[1] - x[1])[0]?.[0];
  }

  private columnWidths(): Record<string, number> {
    const out: Record<string, number> = { ...this.widths };
    // Excel's default column is 48 pt wide.
    for (const [column, points] of Object.entries(this.least)) out[column] = Math.max(out[column] ?? 48, points);
    return out;
  }

  build(): SheetPlan {
    return {
      templateId: this.templateId,
      sheetName: this.sheetName,
      cells: [...this.cells.values()],
      columnWidths: this.columnWidths(),
      tables: [...this.tables],
      charts: this.charts.map((c) => (c.axisFormat ? c : { ...c, axisFormat: this.formatOf(c.source) })),
      conditionalFormats: [...this.conditional],
      marketFormats: [...this.marketFormats],
      dropdowns: [...this.dropdowns],
      freezeRows: this.frozen,
      ...(this.bulk ? { bulkRows: this.bulk } : {}),
    };
  }
}
