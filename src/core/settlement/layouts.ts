/**
 * Which export a sheet is, in which Seller Center language, and where its header is. TikTok puts
 * banner rows above the header in some files (US and VN unsettled xlsx: row 5; US profit-and-loss:
 * row 6), so the first rows are scanned for a row naming a known layout's columns in one of the
 * header dictionaries' languages (dictionaries/). A sheet that matches none is refused with a
 * message that says what was looked for and what was found — never read as something it is not;
 * so is a header that mixes two languages, or fits two layouts equally.
 */
import { invalidValue } from "../errors";
import { message } from "./messages";
import type { Language } from "../../i18n/languages";
import { type ColumnKey, normalizeHeader } from "./columns";
import { COLUMN_NAMES, COMPILED, type CompiledDictionary, compiledOf, languageName } from "./dictionaries";
import type { Cell } from "./values";

export type LayoutId = "income" | "statement" | "unsettled" | "orderExport";

export interface Layout {
  readonly id: LayoutId;
  readonly title: string;
  /** Columns that must all be present for a header row to be this layout. */
  readonly required: readonly ColumnKey[];
  /** Columns whose presence tells this layout from the others (at least one must be there; more wins). */
  readonly marks: readonly ColumnKey[];
  /** The settlement column the identity settlement = revenue + fees + adjustments is checked on. */
  readonly settlementColumn: ColumnKey | null;
  readonly revenueColumn: ColumnKey | null;
}

/**
 * The layouts, whatever their language. None requires a currency column: the US unsettled xlsx has
 * none, and the market can come from elsewhere (marketContext.ts `marketOfFile`).
 */
export const LAYOUTS: readonly Layout[] = [
  {
    id: "income",
    title: 'Income export "Order details" (SEA; Chinese-UI cross-border)',
    required: ["id", "type", "created", "settlement"],
    marks: ["revenue", "subtotalAfter"],
    settlementColumn: "settlement",
    revenueColumn: "revenue",
  },
  {
    id: "statement",
    title: "Statement order details (US/UK/BR; Chinese-UI MX/JP; per SKU)",
    required: ["id", "type", "settlement"],
    marks: ["statementId", "netSales"],
    settlementColumn: "settlement",
    revenueColumn: "netSales",
  },
  {
    id: "unsettled",
    title: "Unsettled-orders export (US/VN/TH xlsx, UK CSV)",
    required: ["id", "type", "estimatedSettlement"],
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

/** The keys of fee columns: the fee block runs on through these. */
const FEE_KEYS: ReadonlySet<ColumnKey> = new Set<ColumnKey>([
  "commission",
  "transaction",
  "refundAdmin",
  "orderProcessingFee",
  "platformSupportFee",
  "sellerShippedFee",
  "growth",
  "dynamicCommission",
  "referralSalesTax",
  "vatWithheld",
  "pitWithheld",
  "sst",
]);

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
  /** The Seller Center language the header is written in. */
  readonly language: Language;
  /** 0-based row of the header in the rows given. */
  readonly row: number;
  readonly columns: readonly HeaderColumn[];
  /** First column of each known key (a name can appear twice: UK's two `Related order ID`). */
  readonly index: Readonly<Partial<Record<ColumnKey, number>>>;
  /** The fee block, when a confirmed column mapping names it (mapping.ts); else found by position. */
  readonly feeBlock?: readonly number[];
}

const nameOf = (raw: Cell): string =>
  typeof raw === "string" ? raw.trim() : raw === null || raw === undefined ? "" : String(raw);

/** The layouts a set of keys fits, with how many of its marks each has. */
export function fits(has: (k: ColumnKey) => boolean): { layout: Layout; marks: number }[] {
  return LAYOUTS.filter((l) => l.required.every(has))
    .map((layout) => ({ layout, marks: layout.marks.filter(has).length }))
    .filter((f) => f.marks > 0);
}

const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(", ");

/**
 * The header in one row, or null when the row is no header in any language. Raises the refusal for
 * a header that mixes languages or fits two layouts equally.
 */
export function detectHeaderRow(cells: readonly Cell[], row: number): Header | null {
  const normalized = cells.map(normalizeHeader);
  // Which languages know each cell; the row must be a header of some layout in their union.
  const known = normalized.map((n) => COMPILED.filter((c) => c.keys.has(n)));
  const anyKeys = new Set<ColumnKey>();
  known.forEach((cs, i) => cs.forEach((c) => anyKeys.add(c.keys.get(normalized[i]) as ColumnKey)));
  if (fits((k) => anyKeys.has(k)).length === 0) return null;

  const count = (c: CompiledDictionary) => known.filter((cs) => cs.includes(c)).length;
  const best = COMPILED.reduce((a, b) => (count(b) > count(a) ? b : a));
  const foreign = known.map((cs, i) => (cs.length > 0 && !cs.includes(best) ? i : -1)).filter((i) => i >= 0);
  if (foreign.length > 0) {
    const other = COMPILED.filter((c) => c !== best).reduce((a, b) =>
      foreign.filter((i) => known[i].includes(b)).length > foreign.filter((i) => known[i].includes(a)).length ? b : a,
    );
    const own = known.map((cs, i) => (cs.includes(best) && !cs.includes(other) ? i : -1)).filter((i) => i >= 0);
    throw invalidValue(
      "file",
      message("settlement.mixedLanguages", {
        row: row + 1,
        first: languageName(best.dictionary.language),
        firstCells: quoted(own.slice(0, 3).map((i) => nameOf(cells[i]))),
        second: languageName(other.dictionary.language),
        secondCells: quoted(
          foreign
            .filter((i) => known[i].includes(other))
            .slice(0, 3)
            .map((i) => nameOf(cells[i])),
        ),
      }),
    );
  }
  return headerIn(cells, normalized, best, row);
}

/** The row read as a header in one language: its layout (most marks wins; a tie is refused). */
function headerIn(cells: readonly Cell[], normalized: readonly string[], dict: CompiledDictionary, row: number) {
  const index: Partial<Record<ColumnKey, number>> = {};
  const columns: HeaderColumn[] = [];
  for (let i = 0; i < cells.length; i++) {
    const key = dict.keys.get(normalized[i]) ?? null;
    columns.push({ index: i, name: nameOf(cells[i]), normalized: normalized[i], key });
    if (key !== null && index[key] === undefined) index[key] = i;
  }
  const found = fits((k) => index[k] !== undefined).sort((a, b) => b.marks - a.marks);
  if (found.length === 0) return null;
  if (found.length > 1 && found[1].marks === found[0].marks) {
    throw invalidValue(
      "file",
      message("settlement.ambiguousLayout", {
        row: row + 1,
        layouts: found
          .filter((f) => f.marks === found[0].marks)
          .map((f) => f.layout.title)
          .join("; "),
      }),
    );
  }
  return { layout: found[0].layout, language: dict.dictionary.language, row, columns, index };
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
  const looked = LAYOUTS.map((l) => `${l.title}: ${quoted(l.required.map((k) => COLUMN_NAMES[k][0]))}`).join("; ");
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
  const texts = (best ?? []).filter((c) => typeof c === "string" && c.trim() !== "").map((c) => String(c).trim());
  const cells = quoted(texts.slice(0, 8));
  const found =
    best === null
      ? message("settlement.foundNothing", {})
      : bestCount > 8
        ? message("settlement.foundRowMore", { row: bestRow + 1, cells, more: bestCount - 8 })
        : message("settlement.foundRow", { row: bestRow + 1, cells });
  return invalidValue(
    "file",
    message("settlement.notKnownLayout", { rows: HEADER_SCAN_ROWS, looked, found: found.text }),
  );
}

/**
 * The fee columns whose sum `Total fees` should equal: those between the total-fees column and the
 * next column that is not a fee, each fee counted once where the block lists a fee beside its
 * breakdown (the language's `breakdowns`: a shipping total beside its parts, a commission's own
 * breakdown, VN's affiliate commission before PIT).
 */
export function feeBlockColumns(h: Header): number[] {
  if (h.feeBlock) return [...h.feeBlock];
  const feesAt = h.index.totalFees;
  if (feesAt === undefined) return [];
  // The block ends at the first known column after it that is no fee (in every real layout the
  // adjustment amount, related order ID or customer payment).
  const stop = h.columns.find((c) => c.index > feesAt && c.key !== null && !FEE_KEYS.has(c.key));
  const end = stop ? stop.index : h.columns.length;
  const block = h.columns.slice(feesAt + 1, end).filter((c) => c.name !== "");
  const left = new Set<string>();
  for (const b of compiledOf(h.language).breakdowns) {
    const totals = block.filter((c) => b.total.has(c.normalized));
    const parts = block.filter((c) => b.parts.has(c.normalized));
    if (totals.length === 0 || parts.length === 0) continue;
    for (const c of b.add === "total" ? parts : totals) left.add(c.normalized);
  }
  return block.filter((c) => !left.has(c.normalized)).map((c) => c.index);
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
