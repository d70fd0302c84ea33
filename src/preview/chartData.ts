/**
 * A planned chart's data read from the computed sheet, the way Excel reads a chart's source range:
 * a first row of text is the series names, a first column of text is the categories.
 */
import type { EngineValue } from "../engine/workbook";
import { type PlannedChart, parseAddress } from "../templates/plan";

export interface ChartSeries {
  readonly name: string;
  /** One value per category; null where the cell holds no number (a gap, as in Excel). */
  readonly values: (number | null)[];
}

export interface ChartData {
  readonly categories: string[];
  readonly series: ChartSeries[];
}

export interface CellBox {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "A15:B19" → zero-based first and last row and column. */
export function rangeBox(range: string): CellBox {
  const [from, to = from] = range.split(":");
  const a = parseAddress(from);
  const b = parseAddress(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

const isLabel = (v: EngineValue): boolean => v === null || typeof v === "string";

function label(v: EngineValue): string {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  return String(v);
}

export function chartData(values: EngineValue[][], chart: Pick<PlannedChart, "source" | "seriesBy">): ChartData {
  const box = rangeBox(chart.source);
  let block: EngineValue[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const row: EngineValue[] = [];
    for (let c = box.left; c <= box.right; c++) row.push(values[r]?.[c] ?? null);
    block.push(row);
  }
  if (chart.seriesBy === "Rows") block = block[0].map((_, c) => block.map((row) => row[c]));
  const width = block[0]?.length ?? 0;
  // Labels only where there is something else to plot beside them.
  const hasCategories = width > 1 && block.slice(1).every((row) => isLabel(row[0]));
  const first = hasCategories ? 1 : 0;
  const hasNames = block.length > 1 && block[0].slice(first).every((v) => typeof v === "string");
  const rows = hasNames ? block.slice(1) : block;
  const categories = rows.map((row, i) => (hasCategories ? label(row[0]) : String(i + 1)));
  const series: ChartSeries[] = [];
  for (let c = first; c < width; c++) {
    series.push({
      name: hasNames ? label(block[0][c]) : `Series ${c - first + 1}`,
      values: rows.map((row) => (typeof row[c] === "number" ? (row[c] as number) : null)),
    });
  }
  return { categories, series };
}
