/**
 * `npm run bench`: speed and size, measured side by side in one process (medians of repeated runs),
 * with the ratios that matter. Never a timed test: the numbers are printed, not asserted.
 *   1. Core: SHOPFEE calls per second through the Decimal path, the integer fast path, the adapter, and the same
 *      arithmetic with plain JS numbers (the speed limit).
 *   2. Sheet recalculation: a catalog of 1,000 / 10,000 / 100,000 rows in the formula engine with
 *      TIKTOK.* formulas versus the same sheet in plain spreadsheet arithmetic (after a warm-up).
 *   3. Template insertion: context.sync() calls and Excel API calls per template (counting fake).
 *   4. Bundles: what the shared-runtime page of the production build loads before the functions
 *      register, and all it loads at start (gzipped; bundles.functions / bundles.page in --json).
 *   5. Reconcile: rows/s on a 100,000-row statement CSV, the ratio to parsing it alone, and the
 *      peak memory of a 1,000,000-row file (reconcile in --json); the same for a 200,000-row xlsx
 *      read by the streaming reader, beside SheetJS's peak memory on it, and the 1,000,000-row xlsx
 *      with `--xlsx-1m` or BENCH_XLSX_1M=1 (xlsx in --json).
 * `--json` adds one JSON object on the last line.
 */
import fs from "fs";
import path from "path";
import zlib from "zlib";
import { requireMargin, shopFeeTotal, shopFees, shopProfit, shopProfitFigure } from "../core/shop";
import { EngineWorkbook } from "../engine/workbook";
import { applyPlan } from "../excel/applyPlan";
import { REGISTRY } from "../functions/registry";
import { TEMPLATES } from "../templates";
import { SheetBuilder } from "../templates/builder";
import type { SheetPlan } from "../templates/plan";
import { benchReconcile, benchXlsx } from "./reconcileBench";

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Runs `fn` `reps` times after a warm-up and gives the median milliseconds. */
function timeIt(fn: () => void, reps: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

function callsPerSecond(fn: (i: number) => void, calls: number, reps: number): number {
  const ms = timeIt(() => {
    for (let i = 0; i < calls; i++) fn(i);
  }, reps);
  return calls / (ms / 1000);
}

function benchCore() {
  const prices = Array.from({ length: 1000 }, (_, i) => 5 + (i % 200) * 0.37);
  const calls = 20_000;
  const core = callsPerSecond((i) => shopFees({ price: prices[i % 1000], market: "US" }), calls, 7);
  // What SHOPFEE runs: the integer fast path where it is proven exact (the Decimal path otherwise).
  const fast = callsPerSecond((i) => shopFeeTotal({ price: prices[i % 1000], market: "US" }), calls * 10, 7);
  const adapterImpl = REGISTRY.find((s) => s.id === "SHOPFEE")!.impl;
  const adapter = callsPerSecond((i) => adapterImpl(prices[i % 1000], "US"), calls * 5, 7);
  // SHOPMARGIN: the whole profit breakdown and a division; Decimal path, integer path, through its spec.
  const marginDecimal = callsPerSecond(
    (i) => requireMargin(shopProfit({ price: prices[i % 1000], unitCost: 2, market: "US" })),
    calls,
    7,
  );
  const marginFast = callsPerSecond(
    (i) => shopProfitFigure({ price: prices[i % 1000], unitCost: 2, market: "US" }, "margin"),
    calls * 10,
    7,
  );
  const marginImpl = REGISTRY.find((s) => s.id === "SHOPMARGIN")!.impl;
  const marginAdapter = callsPerSecond((i) => marginImpl(prices[i % 1000], 2, "US"), calls * 5, 7);
  let sink = 0;
  const plain = callsPerSecond(
    (i) => {
      sink += Math.round(prices[i % 1000] * 0.06 * 100) / 100;
    },
    1_000_000,
    7,
  );
  if (sink < 0) console.log(sink);
  return {
    coreCallsPerSecond: core,
    fastPathCallsPerSecond: fast,
    adapterCallsPerSecond: adapter,
    marginDecimalCallsPerSecond: marginDecimal,
    marginFastPathCallsPerSecond: marginFast,
    marginAdapterCallsPerSecond: marginAdapter,
    plainCallsPerSecond: plain,
    ratioCoreToPlain: plain / core,
    ratioFastToPlain: plain / fast,
  };
}

function catalogPlan(rows: number, tiktok: boolean): SheetPlan {
  const b = new SheetBuilder("bench", tiktok ? "TikTok" : "Plain");
  b.set("A1", "Price").set("B1", "Fees").set("C1", "Net").set("D1", "Margin");
  for (let r = 2; r <= rows + 1; r++) {
    // Every price distinct, as in a real catalog (no repeated inputs to cache).
    b.set(`A${r}`, 5 + r * 0.01);
    if (tiktok) {
      b.set(`B${r}`, `=TIKTOK.SHOPFEE(A${r},"US")`);
      b.set(`C${r}`, `=TIKTOK.SHOPNET(A${r},"US")`);
      b.set(`D${r}`, `=TIKTOK.SHOPMARGIN(A${r},2,"US")`);
    } else {
      // The same arithmetic for one fixed market and category, in plain spreadsheet formulas.
      b.set(`B${r}`, `=ROUND(A${r}*0.06,2)`);
      b.set(`C${r}`, `=A${r}-B${r}`);
      b.set(`D${r}`, `=(C${r}-2)/A${r}`);
    }
  }
  return b.build();
}

/**
 * Each sheet is loaded into a fresh workbook (parse, build the graph, evaluate every cell) `reps`
 * times after one untimed load of both sheets, and the median taken: Excel keeps the add-in's
 * runtime loaded between recalculations, so steady state is what a seller waits for. The first,
 * cold load of the 1,000-row sheets is reported too (JIT warm-up of the engine and of our code).
 */
function benchRecalc(sizes: number[]) {
  return sizes.map((rows, index) => {
    const reps = rows >= 100_000 ? 1 : rows >= 10_000 ? 5 : 9;
    const plans = { tiktok: catalogPlan(rows, true), plain: catalogPlan(rows, false) };
    const load = (plan: SheetPlan) => {
      const wb = new EngineWorkbook();
      const t0 = process.hrtime.bigint();
      wb.addPlan(plan);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      wb.destroy();
      return ms;
    };
    const firstTiktokMs = load(plans.tiktok);
    const firstPlainMs = load(plans.plain);
    const tiktok: number[] = [];
    const plain: number[] = [];
    // Alternating, so drift on a shared machine touches both alike.
    for (let i = 0; i < reps; i++) {
      tiktok.push(load(plans.tiktok));
      plain.push(load(plans.plain));
    }
    const tiktokMs = median(tiktok);
    const plainMs = median(plain);
    return {
      rows,
      tiktokMs,
      plainMs,
      ratio: tiktokMs / plainMs,
      ...(index === 0 ? { firstLoadRatio: firstTiktokMs / firstPlainMs } : {}),
    };
  });
}

/** Counts syncs and queued Excel API calls (property writes and method calls). */
async function countInsertion(plan: SheetPlan) {
  let syncs = 0;
  let calls = 0;
  const recorder = (): unknown =>
    new Proxy(function () {}, {
      get: (_t, prop) => (prop === "then" ? undefined : recorder()),
      set: () => {
        calls++;
        return true;
      },
      apply: () => {
        calls++;
        return recorder();
      },
    });
  const context = {
    workbook: {
      worksheets: { load: () => calls++, items: [{ name: "Sheet1" }], add: () => (calls++, recorder()) },
      tables: { load: () => calls++, items: [] },
    },
    sync: async () => {
      syncs++;
    },
  } as unknown as Excel.RequestContext;
  await applyPlan(context, plan);
  return { syncs, calls };
}

async function benchInsertion() {
  const out: { template: string; cells: number; syncs: number; apiCalls: number }[] = [];
  for (const t of TEMPLATES) {
    const plan = t.build({ market: "US" });
    const c = await countInsertion(plan);
    out.push({ template: t.id, cells: plan.cells.length, syncs: c.syncs, apiCalls: c.calls });
  }
  const big = catalogPlan(10_000, true);
  const c = await countInsertion(big);
  out.push({ template: "catalog, 10,000 rows", cells: big.cells.length, syncs: c.syncs, apiCalls: c.calls });
  return out;
}

export interface LoadSize {
  /** The files, in the order the page loads them. */
  readonly files: readonly string[];
  readonly bytes: number;
  /** Each file gzipped on its own (gzip -9), as a server sends them, summed. */
  readonly gzipBytes: number;
}

function sizeOf(dist: string, files: readonly string[]): LoadSize {
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const raw = fs.readFileSync(path.join(dist, file));
    bytes += raw.length;
    gzipBytes += zlib.gzipSync(raw, { level: 9 }).length;
  }
  return { files, bytes, gzipBytes };
}

/**
 * What the shared-runtime page of a production build loads, read from its taskpane.html:
 * - functions: every script up to and including functions.js (deferred scripts run in document
 *   order, so all of these load before the functions register with Excel);
 * - page: the page itself, its style sheets and all its scripts — everything before any import().
 * Office.js from Microsoft's CDN is not counted.
 */
export function pageLoad(dist: string): { functions: LoadSize; page: LoadSize } {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const local = (src: string) => !/^(https?:)?\/\//i.test(src);
  const scripts = [...html.matchAll(/<script\b[^>]*?\bsrc=["']?([^"'\s>]+)/gi)].map((m) => m[1]).filter(local);
  const styles = [...html.matchAll(/<link\b[^>]*?\bhref=["']?([^"'\s>]+)/gi)]
    .filter((m) => /\brel=["']?stylesheet/i.test(m[0]) || /\.css$/i.test(m[1]))
    .map((m) => m[1])
    .filter(local);
  const registers = scripts.indexOf("functions.js");
  if (registers < 0) throw new Error(`taskpane.html in ${dist} loads no functions.js`);
  return {
    functions: sizeOf(dist, scripts.slice(0, registers + 1)),
    page: sizeOf(dist, ["taskpane.html", ...styles, ...scripts]),
  };
}

function benchBundles(root: string): { functions: LoadSize; page: LoadSize } | null {
  const dist = path.join(root, "dist");
  return fs.existsSync(path.join(dist, "taskpane.html")) ? pageLoad(dist) : null;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

export async function main(argv: string[]): Promise<void> {
  const json = argv.includes("--json");
  const quick = argv.includes("--quick");
  const root = path.resolve(__dirname, "../../..");

  console.log("1. Core: SHOPFEE and SHOPMARGIN calls per second (median of 7 runs)");
  const core = benchCore();
  console.log(
    `   Decimal path ${fmt(core.coreCallsPerSecond)}/s · fast path ${fmt(core.fastPathCallsPerSecond)}/s (target ≥ 3,000,000) · adapter ${fmt(core.adapterCallsPerSecond)}/s · plain JS numbers ${fmt(core.plainCallsPerSecond)}/s`,
  );
  console.log(
    `   ratio plain / Decimal path = ${core.ratioCoreToPlain.toFixed(1)}× · plain / fast path = ${core.ratioFastToPlain.toFixed(1)}×`,
  );
  console.log(
    `   SHOPMARGIN (whole profit breakdown): Decimal path ${fmt(core.marginDecimalCallsPerSecond)}/s · integer path ${fmt(core.marginFastPathCallsPerSecond)}/s · adapter ${fmt(core.marginAdapterCallsPerSecond)}/s`,
  );

  console.log("2. Sheet recalculation in the formula engine (catalog with fees, net and margin per row)");
  const recalc = benchRecalc(quick ? [1000] : [1000, 10_000, 100_000]);
  for (const r of recalc) {
    console.log(
      `   ${fmt(r.rows)} rows: TIKTOK.* ${r.tiktokMs.toFixed(0)} ms · plain formulas ${r.plainMs.toFixed(0)} ms · ratio ${r.ratio.toFixed(2)} (target ≤ 1.5)` +
        (r.firstLoadRatio === undefined ? "" : ` · first, cold load ${r.firstLoadRatio.toFixed(2)}`),
    );
  }

  console.log("3. Template insertion into Excel (counting fake context)");
  const insertion = await benchInsertion();
  for (const i of insertion)
    console.log(
      `   ${i.template}: ${fmt(i.cells)} cells, ${i.syncs} syncs, ${fmt(i.apiCalls)} API calls (target ≤ 3 syncs)`,
    );

  console.log("4. Bundles (production build in dist/, each file gzip -9)");
  const bundles = benchBundles(root);
  if (bundles) {
    const line = (what: string, s: LoadSize, target: string) =>
      console.log(
        `   ${what}: ${kb(s.bytes)} raw, ${kb(s.gzipBytes)} gzipped (${s.files.join(" + ")}; target ${target})`,
      );
    line("before the functions register", bundles.functions, "≤ 60 KB gzipped");
    line("taskpane.html at start", bundles.page, "≤ 110 KB gzipped");
  } else {
    console.log("   not built (run npm run build first)");
  }

  console.log("5. Statement reconciliation (generated US statement CSV, csv-parse, CPU time)");
  const reconcile = quick ? null : await benchReconcile();
  if (reconcile) {
    console.log(
      `   ${fmt(reconcile.rowsPerSecond)} rows/s on 100,000 rows · ratio to parsing ${reconcile.ratioToParse.toFixed(2)} (target ≤ 3) · peak RSS for 1,000,000 rows ${reconcile.peakRssMb1M.toFixed(0)} MB (target < 300)`,
    );
  } else {
    console.log("   skipped (--quick)");
  }
  const million = argv.includes("--xlsx-1m") || process.env.BENCH_XLSX_1M === "1";
  const xlsx = quick ? null : await benchXlsx({ million, sheetJs: true });
  if (xlsx) {
    console.log(
      `   xlsx (streaming reader, shared strings, stale <dimension>): ${fmt(xlsx.rowsPerSecond)} rows/s on ${fmt(xlsx.rows)} rows · ratio to reading alone ${xlsx.ratioToParse.toFixed(2)} · peak RSS ${xlsx.peakRssMb200k} MB for 200,000 rows (SheetJS reading the whole file: ${xlsx.sheetJsPeakRssMb200k ?? "—"} MB) · ${
        xlsx.peakRssMb1M === null ? "1,000,000 rows: add --xlsx-1m" : `${xlsx.peakRssMb1M} MB for 1,000,000 rows`
      }`,
    );
  }

  if (json)
    console.log(
      JSON.stringify({
        machine: { node: process.version, cpus: (await import("os")).cpus().length },
        core,
        recalc,
        insertion,
        bundles,
        reconcile,
        xlsx,
      }),
    );
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
