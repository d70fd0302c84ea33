/**
 * A settlement file as rows of cells, for `reconcile`: a CSV streamed record by record (csv-parse),
 * an xlsx sheet streamed (xlsxStream.ts, placing rows by their own references, not TikTok's stale
 * <dimension>), what that reader does not read (.xls, .xlsb) through SheetJS, loaded only then, and
 * saved Open API responses (.json) as rows. The errors say why a file cannot be read, as messages the
 * CLI says in its language. None of it enters the add-in bundle (CLI only).
 */
import fs from "fs";
import path from "path";
import { parse } from "csv-parse";
import type * as XLSX from "@e965/xlsx";
import { XlsxFormatError, type XlsxSheet, XlsxStreamBook } from "./xlsxStream";
import { isCoreError } from "../core/errors";
import type { Message, MessageKey, ParamsOf } from "../core/messages";
import { message } from "../core/settlement/messages";
import {
  type Cell,
  type OpenApiTable,
  detectHeaderRow,
  normalizeHeader,
  looksLikeJson,
  openApiTable,
} from "../core/settlement";

export class UsageError extends Error {}

/** A file that cannot be read: its message, said in the CLI's language when it is written out. */
export class ReadError extends Error {
  constructor(readonly said: Message) {
    super(said.text);
  }
}

/** A --sheet the workbook does not have: a usage error (exit 2), said in the CLI's language. */
export class SheetNotFound extends UsageError {
  constructor(readonly said: Message) {
    super(said.text);
  }
}

export function unreadable<K extends MessageKey>(key: K, params: ParamsOf<K>): ReadError {
  return new ReadError(message(key, params));
}

/** What a JSON file held, once read (the Open API version, for the report). */
export interface Source {
  openApi: OpenApiTable | null;
}

/** A settlement file as rows of cells, streamed (CSV) or walked (xlsx), or Open API JSON as rows. */
export async function* readRows(
  file: string,
  sheet: string | null,
  preferred: readonly string[],
  source: Source = { openApi: null },
): AsyncGenerator<Cell[]> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw unreadable("file.notFound", { file });
  }
  if (stat.isDirectory()) throw unreadable("file.isFolder", { file });
  if (stat.size === 0) throw unreadable("file.empty", { file });
  const head = Buffer.alloc(Math.min(4096, stat.size));
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  const ext = path.extname(file).toLowerCase();
  const isZip = head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  const isOle = head.length >= 4 && head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  if (isZip || isOle || ext === ".xlsx" || ext === ".xlsm" || ext === ".xls") {
    if (!isZip && !isOle) throw unreadable("file.notWorkbook", { file });
    if (isZip) {
      const book = await openStreaming(file);
      if (book) {
        try {
          yield* streamedRows(file, book, sheet, preferred);
        } finally {
          book.close();
        }
        return;
      }
    }
    yield* xlsxRows(file, sheet, preferred);
    return;
  }
  if (sheet !== null) throw new UsageError("--sheet applies to xlsx files only.");
  if (ext === ".json" || (ext !== ".csv" && looksLikeJson(head.toString("utf8")))) {
    const table = jsonTable(file);
    source.openApi = table;
    yield table.header as Cell[];
    yield* table.rows;
    return;
  }
  if (head.includes(0)) throw unreadable("file.binary", { file });
  yield* csvRows(file, head);
}

/** Saved Open API responses: the whole JSON is parsed (responses are pages of at most a few MB). */
function jsonTable(file: string): OpenApiTable {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    throw unreadable("openApi.notJson", { file, reason: (e as Error).message });
  }
  return openApiTable(json);
}

async function* csvRows(file: string, head: Buffer): AsyncGenerator<Cell[]> {
  // Tab- and semicolon-separated exports (spreadsheets saved in a decimal-comma locale) occur too:
  // the delimiter is the one a single line of the first rows (the header) has most of.
  const lines = head.toString("utf8").split(/\r?\n/).slice(0, 15);
  const most = (ch: string) => Math.max(...lines.map((l) => l.split(ch).length - 1));
  const delimiter = [",", ";", "\t"].reduce((best, ch) => (most(ch) > most(best) ? ch : best), ",");
  const parser = fs
    .createReadStream(file)
    .pipe(parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }));
  try {
    for await (const record of parser) yield record as string[];
  } catch (e) {
    throw unreadable("file.notCsv", { file, reason: (e as Error).message });
  }
}

/** The workbook opened for streaming, or null when only SheetJS can read it (.xlsb, damage). */
async function openStreaming(file: string): Promise<XlsxStreamBook | null> {
  try {
    return await XlsxStreamBook.open(file);
  } catch (e) {
    if (e instanceof XlsxFormatError) return null;
    throw e;
  }
}

/** The chosen sheet's rows, streamed; the choice as with SheetJS (a preferred name, else a header). */
async function* streamedRows(
  file: string,
  book: XlsxStreamBook,
  sheet: string | null,
  preferred: readonly string[],
): AsyncGenerator<Cell[]> {
  const sheets = book.sheets;
  if (sheets.length === 0) throw unreadable("file.noWorksheets", { file });
  let chosen: XlsxSheet | undefined;
  try {
    if (sheet !== null) {
      chosen = sheets.find((s) => s.name === sheet) ?? sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase());
      if (!chosen)
        throw new SheetNotFound(
          message("file.sheetNotFound", { sheet, file, sheets: sheets.map((s) => s.name).join(", ") }),
        );
    } else {
      chosen = sheets.find((s) => preferred.includes(s.name.trim().toLowerCase()));
      for (const s of sheets) {
        if (chosen) break;
        let r = 0;
        for await (const row of book.rows(s)) {
          if (detectHeaderRow(row, r)) chosen = s;
          if (chosen || ++r >= 15) break;
        }
      }
      chosen ??= sheets[0];
    }
    yield* book.rows(chosen);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ReadError || isCoreError(e)) throw e;
    throw unreadable("file.damagedWorkbook", { file, reason: (e as Error).message });
  }
}

/** SheetJS for what the streaming reader does not read (.xls, .xlsb); loaded only then (≈ 30 MB). */
async function* xlsxRows(file: string, sheet: string | null, preferred: readonly string[]): AsyncGenerator<Cell[]> {
  const sheetjs: typeof XLSX = await import("@e965/xlsx");
  let wb: XLSX.WorkBook;
  try {
    wb = sheetjs.read(fs.readFileSync(file), {
      type: "buffer",
      dense: true,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
    });
  } catch (e) {
    throw unreadable("file.damagedWorkbook", { file, reason: (e as Error).message });
  }
  const names = wb.SheetNames;
  if (names.length === 0) throw unreadable("file.noWorksheets", { file });
  let chosen: string | undefined;
  if (sheet !== null) {
    chosen = names.find((n) => n === sheet) ?? names.find((n) => n.toLowerCase() === sheet.toLowerCase());
    if (!chosen) throw new SheetNotFound(message("file.sheetNotFound", { sheet, file, sheets: names.join(", ") }));
  } else {
    chosen =
      names.find((n) => preferred.includes(normalizeHeader(n))) ??
      names.find((n) => sheetHasHeader(wb.Sheets[n])) ??
      names[0];
  }
  yield* sheetRows(wb.Sheets[chosen]);
}

type DenseSheet = XLSX.WorkSheet & { "!data"?: (XLSX.CellObject[] | undefined)[] };

/** Every row present in the sheet, whatever its <dimension> says. */
function* sheetRows(ws: XLSX.WorkSheet): Generator<Cell[]> {
  const data = (ws as DenseSheet)["!data"] ?? [];
  for (const row of data) {
    if (!row) {
      yield [];
      continue;
    }
    const cells: Cell[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      cells[c] = !cell || cell.t === "e" || cell.t === "z" ? null : (cell.v as Cell);
    }
    yield cells;
  }
}

function sheetHasHeader(ws: XLSX.WorkSheet): boolean {
  let r = 0;
  for (const row of sheetRows(ws)) {
    try {
      if (detectHeaderRow(row, r)) return true;
    } catch {
      return true; // a header the reader refuses (mixed languages…): reading the sheet says why
    }
    if (++r >= 15) break;
  }
  return false;
}
