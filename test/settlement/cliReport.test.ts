/**
 * `reconcile --format table` in each of the 13 languages (issue #23): the report's words are the
 * sheets catalog's (the reconciliation sheet's own, and its `report` lines), the fees are named as
 * the seller's statement names them (the glossary's first term), numbers are written the
 * language's way, no English is left outside file column names and codes, and the tables line up
 * in a terminal whatever the script (Thai marks, Chinese and Japanese double-width characters).
 */
import fs from "fs";
import os from "os";
import path from "path";
import { Writable } from "stream";
import { parse } from "csv-parse/sync";
import { run as runCli } from "../../src/cli/cli";
import { reconcileRows } from "../../src/core/settlement";
import { displayWidth } from "../../src/cli/reconcileReport";
import { useCatalog, useSheetWords } from "../../src/i18n/active";
import { LANGUAGES, type Language } from "../../src/i18n/languages";
import { MESSAGE_CATALOGS } from "../../src/i18n/messageCatalogs";
import { render } from "../../src/core/messages";
import { message } from "../../src/core/settlement/messages";
import { sheetsIn } from "../../src/i18n/sheetsCatalogs";
import { fill } from "../../src/templates/sheets";
import { englishIn } from "../support/english";
import { runReconcile as run } from "../support/reconcileCli";
import { inLanguage } from "../support/inLanguage";
import { reconciledPlan } from "../support/reconciliationPlan";
import { MY_INCOME, csvText, myOrder } from "./layouts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reconcile-report-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * A MY Income export: an order whose transaction fee is 3.00 where the rule (3.78 % × 73.50) gives
 * 2.78 and whose commission of 1.00 fits no category's rate, one that matches, and one whose
 * revenue is not an amount.
 */
const FILE = path.join(dir, "my.csv");
fs.writeFileSync(
  FILE,
  csvText([
    MY_INCOME,
    myOrder("578000000000000001", {
      "Total settlement amount": "85.46",
      "Total fees": "-4.54",
      "Transaction fee": "-3.00",
      "TikTok Shop commission fee": "-1.00",
    }),
    myOrder("578000000000000002"),
    myOrder("578000000000000003", { "Total revenue": "n/a" }),
  ]),
);

async function reportIn(language: Language): Promise<string> {
  const t = await inLanguage(language, () => run(FILE));
  expect(t.code).toBe(0);
  return t.out;
}

/** The lines of the table that starts with `header`, up to the blank line after it. */
function tableAfter(out: string, header: string): string[] {
  const lines = out.split("\n");
  const at = lines.findIndex((l) => l.startsWith(header));
  expect(at).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf("", at);
  return lines.slice(at, end < 0 ? undefined : end);
}

describe.each(LANGUAGES.map((l) => l.code))("reconcile report in %s", (language) => {
  const W = sheetsIn(language);
  const R = W.reconciliation;
  const P = R.report;
  let out: string;
  beforeAll(async () => {
    out = await reportIn(language);
  });

  test("the counts line and the tables' headers in the catalog's words", () => {
    const n = (v: number) => new Intl.NumberFormat(language).format(v);
    expect(out).toContain(
      fill(P.counts, {
        rows: n(3),
        orders: n(3),
        checked: n(2),
        matched: n(1),
        mismatched: n(1),
        notModelled: n(0),
        skipped: n(1),
      }),
    );
    expect(out).toContain(P.largestTitle);
    expect(out).toContain(fill(P.identity, { checked: n(3), broken: n(1) }));
    // The fee is named as the statement names it: the glossary's first term where it has one.
    const fees = tableAfter(out, R.fee);
    expect(fees.some((l) => l.startsWith(W.fees.transaction))).toBe(true);
  });

  test("amounts and rates are written the language's way", () => {
    const decimal = new Intl.NumberFormat(language).formatToParts(1.5).find((p) => p.type === "decimal")!.value;
    const largest = tableAfter(out, R.id);
    const row = largest.find((l) => l.startsWith("578000000000000001") && l.includes(W.fees.transaction))!;
    for (const amount of ["-3", `-2${decimal}78`, `-0${decimal}22`]) expect(row).toContain(` ${amount}`);
    expect(row).toContain(fill(P.ruleRate, { rate: `3${decimal}78 %` }));
  });

  test("the skipped row's reason is said in the language", () => {
    const line = out.split("\n").find((l) => l.startsWith(fill(P.skipped, { count: "1", reason: "" })));
    expect(line).toBeDefined();
    if (language !== "en") expect([line, englishIn(line!)]).toEqual([line, null]);
  });

  test("the commission's category: none fits, the nearest named, in the language", () => {
    const largest = tableAfter(out, R.id);
    const row = largest.find((l) => l.includes(W.fees.commission))!;
    const catalog = language === "en" ? undefined : MESSAGE_CATALOGS[language];
    const nearest = render(message("settlement.categoryNoneFitsNearest", { nearest: "Electronics" }), catalog);
    expect(row).toContain(nearest);
  });

  test("no English left in the report (file column names and codes aside)", () => {
    if (language === "en") return;
    const english = out
      .split("\n")
      .map((l) => [l, englishIn(l)] as const)
      .filter(([, word]) => word !== null);
    expect(english).toEqual([]);
  });

  test("the fee table's columns line up in a terminal", () => {
    const fees = tableAfter(out, R.fee);
    expect(fees.length).toBeGreaterThan(1);
    // Each row ends with a right-aligned count, so every row is as wide as the header.
    expect(new Set(fees.map(displayWidth)).size).toBe(1);
  });
});

test("a terminal's width: wide characters take two columns, combining marks none", () => {
  expect(displayWidth("Fee")).toBe(3);
  expect(displayWidth("费用")).toBe(4);
  expect(displayWidth("手数料")).toBe(6);
  // ค่าธรรมเนียม: 12 code points, 2 of them marks above the line.
  expect(displayWidth("ค่าธรรมเนียม")).toBe(10);
  expect(displayWidth("Phí")).toBe(3);
  expect(displayWidth("Phi\u0301")).toBe(3);
});

describe("the words around the report, through the installed command (cli.run)", () => {
  /** `tiktok-economics …` as installed: the language from --lang or the environment. */
  async function installed(argv: string[], env: Record<string, string> = {}) {
    const saved = { ...process.env };
    Object.assign(process.env, { LC_ALL: "", LC_MESSAGES: "", LANG: "", ...env });
    const out: string[] = [];
    const err: string[] = [];
    const sink = (to: string[]) =>
      new Writable({
        write(chunk, _enc, done) {
          to.push(chunk.toString());
          done();
        },
      });
    try {
      const code = await runCli(
        argv,
        { out: (t) => out.push(t), err: (t) => err.push(t) },
        {
          stdout: sink(out),
          stderr: sink(err),
        },
      );
      return { code, out: out.join(""), err: err.join("") };
    } finally {
      process.env = saved;
      useCatalog("en", undefined);
      useSheetWords("en", undefined);
    }
  }

  test("--lang de reconcile, or LANG=ja: the report in that language", async () => {
    const de = await installed(["--lang", "de", "reconcile", FILE]);
    expect(de.code).toBe(0);
    expect(de.out).toContain(sheetsIn("de").reconciliation.report.largestTitle);
    const ja = await installed(["reconcile", FILE], { LANG: "ja_JP.UTF-8" });
    expect(ja.out).toContain(sheetsIn("ja").reconciliation.report.largestTitle);
  });

  test("a file that cannot be read says so in the language (file.*), exit 1", async () => {
    const missing = path.join(dir, "none.csv");
    const r = await installed(["--lang", "fr", "reconcile", missing]);
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe(MESSAGE_CATALOGS.fr["file.notFound"]({ file: missing }));
    const empty = path.join(dir, "empty.csv");
    fs.writeFileSync(empty, "");
    expect((await installed(["--lang", "th", "reconcile", empty])).err.trim()).toBe(
      MESSAGE_CATALOGS.th["file.empty"]({ file: empty }),
    );
  });

  test("an unknown --market is refused in the language (exit 2)", async () => {
    const r = await installed(["--lang", "es", "reconcile", FILE, "--market", "Qwxzvbnk"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^--market: Valor desconocido de mercado: «Qwxzvbnk»/);
  });
});

test("a row before the rate book: the reason names the order's date, not an argument", () => {
  const rows = [MY_INCOME, myOrder("578000000000000009", { "Order created time": "2019/01/02" })];
  const transaction = reconcileRows(rows).lines![0].fees.transaction!;
  expect(transaction.reason).toBe(
    "no transaction rate for MY before 2023-08-14: the rate book starts there (order date 2019-01-02)",
  );
  expect(render(transaction.said!, MESSAGE_CATALOGS.de)).toMatch(/\(Bestelldatum .*2019\)$/);
});

test("the reconciliation sheet's notes in the language: the inferred category and the skip reason", () => {
  const { plan } = inLanguage("de", () =>
    reconciledPlan(parse(fs.readFileSync(FILE, "utf8")), { text: sheetsIn("de") }),
  );
  const texts = plan.cells.map((c) => String(c.content));
  const nearest = render(
    message("settlement.categoryNoneFitsNearest", { nearest: "Electronics" }),
    MESSAGE_CATALOGS.de,
  );
  expect(texts.some((t) => t.includes(nearest))).toBe(true);
  expect(texts.some((t) => t.includes("keine Zahl") || t.includes("kein Betrag"))).toBe(true);
  expect(texts.filter((t) => /none fits|not an amount/.test(t))).toEqual([]);
});

test("past 50 different skip reasons the rest are one group, named in the language", async () => {
  const many = path.join(dir, "many.csv");
  const rows = Array.from({ length: 55 }, (_, i) =>
    myOrder(`57800000000001${String(i).padStart(4, "0")}`, { Type: `Bonus ${i}` }),
  );
  fs.writeFileSync(many, csvText([MY_INCOME, ...rows]));
  const t = await inLanguage("de", () => run(many));
  const P = sheetsIn("de").reconciliation.report;
  expect(t.out).toContain(fill(P.skipped, { count: "5", reason: P.otherReasons }));
  expect(t.out).not.toContain("other reasons");
});

test("one reason for several rows names none of their values, in any language's quotes", async () => {
  const two = path.join(dir, "two.csv");
  const bad = (id: string, text: string) => myOrder(id, { "Total revenue": text });
  fs.writeFileSync(two, csvText([MY_INCOME, bad("578000000000000101", "n/a"), bad("578000000000000102", "xyz")]));
  for (const language of ["nl", "fr", "ja"] as const) {
    const report = await inLanguage(language, () => run(two));
    const line = report.out.split("\n").find((l) => l.includes("×2"))!;
    expect(line).toContain("…");
    expect([language, /n\/a|xyz/.test(line)]).toEqual([language, false]);
  }
});
