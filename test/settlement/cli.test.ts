/** `reconcile` on files: CSV and xlsx in real layouts, the JSON shape, bad files and usage errors. */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import * as XLSX from "@e965/xlsx";
import { runReconcile as run } from "../support/reconcileCli";
import {
  MY_INCOME,
  ORDER_EXPORT,
  myOrder,
  ORDER_EXPORT_DESCRIPTION,
  UK_UNSETTLED,
  US_STATEMENT,
  csvText,
  rowOf,
  usOrder,
} from "./layouts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reconcile-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

function xlsx(sheets: Record<string, unknown[][]>): Buffer {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  return XLSX.write(wb, { type: "buffer", bookType: "xlsx" }) as Buffer;
}

const US_ROWS = [
  US_STATEMENT,
  usOrder({
    id: "576460752303423488",
    created: "2025/03/01",
    net: "22.00",
    tax: "1.20",
    platformDiscount: "2.00",
    referral: "-1.32",
  }),
  usOrder({
    id: "576460752303423489",
    created: "2025/03/01",
    net: "22.00",
    tax: "1.20",
    platformDiscount: "2.00",
    referral: "-1.50",
  }),
];

test("JSON output has the issue's shape: summary fields and lines with string IDs and fees", async () => {
  const r = await run(file("us.csv", csvText(US_ROWS)), "--format", "json");
  expect(r.code).toBe(0);
  expect(r.err).toBe("");
  const j = JSON.parse(r.out);
  expect(j).toMatchObject({
    market: "US",
    currency: "USD",
    rows: 2,
    checked: 2,
    matched: 1,
    mismatched: 1,
    notModelled: 0,
  });
  expect(j.fees.commission).toMatchObject({ actual: -2.82, expected: -2.64, difference: -0.18 });
  expect(j.lines).toHaveLength(2);
  expect(j.lines[1]).toMatchObject({
    id: "576460752303423489",
    type: "Order",
    created: "2025-03-01",
    status: "mismatch",
    fees: { commission: { actual: -1.5, expected: -1.32, difference: -0.18 } },
  });
  expect(typeof j.lines[0].id).toBe("string");
  expect(j.lines[0].impliedRate).toBe(0.06);
});

test("table and csv formats; the tolerance widens a match", async () => {
  const p = file("us2.csv", csvText(US_ROWS));
  const t = await run(p);
  expect(t.code).toBe(0);
  expect(t.out).toMatch(/matched 1 · mismatched 1/);
  expect(t.out).toMatch(/576460752303423489\s+2025-03-01\s+Commission\s+-1\.5\s+-1\.32\s+-0\.18/);
  const c = await run(p, "--format", "csv");
  const lines = c.out.trim().split("\n");
  expect(lines[0].startsWith("id,type,created,settled,status,category,impliedRate,commission_actual")).toBe(true);
  expect(lines[2].startsWith("576460752303423489,Order,2025-03-01")).toBe(true);
  const wide = await run(p, "--tolerance", "0.20", "--format", "json");
  expect(JSON.parse(wide.out).mismatched).toBe(0);
});

test("largest differences: a fee other than the commission shows the rate its rule applied, not the commission's", async () => {
  // MY: transaction fee 3.78 % × customer payment 73.50 = 2.78; the file charges 3.00.
  const row = myOrder("578000000000000001", {
    "Total settlement amount": "86.46",
    "Total fees": "-3.54",
    "Transaction fee": "-3.00",
  });
  const t = await run(file("my.csv", csvText([MY_INCOME, row])));
  const table = t.out.slice(t.out.indexOf("Largest differences"));
  expect(table).toMatch(/578000000000000001\s+2026-03-02\s+Transaction fee\s+-3\s+-2\.78\s+-0\.22\s+\(rule 3\.78 ?%\)/);
  const transactionRow = table.split("\n").find((l) => /\sTransaction fee\s/.test(l))!;
  expect(transactionRow).not.toMatch(/implied|nearest/);
});

test("xlsx: banner rows above the header (US unsettled), the sheet chosen by layout or by --sheet", async () => {
  const header = [
    "Type",
    "Order/adjustment ID",
    "Currency",
    "Total estimated settlement amount",
    "Estimated Settle time",
    "Order created date",
    "Net sales",
    "Shipping",
    "Fees",
    "Referral fee",
    "Adjustment amount",
    "Customer payment",
    "Platform discounts",
    "Sales tax payment",
  ];
  const rows = [
    ["The amounts below are estimates."],
    ["Download time", "2026/06/12 10:00:00"],
    ["Total Transactions", 1],
    [],
    header,
    [
      "Order",
      "576460752303423490",
      "USD",
      18.8,
      "Delivered + 1 days",
      "2026/06/01",
      20,
      0,
      -1.2,
      -1.2,
      0,
      21.2,
      0,
      1.2,
    ],
  ];
  const p = file(
    "Onhold-unsettled-orders.xlsx",
    xlsx({ Notes: [["nothing here"]], "Unsettled order and adjustment": rows }),
  );
  const r = await run(p, "--format", "json");
  expect(r.err).toBe("");
  const j = JSON.parse(r.out);
  expect(j.layout).toBe("unsettled");
  expect(j.lines[0]).toMatchObject({ id: "576460752303423490", status: "match" });
  expect(j.identity).toMatchObject({ checked: 1, broken: 0 });
  expect((await run(p, "--sheet", "Notes")).code).toBe(1);
  const missing = await run(p, "--sheet", "Nope");
  expect(missing.code).toBe(2);
  expect(missing.err).toMatch(/--sheet "Nope" is not in .*sheets: Notes, Unsettled order and adjustment/);
});

test("--orders joins the order export (description row skipped) and lists unsettled and unmatched IDs", async () => {
  const orders = [
    ORDER_EXPORT,
    ORDER_EXPORT_DESCRIPTION,
    rowOf(ORDER_EXPORT, {
      "Order ID": "576460752303423488\t",
      "Order Status": "Completed",
      "Created Time": "01/03/2025 10:00:00\t",
    }),
    rowOf(ORDER_EXPORT, {
      "Order ID": "576460752303423777\t",
      "Order Status": "Delivered",
      "Created Time": "02/03/2025 10:00:00\t",
    }),
  ];
  const r = await run(
    file("us3.csv", csvText(US_ROWS)),
    "--orders",
    file("All order-2025.csv", csvText(orders)),
    "--format",
    "json",
  );
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out).join).toMatchObject({
    ordersRead: 2,
    unsettled: [{ id: "576460752303423777", status: "Delivered", created: "2025-03-02" }],
    noOrder: ["576460752303423489"],
  });
});

test("UK unsettled CSV with amounts as `GBP 8.00`-style text and two Related order ID columns", async () => {
  const row = rowOf(UK_UNSETTLED, {
    Type: "Order",
    "Order/adjustment ID": "580000000000000001",
    Currency: "GBP",
    "Total estimated settlement amount": "GBP 20.92",
    "Order created date": "20/11/2025",
    "Net sales": "GBP 20.00",
    Shipping: "GBP 2.99",
    Fees: "GBP -2.07",
    "TikTok Shop commission fee": "GBP -2.07",
    "Customer payment": "GBP 22.99",
  });
  const r = await run(file("uk.csv", csvText([UK_UNSETTLED, row])), "--format", "json");
  expect(r.err).toBe("");
  expect(JSON.parse(r.out)).toMatchObject({
    market: "UK",
    matched: 1,
    lines: [{ id: "580000000000000001", created: "2025-11-20" }],
  });
});

describe("bad files: exit 1 with a message and no stack trace", () => {
  const cases: [string, () => string, RegExp][] = [
    ["0-byte file", () => file("empty.csv", ""), /is empty \(0 bytes\)/],
    ["binary file", () => file("photo.csv", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3])), /binary file/],
    [
      "truncated xlsx",
      () => file("cut.xlsx", xlsx({ "Order details": US_ROWS }).subarray(0, 300)),
      /cannot be read as an xlsx workbook/,
    ],
    ["xlsx-named text", () => file("fake.xlsx", "Order ID,Price\n1,2\n"), /not an Excel workbook/],
    [
      "no known header",
      () => file("other.csv", "Name,Price,Stock\nMug,5,3\n"),
      /Not a TikTok Shop settlement export.*Found: row 1 reads "Name", "Price", "Stock"/,
    ],
    [
      "header but no rows",
      () => file("header.csv", csvText([US_STATEMENT])),
      /has a header \(row 1\) but no data rows/,
    ],
    [
      "an empty sheet",
      () => file("blank.xlsx", xlsx({ "Order details": [] })),
      /Not a TikTok Shop settlement export.*no text in the first rows/,
    ],
    ["a missing file", () => path.join(dir, "nope.csv"), /no such file/],
    [
      "EUR without a market",
      () =>
        file(
          "eur.csv",
          csvText([
            US_STATEMENT,
            usOrder({ id: "1", created: "2025/03/01", net: "10", referral: "-0.9" }).map((c) =>
              c === "USD" ? "EUR" : c,
            ),
          ]),
        ),
      /name the market/,
    ],
  ];
  test.each(cases)("%s", async (_name, make, message) => {
    const r = await run(make(), "--format", "json");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.out).toBe("");
  });
});

test("usage errors exit with 2", async () => {
  const p = file("u.csv", csvText(US_ROWS));
  expect((await run()).code).toBe(2);
  expect((await run(p, p)).code).toBe(2);
  expect((await run(p, "--format", "xml")).code).toBe(2);
  expect((await run(p, "--tolerance", "-1")).code).toBe(2);
  expect((await run(p, "--bogus")).code).toBe(2);
  expect((await run("--help")).code).toBe(0);
});

test("tiktok-economics reconcile runs and sets its exit status (npm run build:cli)", () => {
  const bin = path.resolve(__dirname, "../../bin/tiktok-economics.js");
  const ok = spawnSync(process.execPath, [bin, "reconcile", file("s.csv", csvText(US_ROWS)), "--format", "json"], {
    encoding: "utf8",
  });
  expect(ok.status).toBe(0);
  expect(JSON.parse(ok.stdout).mismatched).toBe(1);
  const bad = spawnSync(process.execPath, [bin, "reconcile", file("z.csv", "")], { encoding: "utf8" });
  expect(bad.status).toBe(1);
  expect(bad.stderr).toMatch(/is empty/);
});

test("a semicolon-separated CSV with decimal commas (a decimal-comma locale's save)", async () => {
  const row = rowOf(UK_UNSETTLED, {
    Type: "Order",
    "Order/adjustment ID": "580000000000000002",
    Currency: "GBP",
    "Total estimated settlement amount": "20,92",
    "Order created date": "20/11/2025",
    "Net sales": "20,00",
    Shipping: "2,99",
    Fees: "-2,07",
    "TikTok Shop commission fee": "-2,07",
    "Customer payment": "22,99",
  });
  const text = [UK_UNSETTLED, row]
    .map((r) => r.map((c) => (c === null || c === undefined ? "" : String(c))).join(";"))
    .join("\n");
  const r = await run(file("uk-semicolon.csv", text), "--format", "json");
  expect(r.err).toBe("");
  const j = JSON.parse(r.out);
  expect(j).toMatchObject({ market: "UK", matched: 1 });
  expect(j.lines[0].fees.commission).toEqual({ actual: -2.07, expected: -2.07, difference: 0 });
});

test("IDs survive a CSV file and the JSON output exactly (tabs, apostrophes and quotes around them)", async () => {
  const fc = await import("fast-check");
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(fc.bigInt({ min: 10n ** 17n, max: 10n ** 18n - 1n }).map(String), { minLength: 1, maxLength: 20 }),
      fc.constantFrom("", "\t", "'"),
      async (ids, wrap) => {
        const rows = ids.map((id) => {
          const r = usOrder({ id, created: "2025/03/01", net: "10.00", referral: "-0.60" });
          r[US_STATEMENT.indexOf("Order/adjustment ID")] = wrap === "'" ? `'${id}` : `${id}${wrap}`;
          return r;
        });
        const r = await run(file("ids.csv", csvText([US_STATEMENT, ...rows])), "--format", "json");
        expect(r.err).toBe("");
        expect(JSON.parse(r.out).lines.map((l: { id: string }) => l.id)).toEqual(ids);
      },
    ),
    { numRuns: 15 },
  );
});
