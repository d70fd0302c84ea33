/**
 * The message catalog in the 12 other languages (src/i18n/<language>/messages.ts): every key of EN
 * and no other, each saying every parameter EN says (a translation that drops one fails), not a
 * copy of the English, the English phrases the core passes as parameters translated, numbers and
 * dates in the language's form, and the language reaching an error as the engine shows it.
 */
import { ALL_EN as EN } from "../../src/core/settlement/messages";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { type Catalog, type MessageKey, type MessageParams, message, render } from "../../src/core/messages";
import { evaluateFormula } from "../../src/engine/workbook";
import { toExcelError } from "../../src/functions/excelErrors";
import { REGISTRY } from "../../src/functions/registry";
import { activeCatalog, activeLanguage, errorText, useCatalog } from "../../src/i18n/active";
import { setLanguage } from "../../src/i18n/setLanguage";
import { dateIn, numberIn, orIn } from "../../src/i18n/format";
import { LANGUAGES, type Language } from "../../src/i18n/languages";
import { MESSAGE_CATALOGS } from "../../src/i18n/messageCatalogs";
import { DEFAULTS, NOUNS, PHRASES, THINGS } from "../../src/i18n/phrases";
import { CHOOSERS, CHOSEN } from "../support/messageChoosers";

const ROOT = path.join(__dirname, "..", "..");
const KEYS = Object.keys(EN) as MessageKey[];
const OTHERS = LANGUAGES.map((l) => l.code).filter((c): c is Exclude<Language, "en"> => c !== "en");

/** The parameters EN reads for a key (every branch: a sentinel is never empty). */
function parametersOf(key: MessageKey): string[] {
  const reads = new Set<string>();
  const probe = new Proxy({} as Record<string, string>, {
    get: (_, name) => {
      if (typeof name === "string") reads.add(name);
      return typeof name === "string" ? `<<${name}>>` : undefined;
    },
  });
  (EN[key] as (p: MessageParams) => string)(probe);
  return [...reads];
}

const sentinels = (key: MessageKey): Record<string, string> =>
  Object.fromEntries(parametersOf(key).map((name) => [name, `<<${name}>>`]));

const say = (catalog: Catalog, key: MessageKey, params: MessageParams) =>
  (catalog[key] as (p: MessageParams) => string)(params);

/**
 * Keys whose translation may read as the English does in a language (none so far): a short list,
 * for a message that is only codes and names.
 */
const SAME_AS_ENGLISH: Partial<Record<Language, readonly MessageKey[]>> = {};

test("a catalog for every language but English", () => {
  expect(Object.keys(MESSAGE_CATALOGS).sort()).toEqual([...OTHERS].sort());
  for (const l of OTHERS) expect(fs.existsSync(path.join(ROOT, `src/i18n/${l}/messages.ts`))).toBe(true);
});

describe.each(OTHERS)("%s", (language) => {
  const catalog = MESSAGE_CATALOGS[language];

  test("has every key of EN and no other", () => {
    expect(Object.keys(catalog).sort()).toEqual([...KEYS].sort());
  });

  test.each(KEYS)("%s says every parameter, and not in English", (key) => {
    const params = { ...sentinels(key), ...CHOSEN[key] };
    const text = say(catalog, key, params);
    expect(text.trim()).not.toBe("");
    // ("null" is German and French for zero.)
    expect(text).not.toMatch(/\bundefined\b|\bNaN\b|\[object /);
    for (const [name, s] of Object.entries(params))
      if (!(CHOOSERS[key] ?? []).includes(name)) expect(text).toContain(s);
    if (!(SAME_AS_ENGLISH[language] ?? []).includes(key)) {
      expect(text).not.toBe(say(EN as Catalog, key, params));
    }
  });

  test("translates the English phrases the core passes as parameters", () => {
    for (const noun of NOUNS) {
      const text = say(catalog, "number.empty", { argument: "price", noun });
      expect([language, noun, text.includes(noun)]).toEqual([language, noun, false]);
    }
    for (const what of THINGS) {
      const text = say(catalog, "name.unknown", { what, given: "zzz" });
      expect([language, what, new RegExp(`\\b${what}\\b`).test(text)]).toEqual([language, what, false]);
    }
    for (const fallback of DEFAULTS) {
      const text = say(catalog, "argument.zeroFromEmptyCell", { argument: "rate", fallback });
      expect([language, fallback, text.includes(fallback)]).toEqual([language, fallback, false]);
    }
    // "category for US" (the rate book's categories of one market): the thing translated, the code kept.
    const forUs = say(catalog, "name.unknown", { what: "category for US", given: "zzz" });
    expect(forUs).toContain("US");
    expect(forUs).not.toMatch(/category for/);
  });
});

describe("the English phrases passed as parameters are all listed (src/i18n/phrases.ts)", () => {
  const files = (dir: string): string[] =>
    fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
      const rel = `${dir}/${d.name}`;
      return d.isDirectory() ? files(rel) : d.name.endsWith(".ts") ? [rel] : [];
    });
  const found = new Set<string>();
  for (const file of [...files("src/core"), ...files("src/functions")]) {
    const source = ts.createSourceFile(
      file,
      fs.readFileSync(path.join(ROOT, file), "utf8"),
      ts.ScriptTarget.ES2020,
      true,
    );
    const visit = (node: ts.Node) => {
      // { noun: "…" } and { default: "…" } (an optional argument's default in words).
      if (
        ts.isPropertyAssignment(node) &&
        ts.isIdentifier(node.name) &&
        (node.name.text === "noun" || node.name.text === "default") &&
        ts.isStringLiteral(node.initializer) &&
        (node.name.text === "noun" || node.initializer.text.includes(" "))
      ) {
        found.add(node.initializer.text);
      }
      // notAvailable(argument, "what", …)
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === "notAvailable" &&
        node.arguments[1] &&
        ts.isStringLiteral(node.arguments[1])
      ) {
        found.add(node.arguments[1].text);
      }
      node.forEachChild(visit);
    };
    visit(source);
  }

  test("every literal noun, thing and default in src/core and src/functions", () => {
    expect([...found].filter((p) => !(PHRASES as readonly string[]).includes(p))).toEqual([]);
    expect(found.size).toBeGreaterThan(40);
  });
});

describe("numbers and dates in the language's form", () => {
  test("English-form number text, exactly, with the language's separators", () => {
    expect(numberIn("de-DE")("2,000,000")).toBe("2.000.000");
    expect(numberIn("de-DE")("-0.06")).toBe("-0,06");
    expect(numberIn("de-DE")("12345678901234567890.125")).toBe("12.345.678.901.234.567.890,125");
    expect(numberIn("fr-FR")("1234.5")).toBe("1\u202f234,5");
    expect(numberIn("ja-JP")(1234)).toBe("1,234");
    expect(numberIn("es-ES")("1234")).toBe("1234");
    expect(numberIn("de-DE")("1e+21")).toBe("1e+21");
    expect(numberIn("de-DE")("<<max>>")).toBe("<<max>>");
    expect(dateIn("de-DE")("2025-03-01")).toBe("01.03.2025");
    expect(dateIn("ja-JP")("2025-03-01")).toBe("2025/03/01");
    expect(dateIn("de-DE")("soon")).toBe("soon");
    expect(orIn("oder")('"a", "b" or "c"')).toBe('"a", "b" oder "c"');
  });

  test("a raw number the caller passes is said in the language", () => {
    const said = message("name.unknownKnownMore", { what: "gift", given: "x", names: '"Rose"', more: 1234 });
    expect(render(said, MESSAGE_CATALOGS.de)).toContain("1.234");
    expect(render(said, MESSAGE_CATALOGS.fr)).toContain("1\u202f234");
  });
});

describe("the engine says its errors in the active language", () => {
  afterEach(() => useCatalog("en", undefined));

  /** The error a function gives, in English with its key and parameters. */
  function englishError(id: string, ...args: unknown[]) {
    try {
      REGISTRY.find((s) => s.id === id)!.impl(...args);
    } catch (e) {
      return toExcelError(e);
    }
    throw new Error(`${id} gave no error`);
  }

  const SAMPLE: [string, string, unknown[], MessageKey][] = [
    ['=TIKTOK.SHOPFEE(-1,"US")', "SHOPFEE", [-1, "US"], "number.negative"],
    ['=TIKTOK.SHOPFEE(20,"Qwxzvbnk")', "SHOPFEE", [20, "Qwxzvbnk"], "name.unknownKnownMore"],
    ['=TIKTOK.SHOPFEE("abc","US")', "SHOPFEE", ["abc", "US"], "number.text"],
    [
      '=TIKTOK.SHOPFEE(20,"US",,,,,,"2001-01-01")',
      "SHOPFEE",
      [20, "US", null, null, null, null, null, "2001-01-01"],
      "rate.beforeBook",
    ],
    ['=TIKTOK.ADMINBUDGET("gmvmax",7)', "ADMINBUDGET", ["gmvmax", 7], "ads.gmvMaxDailyOnly"],
  ];

  test.each(OTHERS)("%s", (language) => {
    const catalog = MESSAGE_CATALOGS[language];
    useCatalog(language, catalog);
    for (const [formula, id, args, key] of SAMPLE) {
      const english = englishError(id, ...args);
      expect([formula, english.key]).toEqual([formula, key]);
      const shown = evaluateFormula(formula) as { error: string; message: string };
      expect(shown.error).toBe(english.code);
      expect(shown.message).toBe(say(catalog, key, english.params));
      expect(shown.message).not.toBe(english.message);
    }
  });

  test("English before a language is set, and again after English is set", () => {
    expect(activeLanguage()).toBe("en");
    const english = englishError("SHOPFEE", -1, "US");
    expect((evaluateFormula('=TIKTOK.SHOPFEE(-1,"US")') as { message: string }).message).toBe(english.message);
    useCatalog("de", MESSAGE_CATALOGS.de);
    useCatalog("en", MESSAGE_CATALOGS.de);
    expect(errorText(english)).toBe(english.message);
  });

  test("setLanguage loads the language's catalog through loadSection; the last call wins", async () => {
    await setLanguage("ja");
    expect(activeLanguage()).toBe("ja");
    expect(Object.keys(activeCatalog() ?? {})).toEqual(Object.keys(MESSAGE_CATALOGS.ja));
    expect((evaluateFormula('=TIKTOK.SHOPFEE(-1,"US")') as { message: string }).message).toBe(
      say(MESSAGE_CATALOGS.ja, "number.negative", { argument: "price", value: "-1" }),
    );
    const first = setLanguage("fr");
    const second = setLanguage("en");
    await Promise.all([first, second]);
    expect(activeLanguage()).toBe("en");
    expect(activeCatalog()).toBeUndefined();
  });
});
