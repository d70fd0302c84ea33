/**
 * `tiktok-economics reconcile FILE [--market XX] [--sheet NAME] [--tolerance N]
 *  [--format table|json|csv] [--orders FILE] [--columns MAPPING.json] [--suggest-columns OUT.json]`: checks a TikTok Shop settlement export fee by fee
 * against the rate book.
 *
 * Parsers: csv-parse streams a CSV record by record (a million rows in bounded memory — lines are
 * written out as each order completes); xlsxStream.ts streams an xlsx sheet the same way (its XML
 * inflated chunk by chunk, shared strings loaded first), placing rows by their own references rather
 * than the sheet's <dimension>, which TikTok writes stale; SheetJS (@e965/xlsx) reads what that
 * reader does not (.xls, .xlsb). A .json file is saved Open API responses (core/settlement/openApi.ts).
 * None of it enters the add-in bundle (CLI only).
 *
 * Exit status: 0 when the file was read (mismatches are findings), 1 when it cannot be read or
 * recognised (a message, no stack trace), 2 for usage errors.
 */
import fs from "fs";
import path from "path";
import { once } from "events";
import { parseArgs } from "util";
import { parse } from "csv-parse";
import type * as XLSX from "@e965/xlsx";
import { XlsxFormatError, type XlsxSheet, XlsxStreamBook } from "./xlsxStream";
import { isCoreError } from "../core/errors";
import type { Message, MessageKey, ParamsOf } from "../core/messages";
import { type CategoryLabel, categoryText } from "../core/settlement/categoryLabel";
import { message } from "../core/settlement/messages";
import { activeLanguage, errorText, say } from "../i18n/active";
import { numberIn } from "../i18n/format";
import { sheetsIn } from "../i18n/sheetsCatalogs";
import { fill } from "../templates/sheets";
import { market as findMarket } from "../core/rates/markets";
import {
  type Cell,
  type FeeCheck,
  type OrderIndex,
  type ReconcileSummary,
  type OpenApiTable,
  type ReconciledLine,
  SETTLEMENT_FEES,
  SETTLEMENT_SHEETS,
  createOrderIndex,
  createReconciler,
  layoutTitleOf,
  OTHER_REASONS,
  detectHeaderRow,
  normalizeHeader,
  looksLikeJson,
  openApiTable,
  type ColumnMapping,
  HEADER_SCAN_ROWS,
  SAMPLE_ROWS,
  parseColumnMapping,
  suggestMapping,
} from "../core/settlement";

export const RECONCILE_HELP = `Usage: tiktok-economics reconcile FILE [options]

Checks a TikTok Shop settlement export (.csv or .xlsx) fee by fee against the rate book:
Income "Order details" (ID, MY, TH, VN, PH, SG), US/UK/BR statement order details, US/UK/VN/TH
unsettled-orders exports; headers in English, Indonesian, Vietnamese, Thai or Chinese (the
cross-border UI: MY Income, MX and JP statements).
A .json FILE holds saved Open API responses of GET /finance/202309 or
/finance/202501/statements/{id}/statement_transactions (one response, its "data", or an array of
pages), or unsettled transactions: read field by field like an export.

Options:
  --market XX        Market code (US, UK, ID, MY, TH, VN, PH, SG…); default from the Currency
                     column, else the file name, else fee columns only one market has.
                     Required for EUR files.
  --sheet NAME       Worksheet of an xlsx file (default: the first sheet with a known layout).
  --tolerance N      Largest difference still counted as a match, per fee, in currency units
                     (default: one minor unit, e.g. 0.01 USD, 1 IDR).
  --format F         table (default), json, or csv (one row per order).
  --orders FILE      The order export (OrderSKUList, .csv or .xlsx): joins categories and lists
                     delivered orders never settled and settled IDs with no order.
  --columns FILE     A column mapping (JSON, "format": "tiktok-economics/columns") for a file whose
                     header no dictionary knows; used only when it says "confirmed": true.
  --suggest-columns FILE
                     For a file whose header is not known: write the suggested mapping there
                     (unconfirmed) as well as printing it; check it, set "confirmed": true, then
                     pass it with --columns.

Exit status: 0 when the file was read (mismatches are findings), 1 when it cannot be read or
recognised, 2 for usage errors.`;

const EXIT_OK = 0;
const EXIT_UNREADABLE = 1;
const EXIT_USAGE = 2;

type Sink = NodeJS.WritableStream;

class UsageError extends Error {}

/** A file that cannot be read: its message, said in the CLI's language when it is written out. */
class ReadError extends Error {
  constructor(readonly said: Message) {
    super(said.text);
  }
}

/** A --sheet the workbook does not have: a usage error (exit 2), said in the CLI's language. */
class SheetNotFound extends UsageError {
  constructor(readonly said: Message) {
    super(said.text);
  }
}

function unreadable<K extends MessageKey>(key: K, params: ParamsOf<K>): ReadError {
  return new ReadError(message(key, params));
}

/** Writes text, waiting for the stream to drain when it asks to (bounded memory on big output). */
async function write(out: Sink, text: string): Promise<void> {
  if (!out.write(text)) await once(out, "drain");
}

const num = (d: { toString(): string } | null | undefined): number | null =>
  d === null || d === undefined ? null : Number(d.toString());

/** What a JSON file held, once read (the Open API version, for the report). */
interface Source {
  openApi: OpenApiTable | null;
}

/** A settlement file as rows of cells, streamed (CSV) or walked (xlsx), or Open API JSON as rows. */
async function* readRows(
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

interface Args {
  file: string;
  market: string | null;
  sheet: string | null;
  tolerance: string | null;
  format: "table" | "json" | "csv";
  orders: string | null;
  columns: string | null;
  suggestColumns: string | null;
  help: boolean;
}

function readArgs(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        market: { type: "string" },
        sheet: { type: "string" },
        tolerance: { type: "string" },
        format: { type: "string" },
        orders: { type: "string" },
        columns: { type: "string" },
        "suggest-columns": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  if (v.help)
    return {
      file: "",
      market: null,
      sheet: null,
      tolerance: null,
      format: "table",
      orders: null,
      columns: null,
      suggestColumns: null,
      help: true,
    };
  if (parsed.positionals.length !== 1) {
    throw new UsageError(parsed.positionals.length === 0 ? "reconcile needs a FILE." : "reconcile takes one FILE.");
  }
  const format = v.format ?? "table";
  if (format !== "table" && format !== "json" && format !== "csv") {
    throw new UsageError(`--format must be table, json or csv, not "${format}".`);
  }
  if (v.tolerance !== undefined && !/^(\d+\.?\d*|\.\d+)$/.test(v.tolerance.trim())) {
    throw new UsageError(`--tolerance must be an amount of zero or more, such as 0.01, not "${v.tolerance}".`);
  }
  if (v.market !== undefined && v.market.trim() === "") throw new UsageError("--market needs a market code, e.g. US.");
  if (v.market !== undefined) {
    // An unknown market is a usage error (exit 2), as in the other commands.
    try {
      findMarket(v.market);
    } catch (e) {
      throw new UsageError(`--market: ${isCoreError(e) ? errorText(e) : (e as Error).message}`);
    }
  }
  return {
    file: parsed.positionals[0],
    market: v.market ?? null,
    sheet: v.sheet ?? null,
    tolerance: v.tolerance ?? null,
    format,
    orders: v.orders ?? null,
    columns: v.columns ?? null,
    suggestColumns: v["suggest-columns"] ?? null,
    help: false,
  };
}

async function readOrders(file: string): Promise<OrderIndex> {
  const idx = createOrderIndex();
  for await (const row of readRows(file, null, ["orderskulist"])) idx.push(row);
  return idx.finish();
}

function feeJson(f: FeeCheck) {
  return { actual: num(f.actual), expected: num(f.expected), difference: num(f.difference) };
}

function lineJson(l: ReconciledLine) {
  const fees: Record<string, unknown> = {};
  for (const k of SETTLEMENT_FEES) if (l.fees[k]) fees[k] = feeJson(l.fees[k] as FeeCheck);
  const out: Record<string, unknown> = {
    id: l.id,
    type: l.type,
    created: l.created,
    settled: l.settled,
    status: l.status,
    rows: l.rows,
    fees,
  };
  if (l.impliedRate !== null) out.impliedRate = num(l.impliedRate.toDecimalPlaces(6));
  if (l.category !== null) out.category = l.category;
  if (l.reason !== null) out.reason = l.reason;
  if (l.relatedOrderId !== null) out.relatedOrderId = l.relatedOrderId;
  if (l.idLostDigits) out.idLostDigits = true;
  if (l.identityDifference !== null && !l.identityDifference.isZero())
    out.identityDifference = num(l.identityDifference);
  return out;
}

function summaryJson(s: ReconcileSummary, source: Source) {
  const fees: Record<string, unknown> = {};
  for (const k of SETTLEMENT_FEES) {
    const t = s.fees[k];
    if (t)
      fees[k] = {
        actual: num(t.actual),
        expected: num(t.expected),
        difference: num(t.difference),
        checked: t.checked,
        mismatched: t.mismatched,
      };
  }
  return {
    market: s.market,
    currency: s.currency,
    layout: s.layout,
    ...(s.mapped ? { mapped: true } : {}),
    language: s.language,
    ...(source.openApi ? { openApi: { version: source.openApi.version, statements: source.openApi.statements } } : {}),
    rows: s.rows,
    orders: s.orders,
    checked: s.checked,
    matched: s.matched,
    mismatched: s.mismatched,
    notModelled: s.notModelled,
    skipped: s.skipped,
    tolerance: num(s.tolerance),
    fees,
    takeRate: s.takeRate.map((m) => ({
      month: m.month,
      revenue: num(m.revenue),
      fees: num(m.fees),
      rate: m.rate === null ? null : num(m.rate.toDecimalPlaces(6)),
      platformFees: num(m.platformFees),
      platformRate: m.platformRate === null ? null : num(m.platformRate.toDecimalPlaces(6)),
    })),
    largestDifferences: s.largestDifferences.map((l) => l.id),
    identity: s.identity,
    unexplainedFees: { rows: s.unexplainedFees.rows, total: num(s.unexplainedFees.total), ids: s.unexplainedFees.ids },
    notModelledColumns: s.notModelledColumns.map((c) => ({ name: c.name, total: num(c.total) })),
    skippedReasons: s.skippedReasons,
    lostDigitIds: s.lostDigitIds,
    join: s.join,
    affiliateRefunds: s.affiliateRefunds,
  };
}

const CSV_COLUMNS = [
  "id",
  "type",
  "created",
  "settled",
  "status",
  "category",
  "impliedRate",
  ...SETTLEMENT_FEES.flatMap((f) => [`${f}_actual`, `${f}_expected`, `${f}_difference`]),
  "reason",
];

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function lineCsv(l: ReconciledLine): string {
  const cells: unknown[] = [
    l.id,
    l.type,
    l.created,
    l.settled,
    l.status,
    l.category,
    l.impliedRate?.toDecimalPlaces(6),
  ];
  for (const f of SETTLEMENT_FEES) {
    const c = l.fees[f];
    cells.push(c?.actual, c?.expected, c?.difference);
  }
  cells.push(l.reason);
  return cells.map(csvCell).join(",") + "\n";
}

/**
 * The columns a terminal gives a text: East Asian wide characters take two, combining marks (Thai
 * vowels and tone marks, Vietnamese accents typed apart) none, so the table lines up in every
 * language.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (/\p{M}/u.test(ch)) continue;
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

/** Rows as columns: text (the columns `left` names, the first by default) left-aligned, amounts and counts right-aligned. */
function pad(cells: readonly (readonly string[])[], left: readonly number[] = [0]): string {
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i] ?? ""))));
  const fit = (c: string, i: number) => {
    const gap = " ".repeat(widths[i] - displayWidth(c));
    return left.includes(i) ? c + gap : gap + c;
  };
  return cells.map((r) => r.map(fit).join("  ").trimEnd()).join("\n");
}

/** The report's words and number forms in the language the CLI speaks (--lang, else the environment). */
function reportWords() {
  const language = activeLanguage();
  const W = sheetsIn(language);
  const n = numberIn(language);
  const amount = (d: { toString(): string } | null | undefined) =>
    d === null || d === undefined ? "" : n(d.toString());
  const pct = (d: { times(n: number): { toFixed(n: number): string } } | null) =>
    d === null ? "" : `${n(d.times(100).toFixed(2))} %`;
  return { W, R: W.reconciliation, P: W.reconciliation.report, n, amount, pct };
}

/**
 * A skip reason as its group's key says it (summary.ts): the values the English text quotes (one
 * row's cell) shortened to "…", so a reason said for many rows names none of them.
 */
function shortened(said: Message): Message {
  const params = Object.fromEntries(
    Object.entries(said.params).map(([k, v]) => [k, said.text.includes(`"${String(v)}"`) ? "…" : v]),
  );
  return { ...said, params };
}

/** A bracketed addition after a text: a space before it, none before a full-width bracket (Chinese, Japanese). */
const beside = (text: string) => (/^[\u3000-\u303f\uff00-\uffef]/.test(text) ? text : ` ${text}`);

/** An inferred category in the CLI's language; a joined one (a rate-book key) as it is. */
const categoryIn = (label: CategoryLabel | null | undefined, category: string | null | undefined): string =>
  label ? categoryText(label, say) : (category ?? "");

function table(s: ReconcileSummary, source: Source): string {
  const { W, R, P, n, amount, pct } = reportWords();
  /** The first five of `total` items, "…" after them when there are more. */
  const fewOf = (items: readonly string[], total: number) =>
    items.slice(0, 5).join(P.listJoiner) + (total > 5 ? P.listJoiner + "…" : "");
  const firstOf = (ids: readonly string[], total: number) =>
    ids.length ? beside(fill(P.first, { ids: fewOf(ids, total) })) : "";
  const out: string[] = [];
  const read = source.openApi
    ? fill(source.openApi.statements.length ? P.openApiReadStatements : P.openApiRead, {
        version: source.openApi.version,
        transactions: n(source.openApi.rows.length),
        statements: n(source.openApi.statements.length),
      })
    : fill(P.fileRead, {
        layout: say(layoutTitleOf(s)),
        language: s.language,
        row: n(s.headerRow),
      });
  out.push(fill(P.context, { read, market: s.market, currency: s.currency, tolerance: amount(s.tolerance) }));
  out.push(
    fill(P.counts, {
      rows: n(s.rows),
      orders: n(s.orders),
      checked: n(s.checked),
      matched: n(s.matched),
      mismatched: n(s.mismatched),
      notModelled: n(s.notModelled),
      skipped: n(s.skipped),
    }),
  );
  const feeRows = SETTLEMENT_FEES.filter((f) => s.fees[f]).map((f) => {
    const t = s.fees[f]!;
    const none = t.checked === 0;
    return [
      W.fees[f],
      amount(t.actual),
      none ? R.statuses.notModelled : amount(t.expected),
      none ? "" : amount(t.difference),
      n(t.checked),
      n(t.mismatched),
    ];
  });
  if (feeRows.length) {
    const header = [R.fee, R.chargedTotal, R.expectedTotal, R.differenceTotal, P.checked, R.mismatched];
    out.push("", pad([header, ...feeRows]));
  }
  if (s.takeRate.length) {
    out.push(
      "",
      P.takeRateTitle,
      // The sheet's columns, in the sheet's order: month, take rate, revenue, fees, platform fees, platform rate.
      pad([
        R.takeRateHeader,
        ...s.takeRate.map((m) => [
          m.month,
          pct(m.rate),
          amount(m.revenue),
          amount(m.fees),
          amount(m.platformFees),
          pct(m.platformRate),
        ]),
      ]),
    );
  }
  if (s.largestDifferences.length) {
    out.push(
      "",
      P.largestTitle,
      pad(
        [
          [R.id, R.created, R.fee, R.chargedTotal, R.expectedTotal, R.differenceTotal, P.about],
          ...s.largestDifferences.flatMap((l) =>
            SETTLEMENT_FEES.filter((f) => l.fees[f]?.status === "mismatch").map((f) => {
              const c = l.fees[f]!;
              // The commission's own category and the rate the charge implies; any other fee, the
              // category its rate fits and the rate the rule applied.
              const about =
                f === "commission"
                  ? `${categoryIn(l.categoryLabel, l.category)}${l.impliedRate ? beside(fill(P.implied, { rate: pct(l.impliedRate) })) : ""}`
                  : `${categoryIn(c.categoryLabel, c.category)}${c.rate ? beside(fill(P.ruleRate, { rate: pct(c.rate) })) : ""}`;
              return [
                l.id,
                l.created ?? "",
                W.fees[f],
                amount(c.actual),
                amount(c.expected),
                amount(c.difference),
                about.trim(),
              ];
            }),
          ),
        ],
        [0, 1, 2, 6],
      ),
    );
  }
  out.push(
    "",
    fill(P.identity, { checked: n(s.identity.checked), broken: n(s.identity.broken) }) +
      (s.identity.broken ? firstOf(s.identity.brokenIds, s.identity.broken) : ""),
  );
  out.push(fill(P.unexplained, { rows: n(s.unexplainedFees.rows), total: amount(s.unexplainedFees.total) }));
  if (s.notModelledColumns.length) {
    out.push(
      fill(P.notModelledColumns, {
        // Column names as the file writes them, quoted: they are the file's words, not the report's.
        columns: s.notModelledColumns.map((c) => `"${c.name}" (${amount(c.total)})`).join(P.listJoiner),
      }),
    );
  }
  for (const [key, count] of Object.entries(s.skippedReasons)) {
    const said = s.skippedMessages[key];
    const reason = key === OTHER_REASONS ? P.otherReasons : said ? say(shortened(said)).slice(0, 120) : key;
    out.push(fill(P.skipped, { count: n(count), reason }));
  }
  if (s.lostDigitIds) out.push(fill(P.lostDigits, { count: n(s.lostDigitIds) }));
  if (s.affiliateRefunds.count > 0) {
    const a = s.affiliateRefunds;
    const unmatched = a.unmatchedCount
      ? P.joiner +
        fill(P.affiliateUnmatched, { count: n(a.unmatchedCount) }) +
        firstOf(
          a.unmatched.map((u) => `${u.id} → ${u.relatedOrderId ?? P.noRelatedOrder}`),
          a.unmatchedCount,
        )
      : "";
    out.push(fill(P.affiliate, { count: n(a.count), matched: n(a.matched) }) + unmatched);
  }
  if (s.join) {
    const j = s.join;
    const ids = (shown: readonly string[], total: number) => (shown.length ? ` (${fewOf(shown, total)})` : "");
    out.push(
      [
        fill(P.ordersFile, { orders: n(j.ordersRead) }),
        fill(P.unsettled, { count: n(j.unsettledCount) }) +
          ids(
            j.unsettled.map((u) => u.id),
            j.unsettledCount,
          ),
        fill(P.noOrder, { count: n(j.noOrderCount) }) + ids(j.noOrder, j.noOrderCount),
      ].join(P.joiner),
    );
  }
  return out.join("\n") + "\n";
}

/** The --columns file, parsed strictly (an unconfirmed mapping is refused). */
function readMapping(file: string): ColumnMapping {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    throw unreadable("file.notFound", { file });
  }
  return parseColumnMapping(text);
}

/**
 * After the refusal of an unknown header: the suggested mapping (unconfirmed) on stderr, and in
 * --suggest-columns FILE when given, with how to use it. Only the first rows are read again.
 */
async function suggestFor(args: Args, err: Sink): Promise<void> {
  const rows: Cell[][] = [];
  try {
    for await (const row of readRows(args.file, args.sheet, SETTLEMENT_SHEETS)) {
      rows.push(row);
      if (rows.length >= HEADER_SCAN_ROWS + SAMPLE_ROWS) break;
    }
  } catch {
    return;
  }
  const s = suggestMapping(rows);
  if (!s) return;
  const json = JSON.stringify(s.mapping, null, 2);
  const { P } = reportWords();
  const left = s.leftToUser.length > 0 ? ` ${fill(P.notFound, { keys: s.leftToUser.join(P.listJoiner) })}` : "";
  if (args.suggestColumns) fs.writeFileSync(args.suggestColumns, json + "\n");
  const check = args.suggestColumns ? fill(P.checkWritten, { file: args.suggestColumns }) : P.checkPrinted;
  err.write(`\n${P.suggested}${left}\n${json}\n${check}\n`);
}

/** Runs `reconcile` with its arguments (after the command name). */
export async function reconcileCommand(argv: string[], out: Sink, err: Sink): Promise<number> {
  let args: Args;
  try {
    args = readArgs(argv);
  } catch (e) {
    err.write(`${(e as Error).message}\n\n${RECONCILE_HELP}\n`);
    return EXIT_USAGE;
  }
  if (args.help) {
    out.write(`${RECONCILE_HELP}\n`);
    return EXIT_OK;
  }
  let started = false;
  try {
    // The mapping is read and checked first: an unconfirmed or invalid one stops before any output.
    const mapping = args.columns ? readMapping(args.columns) : null;
    const orders = args.orders ? await readOrders(args.orders) : null;
    const pending: ReconciledLine[] = [];
    const reconciler = createReconciler({
      market: args.market,
      fileName: path.basename(args.file),
      tolerance: args.tolerance,
      orders,
      mapping,
      // The table prints the summary only: lines are dropped as they come, so memory stays bounded.
      onLine: args.format === "table" ? () => undefined : (l) => pending.push(l),
    });
    const flush = async () => {
      if (pending.length === 0) return;
      let chunk = "";
      for (const l of pending) {
        if (args.format === "json") {
          chunk += `${started ? "," : '{"lines":['}\n${JSON.stringify(lineJson(l))}`;
        } else {
          chunk += `${started ? "" : CSV_COLUMNS.join(",") + "\n"}${lineCsv(l)}`;
        }
        started = true;
      }
      pending.length = 0;
      await write(out, chunk);
    };
    const source: Source = { openApi: null };
    for await (const row of readRows(args.file, args.sheet, SETTLEMENT_SHEETS, source)) {
      reconciler.push(row);
      if (pending.length >= 256) await flush();
    }
    const summary = reconciler.finish();
    await flush();
    if (args.format === "json") {
      const body = JSON.stringify(summaryJson(summary, source));
      await write(out, `${started ? "\n]," : '{"lines":[],'}${body.slice(1)}\n`);
    } else if (args.format === "csv") {
      if (!started) await write(out, CSV_COLUMNS.join(",") + "\n");
    } else {
      await write(out, table(summary, source));
    }
    return EXIT_OK;
  } catch (e) {
    // Every message in the CLI's language (--lang, else the environment): the file's, the reader's.
    if (e instanceof SheetNotFound) {
      err.write(`${say(e.said)}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof UsageError) {
      err.write(`${e.message}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof ReadError || isCoreError(e)) {
      err.write(`${e instanceof ReadError ? say(e.said) : errorText(e)}\n`);
      if (isCoreError(e) && e.key === "settlement.notKnownLayout" && !started) await suggestFor(args, err);
      return EXIT_UNREADABLE;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === "string") {
      err.write(`${say(message("file.unreadable", { file: args.file, code }))}\n`);
      return EXIT_UNREADABLE;
    }
    const reason = (e as Error).message ?? String(e);
    err.write(`${say(message("file.notReconciled", { file: args.file, reason }))}\n`);
    return EXIT_UNREADABLE;
  }
}
