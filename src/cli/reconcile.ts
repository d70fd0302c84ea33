/**
 * `tiktok-economics reconcile FILE [--market XX] [--sheet NAME] [--tolerance N]
 *  [--format table|json|csv] [--orders FILE] [--columns MAPPING.json] [--suggest-columns OUT.json]`: checks a TikTok Shop settlement export fee by fee
 * against the rate book.
 *
 * The file is read by settlementFile.ts (CSV and xlsx streamed, SheetJS for .xls/.xlsb, saved Open
 * API responses) and the result written by reconcileReport.ts (JSON, CSV, the table in the CLI's
 * language); this module parses the options and streams one into the other, lines going out as each
 * order completes (a million rows in bounded memory). None of it enters the add-in bundle.
 *
 * Exit status: 0 when the file was read (mismatches are findings), 1 when it cannot be read or
 * recognised (a message, no stack trace), 2 for usage errors.
 */
import fs from "fs";
import path from "path";
import { once } from "events";
import { parseArgs } from "util";
import { isCoreError } from "../core/errors";
import { message } from "../core/settlement/messages";
import { errorText, say } from "../i18n/active";
import { fill } from "../templates/sheets";
import { market as findMarket } from "../core/rates/markets";
import {
  type Cell,
  type OrderIndex,
  type ReconciledLine,
  SETTLEMENT_SHEETS,
  createOrderIndex,
  createReconciler,
  type ColumnMapping,
  HEADER_SCAN_ROWS,
  SAMPLE_ROWS,
  parseColumnMapping,
  suggestMapping,
} from "../core/settlement";
import { CSV_COLUMNS, lineCsv, lineJson, reportTable, reportWords, summaryJson } from "./reconcileReport";
import { ReadError, readRows, SheetNotFound, type Source, unreadable, UsageError } from "./settlementFile";

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

/** Writes text, waiting for the stream to drain when it asks to (bounded memory on big output). */
async function write(out: Sink, text: string): Promise<void> {
  if (!out.write(text)) await once(out, "drain");
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
      await write(out, reportTable(summary, source));
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
