/**
 * Reads a settlement export that the user opened or pasted into a sheet: only the columns
 * reconciliation needs, in row blocks, in at most ceil(rows / 5,000) + 2 `context.sync()` calls for
 * sheets of up to 20 needed columns (one for the used range, one for the header rows, one per
 * block). The sheet is only read, never written.
 */
import {
  type Cell,
  type ColumnMapping,
  columnsToRead,
  detectHeader,
  type Header,
  headerFromMapping,
  mappingFits,
} from "../core/settlement";
import { columnRuns, syncInBlocks } from "./blocks";

export interface SettlementCells {
  /** Every row from row 1 to the last used row; only the read columns hold values. */
  readonly rows: Cell[][];
  readonly header: Header;
  /** Column indexes (0-based) that were read. */
  readonly columns: readonly number[];
  readonly syncs: number;
}

export interface ReadOptions {
  readonly onProgress?: (rowsRead: number, rows: number) => void;
  readonly signal?: AbortSignal;
  /** For tests: the first block size (halved on payload errors). */
  readonly maxBlockRows?: number;
  /**
   * A confirmed column mapping (#21): its header row is looked for instead of a known one, and
   * the columns it names are read. Without it the header is detected from the dictionaries.
   */
  readonly mapping?: ColumnMapping;
}

/** How many rows from the top are read whole, to find the header. */
const HEADER_ROWS = 15;

/**
 * The columns reconciliation reads: every known column, and the fee block between `Total fees`
 * and the adjustment columns (fees not modelled are totalled and listed, never dropped) — the
 * core's own rule, so the reader and the reconciler agree.
 */
export function neededColumns(header: Header): number[] {
  return columnsToRead(header);
}

/**
 * The header of the top rows: the mapping's own (refused when its header is not there, and when it
 * is not confirmed), else the one a dictionary knows.
 */
export function headerOf(rows: readonly (readonly Cell[])[], mapping?: ColumnMapping): Header {
  if (!mapping) return detectHeader(rows);
  const at = mappingFits(mapping, rows);
  if (at < 0) throw new Error("The sheet's header is not the one of this column mapping.");
  return headerFromMapping(mapping, rows[at], at);
}

/**
 * The first rows of a sheet, whole (at most `count`): what a column mapping is suggested from
 * (the header rows and up to 500 data rows). One sync for the used range, one for the rows.
 */
export async function readSheetTop(context: Excel.RequestContext, sheetName: string, count: number): Promise<Cell[][]> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount,columnIndex,columnCount");
  await context.sync();
  if (used.isNullObject) return [];
  const rows = Math.min(count, used.rowIndex + used.rowCount);
  const top = sheet.getRangeByIndexes(0, 0, rows, used.columnIndex + used.columnCount);
  top.load("values");
  await context.sync();
  return (top.values as Cell[][]).map((r) => r.slice());
}

export async function readSettlementSheet(
  context: Excel.RequestContext,
  sheetName: string,
  options: ReadOptions = {},
): Promise<SettlementCells> {
  let syncs = 0;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount,columnIndex,columnCount");
  syncs++;
  await context.sync();
  if (used.isNullObject) throw new Error(`Sheet "${sheetName}" is empty: open or paste a settlement export into it.`);
  const lastRow = used.rowIndex + used.rowCount; // rows 0 … lastRow − 1
  const width = used.columnIndex + used.columnCount;

  const top = sheet.getRangeByIndexes(0, 0, Math.min(HEADER_ROWS, lastRow), width);
  top.load("values");
  syncs++;
  await context.sync();
  const rows: Cell[][] = (top.values as Cell[][]).map((r) => r.slice());
  const header = headerOf(rows, options.mapping);
  const columns = neededColumns(header);
  const runs = columnRuns(columns);

  const first = rows.length;
  options.onProgress?.(first, lastRow);
  syncs += await syncInBlocks(
    context,
    lastRow - first,
    columns.length,
    { ...options, onBlock: (done) => options.onProgress?.(first + done, lastRow) },
    (offset, count) =>
      runs.map(([start, n]) => {
        const r = sheet.getRangeByIndexes(first + offset, start, count, n);
        r.load("values");
        return { start, r };
      }),
    (offset, count, ranges) => {
      for (let i = 0; i < count; i++) rows.push([]);
      for (const { start, r } of ranges) {
        const values = r.values as Cell[][];
        // A read may come back short (or null past 5 M cells): that is an error, never missing rows.
        if (!values || values.length !== count) {
          throw new Error(`Excel returned ${values ? values.length : "no"} rows where ${count} were asked for.`);
        }
        values.forEach((cells, i) => cells.forEach((v, j) => (rows[first + offset + i][start + j] = v)));
      }
    },
  );
  return { rows, header, columns, syncs };
}
