/**
 * The `reconcile` group of `npm run bench`:
 *  - rowsPerSecond: a generated 100,000-row US statement CSV read with csv-parse and reconciled
 *    (lines discarded as the CLI discards them after writing), per CPU second;
 *  - ratioToParse: that time ÷ parsing the same file with the same parser and options alone
 *    (goal ≤ 3);
 *  - peakRssMb1M: peak resident memory of a child process running the CLI command on a
 *    1,000,000-row CSV with csv output to a null sink (goal < 300 MB).
 * Numbers are printed by the caller, never asserted.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { once } from "events";
import { parse } from "csv-parse";
import { createReconciler } from "../core/settlement";

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
  ].join(",");
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

/** Peak RSS (MB) of a child running the compiled CLI command on a 1,000,000-row CSV. */
function peakRssOfChild(file: string): number {
  const command = path.resolve(__dirname, "../cli/reconcile.js");
  const script = `
    const { Writable } = require("stream");
    const { reconcileCommand } = require(${JSON.stringify(command)});
    const nul = new Writable({ write(_c, _e, done) { done(); } });
    reconcileCommand([${JSON.stringify(file)}, "--format", "csv"], nul, process.stderr).then((code) => {
      process.stdout.write(JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS }));
    });`;
  const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 1 << 20 });
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

if (require.main === module) {
  void benchReconcile().then((r) => console.log(JSON.stringify(r)));
}
