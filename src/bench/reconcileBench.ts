/**
 * The `reconcile` group of `npm run bench`:
 *  - rowsPerSecond: a generated 100,000-row US statement CSV read with csv-parse and reconciled
 *    (lines discarded as the CLI discards them after writing), per CPU second;
 *  - ratioToParse: that time ÷ parsing the same file with the same parser and options alone
 *    (goal ≤ 3);
 *  - peakRssMb1M: peak resident memory of a child process running the CLI command on a
 *    1,000,000-row CSV with csv output to a null sink (goal < 300 MB).
 * and `benchXlsx`, the same on a generated 200,000-row xlsx (shared strings, a stale <dimension>)
 * read by the streaming reader (src/cli/xlsxStream.ts), beside SheetJS's peak memory on that file,
 * and the 1,000,000-row xlsx when asked for.
 * Numbers are printed by the caller, never asserted.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { once } from "events";
import { parse } from "csv-parse";
import { createReconciler } from "../core/settlement";
import { XlsxStreamBook } from "../cli/xlsxStream";
import { writeXlsx } from "./xlsxWrite";

const HEADER = [
  "Statement date (UTC)",
  "Statement ID",
  "Payment ID",
  "Status",
  "Currency",
  "Type",
  "Order/adjustment ID",
  "SKU ID",
  "Quantity",
  "Product name",
  "Order created date",
  "Total settlement amount",
  "Net sales",
  "Shipping",
  "Fees",
  "Transaction fee",
  "Referral fee",
  "Refund administration fee",
  "Affiliate commission",
  "Adjustment amount",
  "Adjustment reason",
  "Related order ID",
  "Customer payment",
  "Customer refund",
  "Platform discounts",
  "Sales tax payment",
  "Sales tax refund",
];

/** One order row priced by the US rule (6 % of payment + platform discount − tax), 1 in 50 off by a cent or more. */
function row(i: number): string {
  return rowCells(i).join(",");
}

function rowCells(i: number): string[] {
  const net = 500 + ((i * 7919) % 20000); // cents
  const tax = Math.round(net * 0.07);
  const pd = i % 5 === 0 ? 100 : 0;
  const referral = Math.round(net * 0.06) + (i % 50 === 0 ? 3 : 0);
  const payment = net - pd + tax;
  const day = 1 + (i % 28);
  const c = (v: number) => (v / 100).toFixed(2);
  const id = (576460752303423488n + BigInt(i)).toString();
  return [
    "2025/04/05",
    "7480000000000000001",
    "P1",
    "Paid",
    "USD",
    "Order",
    id,
    "1729000000000000001",
    "1",
    "Mug",
    `2025/03/${String(day).padStart(2, "0")}`,
    c(net - referral),
    c(net),
    "0.00",
    c(-referral),
    "0.00",
    c(-referral),
    "0.00",
    "0.00",
    "0.00",
    "",
    "",
    c(payment),
    "0.00",
    c(-pd),
    c(tax),
    "0.00",
  ];
}

/** The amount columns: numbers in the xlsx (as TikTok writes them); IDs, dates and names stay text. */
const AMOUNT_COLUMNS = new Set(
  HEADER.map((h, i) => (i >= HEADER.indexOf("Total settlement amount") && !/reason|ID/.test(h) ? i : -1)),
);

/** Writes a generated statement xlsx of `rows` orders: shared strings, and a stale `<dimension>` (as TikTok's). */
export async function writeStatementXlsx(file: string, rows: number): Promise<void> {
  await writeXlsx(file, [
    {
      name: "Order details",
      dimension: "A1:AA2",
      rows: function* () {
        yield HEADER;
        for (let i = 0; i < rows; i++)
          yield rowCells(i).map((v, c) => (v === "" ? null : AMOUNT_COLUMNS.has(c) ? Number(v) : v));
      },
    },
  ]);
}

/** Writes a generated statement CSV of `rows` orders. */
export async function writeStatementCsv(file: string, rows: number): Promise<void> {
  const out = fs.createWriteStream(file);
  out.write(HEADER.join(",") + "\n");
  let chunk = "";
  for (let i = 0; i < rows; i++) {
    chunk += row(i) + "\n";
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}

const PARSE_OPTIONS = { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true } as const;

async function parseOnly(file: string): Promise<number> {
  let n = 0;
  for await (const record of fs.createReadStream(file).pipe(parse(PARSE_OPTIONS))) {
    if (record) n++;
  }
  return n;
}

async function parseAndReconcile(file: string): Promise<number> {
  const r = createReconciler({ onLine: () => undefined });
  for await (const record of fs.createReadStream(file).pipe(parse(PARSE_OPTIONS))) r.push(record);
  return r.finish().rows;
}

/**
 * Median CPU milliseconds (user + system) of `fn`: the bench machine is shared, and wall time there
 * measures the neighbours as much as the code; both sides of the ratio are measured the same way.
 */
async function cpuMs(fn: () => Promise<unknown>, reps: number): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = process.cpuUsage();
    await fn();
    const d = process.cpuUsage(t0);
    times.push((d.user + d.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

async function xlsxParseOnly(file: string): Promise<number> {
  const book = await XlsxStreamBook.open(file);
  let n = 0;
  try {
    for await (const r of book.rows(book.sheets[0])) if (r) n++;
  } finally {
    book.close();
  }
  return n;
}

async function xlsxParseAndReconcile(file: string): Promise<number> {
  const book = await XlsxStreamBook.open(file);
  const r = createReconciler({ onLine: () => undefined });
  try {
    for await (const row of book.rows(book.sheets[0])) r.push(row);
  } finally {
    book.close();
  }
  return r.finish().rows;
}

/** Peak RSS (MB) of a child running the compiled CLI command on a file (csv output to a null sink). */
function peakRssOfChild(file: string): number {
  const command = path.resolve(__dirname, "../cli/reconcile.js");
  const script = `
    const { Writable } = require("stream");
    const { reconcileCommand } = require(${JSON.stringify(command)});
    const nul = new Writable({ write(_c, _e, done) { done(); } });
    reconcileCommand([${JSON.stringify(file)}, "--format", "csv"], nul, process.stderr).then((code) => {
      process.stdout.write(JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS }));
    });`;
  return childRss(script);
}

/** Peak RSS (MB) of a child reading the file as the CLI did before (SheetJS: the whole workbook, dense). */
function peakRssOfSheetJs(file: string): number {
  const script = `
    const XLSX = require("@e965/xlsx");
    const wb = XLSX.read(require("fs").readFileSync(${JSON.stringify(file)}), { type: "buffer", dense: true, cellDates: false, cellFormula: false, cellHTML: false });
    let n = 0;
    for (const row of wb.Sheets[wb.SheetNames[0]]["!data"]) if (row) n++;
    process.stdout.write(JSON.stringify({ code: n > 0 ? 0 : 1, maxRssKb: process.resourceUsage().maxRSS }));`;
  return childRss(script);
}

function childRss(script: string): number {
  const child = spawnSync(process.execPath, ["-e", script], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
    cwd: path.resolve(__dirname, "../../.."),
  });
  if (child.status !== 0) throw new Error(`reconcile child failed: ${child.stderr}`);
  const result = JSON.parse(child.stdout) as { code: number; maxRssKb: number };
  if (result.code !== 0) throw new Error(`reconcile exited with ${result.code}: ${child.stderr}`);
  return result.maxRssKb / 1024;
}

export async function benchReconcile(): Promise<{ rowsPerSecond: number; ratioToParse: number; peakRssMb1M: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-reconcile-"));
  try {
    const small = path.join(dir, "statement-100k.csv");
    await writeStatementCsv(small, 100_000);
    const parseMs = await cpuMs(() => parseOnly(small), 5);
    const reconcileMs = await cpuMs(() => parseAndReconcile(small), 5);
    const big = path.join(dir, "statement-1m.csv");
    await writeStatementCsv(big, 1_000_000);
    const peakRssMb1M = peakRssOfChild(big);
    return {
      rowsPerSecond: Math.round(100_000 / (reconcileMs / 1000)),
      ratioToParse: Math.round((reconcileMs / parseMs) * 100) / 100,
      peakRssMb1M: Math.round(peakRssMb1M),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface XlsxBench {
  rows: number;
  rowsPerSecond: number;
  ratioToParse: number;
  peakRssMb200k: number;
  /** The same 200,000-row file read whole by SheetJS, as the CLI did before (null: not measured). */
  sheetJsPeakRssMb200k: number | null;
  /** Null unless asked for (`--xlsx-1m` or BENCH_XLSX_1M=1): writing and reading it takes a minute or two. */
  peakRssMb1M: number | null;
}

/**
 * xlsx: a generated 200,000-row US statement workbook (shared strings, a stale `<dimension>`) read
 * by the streaming reader and reconciled, per CPU second; the ratio to reading it alone; the peak
 * RSS of the CLI on it (and on 1,000,000 rows when asked), beside SheetJS reading the same file.
 */
export async function benchXlsx(options: { million: boolean; sheetJs: boolean }): Promise<XlsxBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-xlsx-"));
  try {
    const rows = 200_000;
    const file = path.join(dir, "statement-200k.xlsx");
    await writeStatementXlsx(file, rows);
    const parseMs = await cpuMs(() => xlsxParseOnly(file), 3);
    const reconcileMs = await cpuMs(() => xlsxParseAndReconcile(file), 3);
    const peakRssMb200k = peakRssOfChild(file);
    const sheetJsPeakRssMb200k = options.sheetJs ? peakRssOfSheetJs(file) : null;
    let peakRssMb1M: number | null = null;
    if (options.million) {
      const big = path.join(dir, "statement-1m.xlsx");
      fs.rmSync(file);
      await writeStatementXlsx(big, 1_000_000);
      peakRssMb1M = Math.round(peakRssOfChild(big));
    }
    return {
      rows,
      rowsPerSecond: Math.round(rows / (reconcileMs / 1000)),
      ratioToParse: Math.round((reconcileMs / parseMs) * 100) / 100,
      peakRssMb200k: Math.round(peakRssMb200k),
      sheetJsPeakRssMb200k: sheetJsPeakRssMb200k === null ? null : Math.round(sheetJsPeakRssMb200k),
      peakRssMb1M,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args.includes("--xlsx")) {
    void benchXlsx({
      million: args.includes("--xlsx-1m") || process.env.BENCH_XLSX_1M === "1",
      sheetJs: !args.includes("--no-sheetjs"),
    }).then((r) => console.log(JSON.stringify(r)));
  } else {
    void benchReconcile().then((r) => console.log(JSON.stringify(r)));
  }
}
