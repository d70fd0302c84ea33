/**
 * Opens a CSV or Excel file chosen in the preview into NEW sheets (never over an existing one), so a
 * statement can be read by the sheets and the pane. The parsers load only when a file is opened.
 */
import type { ImportedValue } from "../engine/workbook";
import { columnLetter } from "../templates/plan";
import { csvCell, fittedWidths, guessDelimiter, sheetNameFor } from "./importCells";
import type { PreviewWorkbook } from "./previewHost";

export interface ImportedSheet {
  readonly name: string;
  readonly rows: ImportedValue[][];
  /** Number formats the file sets (dates, amounts), by A1 address. */
  readonly formats: Map<string, string>;
}

const SPREADSHEET = /\.(xlsx|xlsm|xlsb|xls|ods)$/i;

/** What opening a file says when it cannot (kept together for a message catalog). */
export const IMPORT_TEXT = {
  empty: (name: string) => `"${name}" is empty.`,
  noData: (name: string) => `"${name}" has no cells with data.`,
  pdf: (name: string) =>
    `"${name}" is a PDF, which holds no cells to read. Download the statement as a CSV or Excel file from Seller Center and open that.`,
  binary: (name: string) =>
    `"${name}" is not a CSV or text file of cells, nor an Excel or OpenDocument spreadsheet: open the statement's CSV or Excel export.`,
} as const;

async function csvSheets(fileName: string, text: string): Promise<ImportedSheet[]> {
  const { parse } = await import("csv-parse/browser/esm/sync");
  const records: string[][] = parse(text, {
    bom: true,
    delimiter: guessDelimiter(text.replace(/^\uFEFF/, "")),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
  });
  return [{ name: sheetNameFor(fileName), rows: records.map((r) => r.map(csvCell)), formats: new Map() }];
}

/** A cell as the library reads it; anything but text, a number or a boolean is shown as text. */
function workbookCell(v: unknown): ImportedValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
  return v instanceof Date ? v.toISOString() : String(v);
}

async function workbookSheets(fileName: string, data: ArrayBuffer): Promise<ImportedSheet[]> {
  const XLSX = await import("@e965/xlsx");
  const wb = XLSX.read(data, { type: "array", cellDates: false, cellFormula: false, cellNF: true });
  return wb.SheetNames.map((sheet) => {
    const ws = wb.Sheets[sheet];
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null, blankrows: true });
    const formats = new Map<string, string>();
    for (const [address, cell] of Object.entries(ws)) {
      const c = cell as { t?: string; z?: unknown };
      if (!address.startsWith("!") && c.t === "n" && typeof c.z === "string" && c.z !== "General")
        formats.set(address, c.z);
    }
    const name = wb.SheetNames.length === 1 ? sheetNameFor(fileName) : `${sheetNameFor(fileName)} ${sheet}`;
    return { name, rows: rows.map((r) => r.map(workbookCell)), formats };
  });
}

/** Reads the file and adds one new sheet per sheet in it; returns the new sheets' names. */
export async function importFile(book: PreviewWorkbook, file: File): Promise<string[]> {
  // Only files of cells: a PDF statement or any other binary file would come in as garbled text.
  if (/\.pdf$/i.test(file.name)) throw new Error(IMPORT_TEXT.pdf(file.name));
  if (file.size === 0) throw new Error(IMPORT_TEXT.empty(file.name));
  let sheets: ImportedSheet[];
  if (SPREADSHEET.test(file.name)) sheets = await workbookSheets(file.name, await file.arrayBuffer());
  else {
    const text = await file.text();
    if (text.startsWith("%PDF-")) throw new Error(IMPORT_TEXT.pdf(file.name));
    if (text.slice(0, 4096).includes("\u0000")) throw new Error(IMPORT_TEXT.binary(file.name));
    sheets = await csvSheets(file.name, text);
  }
  const withData = sheets.filter((s) => s.rows.some((r) => r.some((v) => v !== null && v !== "")));
  if (withData.length === 0) throw new Error(IMPORT_TEXT.noData(file.name));
  return withData.map((s) => book.insertValues(s.name, s.rows, s.formats, fittedWidths(s.rows, columnLetter)));
}
