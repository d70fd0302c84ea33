/**
 * The function help in every language (src/i18n/<language>/functions.ts → functions-<locale>.json,
 * scripts/function-help.js): each locale file is functions.json with other descriptions and nothing
 * else changed — ids, names, parameter names, types, options, help URLs and enums are the same, so a
 * formula works in every Excel; every description is there, not empty and not left in English; the
 * words a user types (quoted values, TIKTOK.* calls) are kept as they are.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { LANGUAGES, manifestLocales } from "../../src/i18n/languages";
import { REGISTRY } from "../../src/functions/registry";

const help = require("../../scripts/function-help.js");

interface Param {
  name: string;
  description?: string;
  [k: string]: unknown;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
  [k: string]: unknown;
}
interface Metadata {
  functions: Fn[];
  enums?: unknown[];
  [k: string]: unknown;
}

/**
 * Texts that may stay as in English in a language (none today): "language:ID" for a function's
 * description, "language:ID(param)" for a parameter's. Add one only for a text that is English in
 * that language too (a bare list of codes), never to silence an untranslated line.
 */
const SAME_AS_ENGLISH = new Set<string>([]);

let source: string;
let english: Metadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(["src/functions/generated/functions.ts"], true);
  expect(generated.errors).toEqual([]);
  source = generated.metadataJson;
  english = JSON.parse(source);
});

/** The metadata without any description: what must be equal in every language. */
function skeleton(m: Metadata): unknown {
  const without = <T extends { description?: string }>(o: T) =>
    Object.fromEntries(Object.entries(o).filter(([k]) => k !== "description"));
  return {
    ...m,
    functions: m.functions.map((f) => ({ ...without(f), parameters: f.parameters.map(without) })),
  };
}

const locales = manifestLocales().map(({ locale, language }) => [locale, language] as const);
const languages = [...new Set(locales.map(([, l]) => l))];

test("every language but English has its Office locales, and every locale a metadata file name", () => {
  expect(languages).toEqual(LANGUAGES.filter((l) => l.code !== "en").map((l) => l.code));
  expect(locales.map(([l]) => l)).toEqual(expect.arrayContaining(["es-es", "es-mx", "de-de", "zh-cn", "pt-br"]));
  for (const [locale] of locales) {
    expect(locale).toMatch(/^[a-z]{2,3}-[a-z]{2,4}$/);
    expect(help.metadataFileName(locale)).toBe(`functions-${locale}.json`);
  }
  // The build reads the same list as the code (languages.ts, evaluated at build time).
  expect(help.languages().manifestLocales()).toEqual(manifestLocales());
});

test.each(languages)("%s: help for exactly the registry's functions and each one's parameters", (language) => {
  const { functions } = help.loadSection(language);
  expect(Object.keys(functions).sort()).toEqual(REGISTRY.map((s) => s.id).sort());
  for (const spec of REGISTRY)
    expect(Object.keys(functions[spec.id].parameters).sort()).toEqual(spec.parameters.map((p) => p.name).sort());
});

/** functions-<locale>.json as the build writes it (before the production URL rewrite). */
const built = (locale: string, language: string): Metadata =>
  JSON.parse(help.localizeMetadata(source, help.localeFunctions(locale, help.loadSection(language).functions)));

test.each(locales)("functions-%s.json differs from functions.json in descriptions only", (locale, language) => {
  const localized = built(locale, language);
  expect(skeleton(localized)).toEqual(skeleton(english));
  expect(localized.functions.map((f) => f.name)).toEqual(REGISTRY.map((s) => s.id));
  expect(localized.enums).toEqual(english.enums);
});

test.each(locales)("functions-%s.json: every description is there, not empty and not English", (locale, language) => {
  const localized = built(locale, language);
  const left: string[] = [];
  localized.functions.forEach((f, i) => {
    const en = english.functions[i];
    expect(f.description?.trim()).toBeTruthy();
    if (f.description === en.description && !SAME_AS_ENGLISH.has(`${language}:${f.id}`)) left.push(f.id);
    f.parameters.forEach((p, j) => {
      expect(p.description?.trim()).toBeTruthy();
      if (p.description === en.parameters[j].description && !SAME_AS_ENGLISH.has(`${language}:${f.id}(${p.name})`))
        left.push(`${f.id}(${p.name})`);
    });
  });
  expect(left).toEqual([]);
});

/** What a user types, which the help quotes and the translation must keep: "…" values and TIKTOK.* calls. */
function typedWords(text: string): string[] {
  return [...(text.match(/"[^"]+"|=?TIKTOK\.[A-Z]+\(\)?/g) ?? [])];
}

test.each(languages)("%s keeps the quoted values and TIKTOK.* calls of the English help", (language) => {
  const { functions } = help.loadSection(language);
  const missing: string[] = [];
  for (const spec of REGISTRY) {
    const t = functions[spec.id];
    for (const w of typedWords(spec.description)) if (!t.description.includes(w)) missing.push(`${spec.id}: ${w}`);
    for (const p of spec.parameters)
      for (const w of typedWords(p.description))
        if (!t.parameters[p.name].includes(w)) missing.push(`${spec.id}(${p.name}): ${w}`);
  }
  expect(missing).toEqual([]);
});

test("es-mx is es-es's text with Mexico's decimal point; the quoted values keep theirs", () => {
  const spain = built("es-es", "es");
  const mexico = built("es-mx", "es");
  const texts = (m: Metadata) =>
    m.functions.flatMap((f) => [f.description!, ...f.parameters.map((p) => p.description!)]);
  const pairs = texts(spain).map((t, i) => [t, texts(mexico)[i]]);
  expect(pairs.filter(([a, b]) => a !== b).length).toBeGreaterThan(5);
  for (const [a, b] of pairs) expect(b).toBe(a.replace(/(\d),(\d)/g, "$1.$2"));
  expect(
    mexico.functions.find((f) => f.id === "SHOPFEE")!.parameters.find((p) => p.name === "category")!.description,
  ).toMatch(/ 0\.06 /);
  expect(JSON.stringify(mexico)).toContain('\\"fee tax 6.25%\\"');
  // Every other locale shows its language's text as it is.
  const german = help.loadSection("de").functions;
  expect(help.localeFunctions("de-de", german)).toBe(german);
});

test("a missing or extra function or parameter fails the build, naming it", () => {
  const { functions } = help.loadSection("de");
  const withoutShopFee = { ...functions };
  delete withoutShopFee.SHOPFEE;
  expect(() => help.localizeMetadata(source, withoutShopFee, "de")).toThrow(/de: SHOPFEE has no help/);
  const params = { ...functions.SHOPFEE.parameters };
  delete params.price;
  expect(() =>
    help.localizeMetadata(source, { ...functions, SHOPFEE: { ...functions.SHOPFEE, parameters: params } }),
  ).toThrow(/SHOPFEE\(price\) has no help/);
  expect(() =>
    help.localizeMetadata(source, {
      ...functions,
      SHOPFEE: { ...functions.SHOPFEE, parameters: { ...functions.SHOPFEE.parameters, colour: "x" } },
    }),
  ).toThrow(/SHOPFEE has no parameter colour/);
  expect(() => help.localizeMetadata(source, { ...functions, SHOPFEEZ: functions.SHOPFEE })).toThrow(
    /SHOPFEEZ is not a function/,
  );
});

test("a language file that imports anything at run time is refused (build-time data only)", () => {
  const fs = require("fs");
  const os = require("os");
  const path = require("path");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "fnhelp-")), "functions.ts");
  fs.writeFileSync(file, 'import { REGISTRY } from "../functions/registry";\nexport default { REGISTRY };\n');
  expect(() => help.loadTypeScriptData(file)).toThrow(/imports .*registry at run time/);
  fs.writeFileSync(file, 'import type { X } from "./x";\nconst a: X = 1;\nexport default { a };\n');
  expect(help.loadTypeScriptData(file).default).toEqual({ a: 1 });
});

test("generated/help.ts, the shape each language's help must have, is what the specs generate (npm run generate:functions)", () => {
  const fs = require("fs");
  const { HELP_SHAPE_FILE, formattedHelpShape } = require("../../src/cli/generateFunctions");
  expect(fs.readFileSync(HELP_SHAPE_FILE, "utf8")).toBe(formattedHelpShape(HELP_SHAPE_FILE));
});

/**
 * One term per idea in each language (the drafts' glossary, docs/i18n.md): wherever the English
 * help says the word on the left, the language's text has its term (a stem, so inflected forms pass).
 */
const TERMS: Record<string, Record<string, string>> = {
  "rate book": {
    de: "Tarifbuch",
    fr: "barème",
    es: "libro de tarifas",
    it: "tariffario",
    pt: "tabela de tarifas",
    nl: "tarievenboek",
    id: "buku tarif",
    ms: "buku kadar",
    vi: "sổ biểu phí",
    th: "สมุดอัตรา",
    zh: "费率手册",
    ja: "料金表",
  },
  "order line": {
    de: "Bestellposition",
    fr: "ligne de commande",
    es: "línea de pedido",
    it: "riga d'ordine",
    pt: "linha do pedido",
    nl: "orderregel",
    id: "baris pesanan",
    ms: "baris pesanan",
    vi: "dòng đơn hàng",
    th: "รายการสั่งซื้อ",
    zh: "订单行",
    ja: "注文明細",
  },
  default: {
    de: "Standard",
    fr: "par défaut",
    es: "predeterminad",
    it: "predefinit",
    pt: "padrão",
    nl: "standaard",
    id: "bawaan",
    ms: "lalai",
    vi: "mặc định",
    th: "เริ่มต้น",
    zh: "默认",
    ja: "既定",
  },
  diamond: {
    de: "Diamant",
    fr: "diamant",
    es: "diamante",
    it: "diamant",
    pt: "diamante",
    nl: "diamant",
    id: "berlian",
    ms: "berlian",
    vi: "kim cương",
    th: "เพชร",
    zh: "钻石",
    ja: "ダイヤモンド",
  },
  coin: {
    de: "Münz",
    fr: "pièce",
    es: "moneda",
    it: "monet",
    pt: "moeda",
    nl: "munt",
    id: "koin",
    ms: "syiling",
    vi: "xu",
    th: "เหรียญ",
    zh: "金币",
    ja: "コイン",
  },
  impression: {
    de: "Impression",
    fr: "impression",
    es: "impresi",
    it: "impression",
    pt: "impress",
    nl: "vertoning",
    id: "impresi",
    ms: "tera",
    vi: "lượt hiển thị",
    th: "การแสดงผล",
    zh: "展示",
    ja: "インプレッション",
  },
  settlement: {
    de: "Abrechnung",
    fr: "règlement",
    es: "liquidación",
    it: "liquidazione",
    pt: "liquidação",
    nl: "afrekening",
    id: "penyelesaian",
    ms: "penyelesaian",
    vi: "quyết toán",
    th: "การชำระเงิน",
    zh: "结算",
    ja: "精算",
  },
};

test.each(languages)("%s uses one term for each idea of the glossary", (language) => {
  const { functions } = help.loadSection(language);
  const off: string[] = [];
  for (const spec of REGISTRY) {
    const pairs: [string, string, string][] = [
      [spec.id, spec.description, functions[spec.id].description],
      ...spec.parameters.map((p): [string, string, string] => [
        `${spec.id}(${p.name})`,
        p.description,
        functions[spec.id].parameters[p.name],
      ]),
    ];
    for (const [where, en, text] of pairs)
      for (const [word, byLanguage] of Object.entries(TERMS))
        if (new RegExp(`\\b${word}`, "i").test(en) && !text.toLowerCase().includes(byLanguage[language].toLowerCase()))
          off.push(`${where}: "${word}" is not "${byLanguage[language]}"`);
  }
  expect(off).toEqual([]);
});
