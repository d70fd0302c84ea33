/** The CLI: values, spilled output, error output and exit codes. */
import { spawnSync } from "child_process";
import path from "path";
import fc from "fast-check";
import { generalText, main, signature } from "../../src/cli/cli";
import { REGISTRY } from "../../src/functions/registry";

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

test("eval prints the value alone", () => {
  expect(run("eval", '=TIKTOK.SHOPFEE(20,"US")')).toEqual({ code: 0, out: "1.2", err: "" });
  expect(run("eval", 'TIKTOK.SHOPCOMMISSION(50,"US",,,,5,10)').out).toBe("2.7");
});

test("eval prints a spill as tab-separated rows", () => {
  const r = run("eval", '=TIKTOK.SHOPFEES(20,"US")');
  expect(r.code).toBe(0);
  const rows = r.out.split("\n").map((l) => l.split("\t"));
  expect(rows[0]).toEqual(["Component", "Rate", "Base", "Amount", "Source"]);
  expect(rows[1].slice(0, 4)).toEqual(["Referral fee", "0.06", "20", "1.2"]);
});

test("an Excel error goes to stderr with its message and exit status 1", () => {
  expect(run("eval", '=TIKTOK.SHOPFEE(-20,"US")')).toEqual({
    code: 1,
    out: "",
    err: "#VALUE! price is negative (-20): enter zero or more.",
  });
  const na = run("eval", '=TIKTOK.SHOPFEE(20,"Atlantis")');
  expect(na.code).toBe(1);
  expect(na.err).toMatch(/^#N\/A Unknown market "Atlantis"/);
});

test("a formula the engine cannot read is refused in Excel's words (no parser tokens), exit status 1", () => {
  const r = run("eval", "=SUM(1,2");
  expect(r.code).toBe(1);
  expect(r.out).toBe("");
  expect(r.err).toMatch(/^There's a problem with this formula: a closing parenthesis "\)" is missing\./);
  expect(r.err).not.toMatch(/#ERROR!|Parsing|token|RParen/);
});

test("usage errors exit with status 2", () => {
  expect(run().code).toBe(2);
  expect(run("bogus").code).toBe(2);
  expect(run("eval").code).toBe(2);
  expect(run("template").code).toBe(2);
  expect(run("template", "no-such-template").err).toMatch(/No template "no-such-template"/);
  expect(run("template", "shop-pnl", "--format", "xml").code).toBe(2);
  expect(run("template", "shop-pnl", "--set", "B7").code).toBe(2);
  expect(run("functions", "a", "b").code).toBe(2);
});

test("--help for each command", () => {
  for (const argv of [
    ["--help"],
    ["eval", "--help"],
    ["functions", "--help"],
    ["templates", "--help"],
    ["template", "--help"],
    ["rates", "-h"],
  ]) {
    const r = run(...argv);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: tiktok-economics/);
  }
});

test("templates lists the ids, one per line", () => {
  expect(run("templates").out.split("\n")).toContain("shop-pnl");
});

test("template evaluates with --set and prints JSON", () => {
  const r = run("template", "shop-catalog", "--set", "E9=100", "--set", "C9=All", "--format", "json");
  expect(r.code).toBe(0);
  const cells = JSON.parse(r.out).cells;
  expect(cells.E9).toBe(100);
  expect(cells.L9).toBe(6);
});

test("the installed command runs and sets its exit status", () => {
  const bin = path.resolve(__dirname, "../../bin/tiktok-economics.js");
  const ok = spawnSync(process.execPath, [bin, "eval", '=TIKTOK.SHOPFEE(20,"US")'], { encoding: "utf8" });
  expect(ok.status).toBe(0);
  expect(ok.stdout).toBe("1.2\n");
  const bad = spawnSync(process.execPath, [bin, "eval", '=TIKTOK.SHOPFEE("abc")'], { encoding: "utf8" });
  expect(bad.status).toBe(1);
  expect(bad.stderr).toMatch(/^#VALUE! price is text/);
});

describe("usage errors are exit 2 with a message, never a stack trace", () => {
  test.each([
    ["A0=1", "--set A0=1: A0 is not a cell (columns A to XFD, rows 1 to 1048576)."],
    ["A99999999=1", "--set A99999999=1: A99999999 is not a cell (columns A to XFD, rows 1 to 1048576)."],
    ["XFE1=1", "--set XFE1=1: XFE1 is not a cell (columns A to XFD, rows 1 to 1048576)."],
    ["B07=1", "--set B07=1: B07 is not a cell (columns A to XFD, rows 1 to 1048576)."],
    ["=1", '--set takes CELL=VALUE, e.g. --set B7=30 (got "=1").'],
  ])("--set %s", (set, message) => {
    expect(run("template", "shop-pnl", "--set", set)).toEqual({ code: 2, out: "", err: message });
  });

  test("the last cell of Excel's grid is a cell", () => {
    // XFD1 is inside the grid: no usage error (the engine evaluates the sheet as usual).
    expect(run("template", "shop-pnl", "--set", "XFD1=1", "--format", "json").code).toBe(0);
  });

  test("unknown options and markets", () => {
    const unknown = run("template", "shop-pnl", "--colour", "red");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^Unknown option '--colour'/);
    expect(run("eval", "=1", "--format", "xml").code).toBe(2);
    const xx = run("template", "shop-pnl", "--market", "XX");
    expect(xx.code).toBe(2);
    expect(xx.err).toMatch(/^--market XX: Unknown market "XX"/);
  });

  test("the installed command prints no stack trace for a bad cell", () => {
    const bin = path.resolve(__dirname, "../../bin/tiktok-economics.js");
    const r = spawnSync(process.execPath, [bin, "template", "shop-pnl", "--set", "A0=1"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});

test("--market honours aliases: GB builds the UK sheet", () => {
  const gb = JSON.parse(run("template", "shop-pnl", "--market", "GB", "--format", "json").out);
  const uk = JSON.parse(run("template", "shop-pnl", "--market", "UK", "--format", "json").out);
  expect(gb.market).toBe("UK");
  expect(gb.cells).toEqual(uk.cells);
  expect(Object.values(gb.cells)).toContain("UK");
});

test("functions lists every function with its signature, and one function's help", () => {
  const lines = run("functions").out.split("\n");
  expect(lines).toHaveLength(REGISTRY.length);
  for (const spec of REGISTRY) expect(lines).toContain(signature(spec));
  expect(lines).toContain(
    "TIKTOK.SHOPFEE(price, [market], [category], [quantity], [shipping], [seller_discount], [platform_discount], [as_of], [commission_rate], [seller_profile])",
  );
  const one = run("functions", "tiktok.shopfee");
  expect(one.code).toBe(0);
  expect(one.out.split("\n")[0]).toBe(signature(REGISTRY.find((f) => f.id === "SHOPFEE")!));
  expect(one.out).toMatch(/^ {2}price {2,}\S/m);
  expect(one.out).toContain('Example: =TIKTOK.SHOPFEE(20,"US") → 1.2');
  const none = run("functions", "SHOPFE");
  expect(none.code).toBe(2);
  expect(none.err).toMatch(/^No function TIKTOK.SHOPFE. Did you mean .*SHOPFEE/);
});

test("a wrong number of arguments shows the function's signature", () => {
  const r = run("eval", '=TIKTOK.SHOPFEE(20,"US",,,,,,,,,1,2)');
  expect(r.code).toBe(1);
  expect(r.err.split("\n")).toEqual([
    "#N/A Wrong number of arguments.",
    "Arguments: TIKTOK.SHOPFEE(price, [market], [category], [quantity], [shipping], [seller_discount], [platform_discount], [as_of], [commission_rate], [seller_profile])",
  ]);
});

describe("numbers print as a cell shows them", () => {
  test("General: at most 11 characters, as Excel's standard column", () => {
    expect(generalText(0.336780232937847)).toBe("0.336780233");
    expect(generalText(1.2)).toBe("1.2");
    expect(generalText(-0.336780232937847)).toBe("-0.33678023");
    expect(generalText(12345678901)).toBe("12345678901");
    expect(generalText(123456789012)).toBe("1.23457E+11");
    expect(generalText(1e308)).toBe("1E+308");
    expect(generalText(1.2345e-9)).toBe("1.2345E-09");
    expect(generalText(3.00120048019208)).toBe("3.00120048");
    expect(generalText(0)).toBe("0");
  });

  test("General keeps 4 to 6 significant digits or more, in 11 characters", () => {
    // Excel's numbers are normal doubles (no subnormals below 2.2E-308).
    const excelNumber = fc
      .double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 })
      .filter((n) => n === 0 || Math.abs(n) >= 1e-300);
    fc.assert(
      fc.property(excelNumber, (n) => {
        const text = generalText(n);
        expect(text.length).toBeLessThanOrEqual(11);
        // 6 digits fit ("1.23457E+11"); a minus sign or a 3-digit exponent costs one each.
        const digits = 6 - (n < 0 ? 1 : 0) - (n !== 0 && Math.abs(Math.log10(Math.abs(n))) >= 99 ? 1 : 0);
        expect(Math.abs(Number(text.replace("E", "e")) - n)).toBeLessThanOrEqual(Math.abs(n) * 5 * 10 ** -digits);
      }),
    );
  });

  test("a template's table applies each cell's format and currency", () => {
    const rows = run("template", "shop-pnl", "--market", "GB")
      .out.split("\n")
      .map((l) => l.split("\t"));
    const row = (label: string) => rows.find((r) => r[0] === label)!;
    expect(row("Market").slice(1, 3)).toEqual(["UK", "US"]);
    expect(row("Unit price")[1]).toBe("£20.00");
    expect(row("Unit price")[2]).toBe("$25.00");
    expect(row("Margin")[2]).toMatch(/^\d+\.\d\d%$/);
    expect(rows.flat().join(" ")).not.toMatch(/\d\.\d{6,}/); // no raw floats
  });

  test("eval --format json keeps exact values", () => {
    const exact = run("eval", "=1/3", "--format", "json");
    expect(JSON.parse(exact.out)).toBeCloseTo(1 / 3, 15);
    expect(run("eval", "=1/3").out).toBe("0.333333333");
  });
});

test("reconcile is a command of the installed CLI", () => {
  const bin = path.resolve(__dirname, "../../bin/tiktok-economics.js");
  const r = spawnSync(process.execPath, [bin, "reconcile", "--help"], { encoding: "utf8" });
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/reconcile/);
  const missing = spawnSync(process.execPath, [bin, "reconcile"], { encoding: "utf8" });
  expect(missing.status).toBe(2);
});
