/**
 * Which export a sheet is, and where its header is. TikTok puts banner rows above the header in
 * some files (US unsettled xlsx: row 5; US profit-and-loss: row 6), so the first rows are scanned
 * for a row naming a known layout's columns. A sheet that matches none is refused with a message
 * that says what was looked for and what was found — never read as something it is not.
 */
import { invalidValue } from "../errors";
import { COLUMN_NAMES, type ColumnKey, FEE_PARENT_COLUMNS, columnKeyOf, normalizeHeader } from "./columns";
import type { Cell } from "./values";

export type LayoutId = "income" | "statement" | "unsettled" | "orderExport";

export interface Layout {
  readonly id: LayoutId;
  readonly title: string;
  /** Columns that must all be present for a header row to be this layout. */
  readonly required: readonly ColumnKey[];
  /** Columns whose presence tells this layout from the others (at least one must be there). */
  readonly marks: readonly ColumnKey[];
  /** The settlement column the identity settlement = revenue + fees + adjustments is checked on. */
  readonly settlementColumn: ColumnKey | null;
  readonly revenueColumn: ColumnKey | null;
}

export const LAYOUTS: readonly Layout[] = [
  {
    id: "income",
    title: 'Income export "Order details" (SEA)',
    required: ["id", "type", "created", "currency", "settlement"],
    marks: ["revenue", "subtotalAfter"],
    settlementColumn: "settlement",
    revenueColumn: "revenue",
  },
  {
    id: "statement",
    title: "Statement order details (US/UK, per SKU)",
    required: ["id", "type", "currency", "settlement"],
    marks: ["statementId", "netSales"],
    settlementColumn: "settlement",
    revenueColumn: "netSales",
  },
  {
    id: "unsettled",
    title: "Unsettled-orders export (US xlsx / UK CSV)",
    required: ["id", "type", "currency", "estimatedSettlement"],
    marks: ["estimatedSettlement"],
    settlementColumn: "estimatedSettlement",
    revenueColumn: "netSales",
  },
  {
    id: "orderExport",
    title: "Order export (OrderSKUList)",
    required: ["orderId", "orderStatus", "orderCreated"],
    marks: ["orderId"],
    settlementColumn: null,
    revenueColumn: null,
  },
];

/** How many rows from the top are searched for the header. */
export const HEADER_SCAN_ROWS = 15;

export interface HeaderColumn {
  readonly index: number;
  /** The header as written in the file (trimmed). */
  readonly name: string;
  readonly normalized: string;
  readonly key: ColumnKey | null;
}

export interface Header {
  readonly layout: Layout;
  /** 0-based row of the header in the rows given. */
  readonly row: number;
  readonly columns: readonly HeaderColumn[];
  /** First column of each known key (a name can appear twice: UK's two `Related order ID`). */
  readonly index: Readonly<Partial<Record<ColumnKey, number>>>;
}

/** Reads one row as a header of the given layout, or null when it is not one. */
export function headerOf(cells: readonly Cell[], layout: Layout, row: number): Header | null {
  const index: Partial<Record<ColumnKey, number>> = {};
  const columns: HeaderColumn[] = [];
  for (let i = 0; i < cells.length; i++) {
    const raw = cells[i];
    const name = typeof raw === "string" ? raw.trim() : raw === null || raw === undefined ? "" : String(raw);
    const key = columnKeyOf(raw);
    columns.push({ index: i, name, normalized: normalizeHeader(raw), key });
    if (key !== null && index[key] === undefined) index[key] = i;
  }
  if (!layout.required.every((k) => index[k] !== undefined)) return null;
  if (!layout.marks.some((k) => index[k] !== undefined)) return null;
  return { layout, row, columns, index };
}

/** The header in one row, trying every layout (most specific first), or null. */
export function detectHeaderRow(cells: readonly Cell[], row: number): Header | null {
  // Unsettled before statement: both carry Currency and Type, only unsettled has the estimate.
  for (const id of ["unsettled", "income", "statement", "orderExport"] as const) {
    const layout = LAYOUTS.find((l) => l.id === id) as Layout;
    const h = headerOf(cells, layout, row);
    if (h) return h;
  }
  return null;
}

/** Finds the header in the first rows, or raises the refusal. */
export function detectHeader(rows: readonly (readonly Cell[])[]): Header {
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const h = detectHeaderRow(rows[r] ?? [], r);
    if (h) return h;
  }
  throw refusal(rows);
}

/** The "not a known layout" error: what was looked for, and the most header-like row found. */
export function refusal(rows: readonly (readonly Cell[])[]): Error {
  const looked = LAYOUTS.map((l) => `${l.title}: ${l.required.map((k) => `"${COLUMN_NAMES[k][0]}"`).join(", ")}`).join(
    "; ",
  );
  let best: readonly Cell[] | null = null;
  let bestRow = -1;
  let bestCount = 0;
  for (let r = 0; r < Math.min(rows.length, HEADER_SCAN_ROWS); r++) {
    const filled = (rows[r] ?? []).filter((c) => typeof c === "string" && c.trim() !== "").length;
    if (filled > bestCount) {
      best = rows[r];
      bestRow = r;
      bestCount = filled;
    }
  }
  const found =
    best === null
      ? "no text in the first rows"
      : `row ${bestRow + 1} reads ${best
          .filter((c) => typeof c === "string" && c.trim() !== "")
          .slice(0, 8)
          .map((c) => `"${String(c).trim()}"`)
          .join(", ")}${bestCount > 8 ? ` and ${bestCount - 8} more` : ""}`;
  return invalidValue(
    "file",
    `Not a TikTok Shop settlement export this add-in knows. Looked in the first ${HEADER_SCAN_ROWS} rows for a header with ${looked}. Found: ${found}.`,
  );
}

/**
 * The fee columns whose sum `Total fees` should equal: those between the total-fees column and the
 * next column that is not a fee, without parents whose children are listed too (a shipping total
 * beside its parts, a commission's own breakdown, VN's affiliate commission before PIT).
 */
export function feeBlockColumns(h: Header): number[] {
  const feesAt = h.index.totalFees;
  if (feesAt === undefined) return [];
  const stops = (["adjustment", "relatedOrderId", "adjustmentReason", "customerPayment", "settlement"] as const)
    .map((k) => h.index[k])
    .filter((i): i is number => i !== undefined && i > feesAt);
  const end = stops.length ? Math.min(...stops) : h.columns.length;
  const block = h.columns.slice(feesAt + 1, end).filter((c) => c.name !== "");
  const hasShippingChildren = block.filter((c) => /shipping|ongkir/.test(c.normalized)).length > 1;
  const hasBeforePit = block.some((c) => /before pit/.test(c.normalized));
  return block
    .filter((c) => {
      if (/^(seller shipping fee|shipping cost|ongkir)$/.test(c.normalized)) return !hasShippingChildren;
      if (hasBeforePit && /withheld from affiliate/.test(c.normalized)) return false;
      return !FEE_PARENT_COLUMNS.has(c.normalized);
    })
    .map((c) => c.index);
}

/**
 * Every column reconciliation reads (0-based, ascending): the known columns and the fee block. A
 * host that reads a sheet column by column (the task pane) needs these and no others.
 */
export function columnsToRead(h: Header): number[] {
  const wanted = new Set<number>(feeBlockColumns(h));
  for (const c of h.columns) if (c.key !== null) wanted.add(c.index);
  return [...wanted].sort((a, b) => a - b);
}
