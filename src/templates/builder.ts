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
import { address, columnLetter, parseAddress } from "./plan";

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
  // A quote would end the format's text early: no language's words have one, and none gets in.
  const positive = words.positive.replace(/"/g, "");
  const negative = words.negative.replace(/"/g, "");
  return `${amount}"${positive}";${amount}"${negative}";${amount}`;
}

/** East Asian wide characters (CJK, kana, Hangul, full-width forms): about twice a Latin letter. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;
/** Marks that sit on the letter before them (Thai vowels and tones, Vietnamese accents when decomposed). */
const MARK = /\p{M}/u;

/** A text's width in average Latin letters: wide characters count about two, combining marks none. */
export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += MARK.test(ch) ? 0 : WIDE.test(ch) ? 1.8 : 1;
  return units;
}

/**
 * A column width (points) that shows `text` whole in the sheet's 10 pt font, with the cell's
 * padding; bold (headers) is wider. An estimate from the average character (in any script: see
 * `textUnits`), capped at `most`.
 */
export function fitWidth(text: string, bold = false, most = 240): number {
  return Math.min(most, Math.ceil(textUnits(text) * (bold ? 6.2 : 5.6) + 12));
}

/** Roles whose text must show whole where the cell to its right is filled (it cannot run on). */
const FITTED_ROLES: ReadonlySet<CellRole> = new Set<CellRole>(["label", "header", "total"]);
/** The widest a column grows to fit its labels (points): longer ones are clipped, as in Excel. */
const MOST_FITTED = 420;

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

  /**
   * Widens the columns the plan sets a width for to show their labels and headers whole where the
   * cell to their right is filled: the words are the sheet's language's, so a German or Thai label
   * gets the room its own text needs (an English width would clip it).
   */
  private fitLabels(): void {
    for (const cell of this.cells.values()) {
      if (!cell.role || !FITTED_ROLES.has(cell.role)) continue;
      if (typeof cell.content !== "string" || cell.content === "" || cell.content.startsWith("=")) continue;
      const p = parseAddress(cell.address);
      const column = columnLetter(p.column);
      if (this.widths[column] === undefined) continue;
      const right = this.cells.get(address(p.row, p.column + 1));
      if (!right || right.content === "") continue;
      this.widthAtLeast(column, fitWidth(cell.content, cell.role !== "label", MOST_FITTED));
    }
  }

  private columnWidths(): Record<string, number> {
    this.fitLabels();
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
