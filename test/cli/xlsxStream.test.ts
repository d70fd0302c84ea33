/**
 * The streaming xlsx reader (src/cli/xlsxStream.ts) gives the rows SheetJS gives (read as the CLI
 * read them before: dense, raw values, errors and stubs as null), on workbooks written by SheetJS
 * itself (shared strings, inline/str strings, dates as serials and as t="d", numbers as text, empty
 * cells and rows) and by hand (a stale <dimension>, rich text with phonetic runs, `_xHHHH_` escapes,
 * namespaced tags, cells without `r`), and the CLI reconciles an xlsx through it.
 */
import fs from "fs";
import os from "os";
import path from "path";
import * as XLSX from "@e965/xlsx";
import { XlsxStreamBook } from "../../src/cli/xlsxStream";
import { writeXlsx, writeZip } from "../../src/bench/xlsxWrite";
import { writeStatementCsv, writeStatementXlsx } from "../../src/bench/reconcileBench";
import { reconcileCommand } from "../../src/cli/reconcile";
import { Writable } from "stream";
import type { Cell } from "../../src/core/settlement";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xlsx-stream-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const tmp = (ext = ".xlsx") => path.join(dir, `w${++n}${ext}`);

type Dense = XLSX.WorkSheet & { "!data"?: (XLSX.CellObject[] | undefined)[] };

/** The rows as the CLI read them with SheetJS (dense, raw values). */
function sheetjsRows(file: string): Record<string, Cell[][]> {
  const wb = XLSX.read(fs.readFileSync(file), {
    type: "buffer",
    dense: true,
    cellDates: false,
    cellFormula: false,
    cellHTML: false,
  });
  const out: Record<string, Cell[][]> = {};
  for (const name of wb.SheetNames) {
    const data = (wb.Sheets[name] as Dense)["!data"] ?? [];
    out[name] = norm(
      Array.from(data, (row) =>
        row ? Array.from(row, (c) => (!c || c.t === "e" || c.t === "z" ? null : (c.v as Cell))) : [],
      ),
    );
  }
  return out;
}

async function streamRows(file: string): Promise<Record<string, Cell[][]>> {
  const book = await XlsxStreamBook.open(file);
  try {
    const out: Record<string, Cell[][]> = {};
    for (const s of book.sheets) {
      const rows: Cell[][] = [];
      for await (const r of book.rows(s)) rows.push(r);
      out[s.name] = norm(rows);
    }
    return out;
  } finally {
    book.close();
  }
}

/** Holes and trailing empties do not matter to the reconciler: compare without them. */
function norm(rows: Cell[][]): Cell[][] {
  const out = rows.map((r) => {
    const a = Array.from(r, (c) => (c === undefined ? null : c));
    while (a.length && a[a.length - 1] === null) a.pop();
    return a;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

function sheetjsWrite(sheets: Record<string, unknown[][]>, opts: XLSX.WritingOptions = {}): string {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows, { cellDates: opts.cellDates }), name);
  const f = tmp();
  fs.writeFileSync(f, XLSX.write(wb, { type: "buffer", bookType: "xlsx", ...opts }) as Buffer);
  return f;
}

const SAMPLE: unknown[][] = [
  ["TikTok Shop", null, "banner row"],
  [],
  ["Order/adjustment ID", "Type", "Order created time", "Total settlement amount", "Note"],
  ["576460752303423488", "Order", new Date(Date.UTC(2026, 2, 2, 10, 30)), 12.34, 'a & b <c> "d"'],
  ["00123", "Order", "2026/03/02", "12.30", null],
  [576460752303423500, "Adjustment", 46083, -0.6, true],
  [null, null, null, null, "ünïcødé 顧客 ค่าธรรมเนียม"],
  ["", " leading space", "trailing ", 0, false],
];

describe("the same rows as SheetJS", () => {
  test.each([
    ["shared strings", { bookSST: true }],
    ["no shared strings", { bookSST: false }],
    ["dates written as t=d", { cellDates: true }],
    ["uncompressed", { compression: false }],
  ] as [string, XLSX.WritingOptions][])("SheetJS-written, %s", async (_, opts) => {
    const f = sheetjsWrite(
      {
        "Order details": SAMPLE,
        Reports: [
          ["Total", 1],
          [null, 2],
        ],
      },
      opts,
    );
    const expected = sheetjsRows(f);
    expect(await streamRows(f)).toEqual(expected);
    expect(expected["Order details"][3][0]).toBe("576460752303423488");
  });

  test("a stale <dimension>, shared and inline strings, booleans", async () => {
    const rows = (): (string | number | boolean | null)[][] => [
      ["Order/adjustment ID", "Type", "Amount"],
      ...Array.from({ length: 300 }, (_, i) => [
        String(576460752303423488n + BigInt(i)),
        i % 7 ? "Order" : "Refund",
        i % 3 ? i / 100 : null,
      ]),
      [null, null, null],
      ["x", true, "1.250"],
    ];
    for (const strings of ["shared", "inline"] as const) {
      const f = tmp();
      await writeXlsx(f, [{ name: "Order details", rows, dimension: "A1:C3" }], strings);
      const expected = sheetjsRows(f);
      const got = await streamRows(f);
      expect(got).toEqual(expected);
      expect(got["Order details"]).toHaveLength(303);
    }
  });

  test("hand-written XML: rich text and phonetic runs, escapes, prefixes, cells without r, formulas, errors, row gaps", async () => {
    const f = tmp();
    const ns =
      'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    await writeZip(f, [
      {
        name: "[Content_Types].xml",
        chunks: [
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        ],
      },
      {
        name: "_rels/.rels",
        chunks: [
          '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        ],
      },
      {
        name: "xl/workbook.xml",
        chunks: [
          `<?xml version="1.0"?><x:workbook ${ns}><x:sheets><x:sheet name="Detail &amp; more" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>`,
        ],
      },
      {
        name: "xl/_rels/workbook.xml.rels",
        chunks: [
          '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        ],
      },
      {
        name: "xl/sharedStrings.xml",
        chunks: [
          `<?xml version="1.0"?><x:sst ${ns.split(" ")[0]} count="3" uniqueCount="3">`,
          "<x:si><x:t>Order/adjustment ID</x:t></x:si>",
          '<x:si><x:r><x:rPr><x:b/></x:rPr><x:t>Rich</x:t></x:r><x:r><x:t xml:space="preserve"> text</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ルビ</x:t></x:rPh></x:si>',
          "<x:si><x:t>line_x000D_break &amp; &#x41;&#66;</x:t></x:si>",
          "</x:sst>",
        ],
      },
      {
        name: "xl/worksheets/data.xml",
        // Parts of elements in separate chunks (the writer joins them; the big test below splits the reader's).
        chunks: [
          `<?xml version="1.0"?><x:worksheet ${ns}><x:dimension ref="A1"/><x:sheetData>`,
          '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>',
          '<x:row r="3" spans="1:4"><x:c r="A3" t="str"><x:f>A1</x:f><x:v>formula text</x:v></x:c><x:c r="C3" t="e"><x:v>#N/A</x:v></x:c><x:c r="D3" s="2"/>',
          '<x:c r="E3" t="inlineStr"><x:is><x:t>inl',
          'ine é</x:t></x:is></x:c><x:c r="F3"><x:v>1.5E-3</x:v></x:c></x:row>',
          '<x:row r="4"/><x:row r="6"><x:c r="AA6" t="b"><x:v>1</x:v></x:c></x:row>',
          "</x:sheetData></x:worksheet>",
        ],
      },
    ]);
    const expected = sheetjsRows(f);
    const got = await streamRows(f);
    expect(got).toEqual(expected);
    expect(got["Detail & more"][0]).toEqual(["Order/adjustment ID", "Rich text", "line\rbreak & AB"]);
    expect(got["Detail & more"][2]).toEqual(["formula text", null, null, null, "inline é", 0.0015]);
  });
});

test("inflate chunks split rows, tags and multi-byte characters: 20,000 rows as SheetJS reads them", async () => {
  const rows = () =>
    Array.from({ length: 20_000 }, (_, i) => [
      String(576460752303423488n + BigInt(i)),
      i % 2 ? "Đơn hàng ค่าธรรมเนียม 顧客" : "Order",
      ((i * 7919) % 100_000) / 100,
      i % 11 ? null : "x".repeat(i % 300),
    ]);
  for (const strings of ["shared", "inline"] as const) {
    const f = tmp();
    await writeXlsx(f, [{ name: "Order details", rows, dimension: "A1:D2" }], strings);
    expect(fs.statSync(f).size).toBeGreaterThan(1 << 17);
    expect(await streamRows(f)).toEqual(sheetjsRows(f));
  }
});

test("not a workbook this reader knows: a clear error, so the caller can fall back", async () => {
  const f = tmp();
  fs.writeFileSync(f, Buffer.from("PK\u0003\u0004 truncated"));
  await expect(XlsxStreamBook.open(f)).rejects.toThrow(/end-of-central-directory/);
  const g = tmp();
  await writeZip(g, [{ name: "xl/workbook.bin", chunks: ["x"] }]);
  await expect(XlsxStreamBook.open(g)).rejects.toThrow(/no xl\/workbook.xml/);
});

describe("the CLI reconciles a streamed xlsx as it does the same rows in a CSV", () => {
  const run = async (...argv: string[]) => {
    const chunks: string[] = [];
    const out = new Writable({
      write(c: Buffer, _e: string, done: () => void) {
        chunks.push(c.toString());
        done();
      },
    });
    const code = await reconcileCommand(argv, out, out);
    return { code, text: chunks.join("") };
  };

  test("3,000 generated statement rows, shared strings, a stale <dimension>: the same lines and summary", async () => {
    const csv = tmp(".csv");
    const xlsx = tmp(".xlsx");
    await writeStatementCsv(csv, 3000);
    await writeStatementXlsx(xlsx, 3000);
    const a = await run(csv, "--format", "json");
    const b = await run(xlsx, "--format", "json");
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const ja = JSON.parse(a.text);
    const jb = JSON.parse(b.text);
    expect(jb.rows).toBe(3000);
    expect(jb.mismatched).toBeGreaterThan(0);
    expect(jb).toEqual(ja);
  });

  test("a damaged xlsx still gets the damaged-workbook message", async () => {
    const f = tmp(".xlsx");
    await writeStatementXlsx(f, 10);
    const b = fs.readFileSync(f);
    fs.writeFileSync(f, b.subarray(0, b.length - 30));
    const r = await run(f);
    expect(r.code).toBe(1);
    expect(r.text).toMatch(/cannot be read as an xlsx workbook \(damaged or truncated\?\)/);
  });
});
