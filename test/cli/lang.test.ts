/**
 * The CLI's --lang (and LC_ALL / LC_MESSAGES / LANG): the functions' and the core's messages and a
 * template's words in that language, English without one; the option may stand anywhere. The
 * reconcile report's languages: test/settlement/cliReport.test.ts.
 */
import { ALL_EN as EN } from "../../src/core/settlement/messages";
import { EXIT_CELL_ERROR, EXIT_USAGE, main, takeLanguage } from "../../src/cli/cli";
import { activeLanguage } from "../../src/i18n/active";
import { MESSAGE_CATALOGS } from "../../src/i18n/messageCatalogs";
import { sheetsIn } from "../../src/i18n/sheetsCatalogs";
import { SHEETS_EN } from "../../src/templates/sheets";

function run(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, env);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

afterAll(() => run(["templates"]));

const negativePrice = (say: (p: { argument: string; value: string }) => string) =>
  `#VALUE! ${say({ argument: "price", value: "-1" })}`;

test("eval's error text in the language of --lang", () => {
  expect(run(["eval", "--lang", "de", '=TIKTOK.SHOPFEE(-1,"US")'])).toEqual({
    code: EXIT_CELL_ERROR,
    out: "",
    err: negativePrice(MESSAGE_CATALOGS.de["number.negative"]),
  });
  expect(run(["--lang=ja", "eval", '=TIKTOK.SHOPFEE(-1,"US")']).err).toBe(
    negativePrice(MESSAGE_CATALOGS.ja["number.negative"]),
  );
  // A tag Office or a shell would give: its language (pickLanguage).
  expect(run(["eval", '=TIKTOK.SHOPFEE(-1,"US")', "--lang", "pt-BR"]).err).toBe(
    negativePrice(MESSAGE_CATALOGS.pt["number.negative"]),
  );
});

test("without --lang: LC_ALL, then LC_MESSAGES, then LANG; else English", () => {
  const formula = '=TIKTOK.SHOPFEE(-1,"US")';
  expect(run(["eval", formula], { LANG: "fr_FR.UTF-8" }).err).toBe(
    negativePrice(MESSAGE_CATALOGS.fr["number.negative"]),
  );
  expect(run(["eval", formula], { LANG: "fr_FR.UTF-8", LC_ALL: "it_IT.UTF-8" }).err).toBe(
    negativePrice(MESSAGE_CATALOGS.it["number.negative"]),
  );
  expect(run(["eval", formula], { LANG: "fr_FR.UTF-8", LC_MESSAGES: "nl_NL" }).err).toBe(
    negativePrice(MESSAGE_CATALOGS.nl["number.negative"]),
  );
  expect(run(["eval", "--lang", "en", formula], { LANG: "de_DE.UTF-8" }).err).toBe(
    negativePrice(EN["number.negative"]),
  );
  expect(run(["eval", formula], { LANG: "C.UTF-8" }).err).toBe(negativePrice(EN["number.negative"]));
  expect(run(["eval", formula]).err).toBe(negativePrice(EN["number.negative"]));
  // Traditional Chinese and unknown tags: English.
  expect(run(["eval", formula], { LANG: "zh_TW.UTF-8" }).err).toBe(negativePrice(EN["number.negative"]));
  expect(activeLanguage()).toBe("en");
});

test("a template's cell errors and --market's message in the language", () => {
  const unknown = run(["template", "shop-pnl", "--market", "Qwxzvbnk", "--lang", "es"]);
  expect(unknown.code).toBe(EXIT_USAGE);
  expect(unknown.err).toMatch(/^--market Qwxzvbnk: Valor desconocido de mercado: «Qwxzvbnk»/);
  const cells = run(["template", "shop-pnl", "--set", "B7=-5", "--lang", "nl"]);
  if (cells.code === EXIT_CELL_ERROR) expect(cells.err).not.toMatch(/ is negative /);
});

test("a template's words in the language: its title and labels as the pane would write them", () => {
  for (const language of ["de", "th", "ja"] as const) {
    const words = sheetsIn(language).shopPnl;
    const t = run(["template", "shop-pnl", "--lang", language]);
    expect(t.code).toBe(0);
    expect(t.out).toContain(words.title);
    expect(t.out).toContain(words.inputs);
    expect(t.out).not.toContain(SHEETS_EN.shopPnl.title);
  }
  expect(run(["template", "shop-pnl"]).out).toContain(SHEETS_EN.shopPnl.title);
});

test("--lang needs a value", () => {
  expect(run(["eval", '=TIKTOK.SHOPFEE(20,"US")', "--lang"]).code).toBe(EXIT_USAGE);
  expect(() => takeLanguage(["--lang", "--help"], {})).toThrow(/--lang takes a language/);
  expect(takeLanguage(["eval", "x", "--lang", "vi"], {})).toEqual({ language: "vi", rest: ["eval", "x"] });
});
