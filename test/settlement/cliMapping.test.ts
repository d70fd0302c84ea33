/**
 * The CLI with column mappings (#21): a file whose header no dictionary knows is refused with the
 * suggested mapping (unconfirmed, optionally written with --suggest-columns); --columns applies a
 * confirmed one; an unconfirmed or invalid mapping writes nothing and exits 1.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { runReconcile as run } from "../support/reconcileCli";
import { csvText } from "./layouts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-mapping-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A US file under invented names: referral 6 % of (payment + platform discount − tax). */
const HEADER = ["Ref", "Kind", "Made", "Cur", "Paid out", "Sales", "Charges", "Cut", "Pay fee", "Paid by buyer", "Tax"];
const ROWS = [
  HEADER,
  ["576460752303423488", "Order", "2025/03/01", "USD", "20.68", "22.00", "-1.32", "-1.32", "0", "23.20", "1.20"],
  ["576460752303423489", "Order", "2025/03/02", "USD", "46.40", "50.00", "-3.60", "-3.00", "-0.60", "50.00", "0"],
  ["576460752303423490", "Order", "2025/03/03", "USD", "9.00", "10.00", "-1.00", "-0.60", "-0.40", "10.00", "0"],
];
const file = path.join(dir, "unknown.csv");
fs.writeFileSync(file, csvText(ROWS));

test("an unknown header is refused with the suggested mapping, written with --suggest-columns", async () => {
  const out = path.join(dir, "suggested.json");
  const r = await run(file, "--suggest-columns", out);
  expect(r.code).toBe(1);
  expect(r.out).toBe("");
  expect(r.err).toMatch(/Not a TikTok Shop settlement export/);
  expect(r.err).toMatch(/Suggested column mapping \(not confirmed, so not used\)/);
  const m = JSON.parse(fs.readFileSync(out, "utf8"));
  expect(m).toMatchObject({
    format: "tiktok-economics/columns",
    confirmed: false,
    columns: {
      id: "Ref",
      type: "Kind",
      created: "Made",
      currency: "Cur",
      settlement: "Paid out",
      totalFees: "Charges",
    },
  });
  expect([...m.fees].sort()).toEqual(["Cut", "Pay fee"]);
  // Unconfirmed: refused, nothing written.
  const again = await run(file, "--columns", out, "--format", "json");
  expect(again.code).toBe(1);
  expect(again.out).toBe("");
  expect(again.err).toMatch(/not confirmed/);
});

test("--columns applies a confirmed mapping", async () => {
  const m = {
    format: "tiktok-economics/columns",
    version: 1,
    header: HEADER,
    columns: {
      id: "Ref",
      type: "Kind",
      created: "Made",
      currency: "Cur",
      settlement: "Paid out",
      netSales: "Sales",
      totalFees: "Charges",
      commission: "Cut",
      transaction: "Pay fee",
      customerPayment: "Paid by buyer",
      salesTax: "Tax",
    },
    fees: ["Cut", "Pay fee"],
    confirmed: true,
  };
  const f = path.join(dir, "confirmed.json");
  fs.writeFileSync(f, JSON.stringify(m));
  const r = await run(file, "--columns", f, "--format", "json");
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out);
  expect(j.market).toBe("US");
  expect(j.layout).toBe("statement");
  expect(j.mapped).toBe(true);
  expect(j.lines.map((l: { id: string }) => l.id)).toEqual([
    "576460752303423488",
    "576460752303423489",
    "576460752303423490",
  ]);
  expect(j.identity.broken).toBe(0);
  // The report names the user's mapping, not the layout its keys borrow (US statement details).
  const table = await run(file, "--columns", f);
  expect(table.out).toMatch(/^Your column mapping \(en\), header on row 1: market US \(USD\)/);
  expect(table.out).not.toMatch(/Statement order details/);
});

test("an invalid mapping file: a clear message, exit 1, nothing written", async () => {
  const f = path.join(dir, "bad.json");
  fs.writeFileSync(
    f,
    JSON.stringify({
      format: "tiktok-economics/columns",
      version: 1,
      header: HEADER,
      columns: { id: "Nope" },
      confirmed: true,
    }),
  );
  const r = await run(file, "--columns", f);
  expect(r.code).toBe(1);
  expect(r.out).toBe("");
  expect(r.err).toMatch(/"Nope", which is not in its header/);
  const missing = await run(file, "--columns", path.join(dir, "none.json"));
  expect(missing.code).toBe(1);
  expect(missing.err).toMatch(/no such file/);
});

test("the built CLI (npm run build:cli) prints the suggestion and applies a confirmed mapping", () => {
  const bin = path.resolve(__dirname, "../../bin/tiktok-economics.js");
  const out = path.join(dir, "built.json");
  const refused = spawnSync(process.execPath, [bin, "reconcile", file, "--suggest-columns", out], { encoding: "utf8" });
  expect(refused.status).toBe(1);
  expect(refused.stdout).toBe("");
  expect(refused.stderr).toMatch(/"confirmed": false/);
  const m = JSON.parse(fs.readFileSync(out, "utf8"));
  fs.writeFileSync(out, JSON.stringify({ ...m, confirmed: true }));
  const ok = spawnSync(process.execPath, [bin, "reconcile", file, "--columns", out, "--format", "json"], {
    encoding: "utf8",
  });
  expect(ok.status).toBe(0);
  expect(JSON.parse(ok.stdout).lines).toHaveLength(3);
});
