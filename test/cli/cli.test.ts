/** The CLI: values, spilled output, error output and exit codes. */
import { spawnSync } from "child_process";
import path from "path";
import { main } from "../../src/cli/cli";

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

test("usage errors exit with status 2", () => {
  expect(run().code).toBe(2);
  expect(run("bogus").code).toBe(2);
  expect(run("eval").code).toBe(2);
  expect(run("template").code).toBe(2);
  expect(run("template", "no-such-template").err).toMatch(/No template "no-such-template"/);
  expect(run("template", "shop-pnl", "--format", "xml").code).toBe(2);
  expect(run("template", "shop-pnl", "--set", "B7").code).toBe(2);
});

test("--help for each command", () => {
  for (const argv of [["--help"], ["eval", "--help"], ["templates", "--help"], ["template", "--help"]]) {
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
