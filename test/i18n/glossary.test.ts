/**
 * The glossaries (src/i18n/<language>/glossary.ts, TikTok's own words) and the one rule for a fee's
 * name (src/i18n/feeNames.ts): a glossary for every language, no empty term, the sheets catalogs
 * not copying a glossary term, and the pane and the template sheets calling every fee the same —
 * the glossary's first term where it has one.
 */
import * as fs from "fs";
import * as path from "path";
import { FEE_IDS, FEE_KINDS } from "../../src/core/feeKinds";
import { ENGLISH_FEE_NAMES, feeName, feeNames } from "../../src/i18n/feeNames";
import type { Glossary } from "../../src/i18n/glossary";
import { LANGUAGES, type Language } from "../../src/i18n/languages";
import { FORM_KEYS } from "../../src/taskpane/columnMapping";
import { applyLanguage, columnLabel, feeLabel, sheetsText } from "../../src/taskpane/language";
import { paneText } from "../../src/taskpane/messages";
import { TEMPLATES } from "../../src/templates";
import { SHEETS_EN, type SheetsTranslation } from "../../src/templates/sheets";

const ROOT = path.join(__dirname, "..", "..");
const CODES = LANGUAGES.map((l) => l.code);
const OTHERS = CODES.filter((c): c is Exclude<Language, "en"> => c !== "en");

const glossaryOf = (code: Language): Glossary => require(`../../src/i18n/${code}/glossary`).default;
const translationOf = (code: Exclude<Language, "en">): SheetsTranslation =>
  require(`../../src/i18n/${code}/sheets`).default;

test("a glossary file for each of the 13 languages, naming every fee", () => {
  expect(CODES).toHaveLength(13);
  for (const code of CODES) {
    expect([code, fs.existsSync(path.join(ROOT, `src/i18n/${code}/glossary.ts`))]).toEqual([code, true]);
    const g = glossaryOf(code);
    expect([code, Object.keys(g.fees).sort()]).toEqual([code, [...FEE_IDS].sort()]);
    expect(typeof g.columns).toBe("object");
  }
});

describe.each(CODES)("%s glossary", (code) => {
  test("no term is empty text, none is listed twice for the same fee or column", () => {
    const g = glossaryOf(code);
    const problems: string[] = [];
    for (const [key, terms] of [...Object.entries(g.fees), ...Object.entries(g.columns)]) {
      for (const t of terms ?? []) if (typeof t !== "string" || t.trim() === "") problems.push(`${key}: empty term`);
      if (new Set(terms).size !== (terms ?? []).length) problems.push(`${key}: a term twice`);
    }
    expect(problems).toEqual([]);
  });
});

describe.each(OTHERS)("%s sheets catalog", (code) => {
  test("names only the fees its glossary has no TikTok word for", () => {
    const g = glossaryOf(code);
    const copies = Object.keys(translationOf(code).fees).filter((fee) => g.fees[fee as keyof Glossary["fees"]].length);
    expect(copies).toEqual([]);
  });
});

test("the rule: the glossary's first term, else the translation, else English", () => {
  const g: Pick<Glossary, "fees"> = {
    fees: { commission: ["A", "B"], transaction: [], refundAdmin: [], orderFee: [], growth: [], dynamicCommission: [] },
  };
  expect(feeName("commission", g, { commission: "X" })).toBe("A");
  expect(feeName("transaction", g, { transaction: "Y" })).toBe("Y");
  expect(feeName("growth", g, {})).toBe(FEE_KINDS.growth.label);
  expect(feeName("growth", undefined, undefined)).toBe(FEE_KINDS.growth.label);
  expect(feeNames(undefined, undefined)).toEqual(ENGLISH_FEE_NAMES);
  expect(SHEETS_EN.fees).toEqual(ENGLISH_FEE_NAMES);
});

const RECONCILIATION = TEMPLATES.find((t) => t.id === "statement-reconciliation")!;
const EN_PLAN = RECONCILIATION.build({ market: "US" });
const cellTexts = (plan: typeof EN_PLAN) => new Set(plan.cells.map((c) => String(c.content)));

// One language after another: applyLanguage switches the pane's module state.
describe.each(CODES)("%s: the pane and the sheets name each fee the same", (code) => {
  beforeAll(() => applyLanguage(code));

  test("feeLabel = the sheets catalog's name = the glossary's first term, else the translation, else English", () => {
    const g = glossaryOf(code);
    for (const fee of FEE_IDS) {
      const inSheets = sheetsText().fees[fee];
      expect([fee, feeLabel(fee, code)]).toEqual([fee, inSheets]);
      expect([fee, inSheets.trim().length > 0]).toEqual([fee, true]);
      const expected =
        code === "en"
          ? FEE_KINDS[fee].label // English is the source (src/i18n/feeNames.ts)
          : (g.fees[fee][0] ?? translationOf(code).fees[fee] ?? FEE_KINDS[fee].label);
      expect([fee, inSheets]).toEqual([fee, expected]);
    }
  });

  test("the reconciliation sheet built with the pane's catalog writes those names", () => {
    const plan = RECONCILIATION.build({ market: "US" }, sheetsText());
    const en = cellTexts(EN_PLAN);
    const got = cellTexts(plan);
    const written = FEE_IDS.filter((fee) => en.has(SHEETS_EN.fees[fee]));
    expect(written.length).toBeGreaterThan(0);
    for (const fee of written) expect([fee, got.has(feeLabel(fee, code))]).toEqual([fee, true]);
  });

  test("the column mapping form names each column as the seller's statement does: the glossary's first term", () => {
    const g = glossaryOf(code);
    const keys = paneText().reconcile.mapping.keys;
    for (const key of FORM_KEYS) {
      const expected =
        key === "commission" || key === "transaction"
          ? code === "en"
            ? keys[key]
            : feeLabel(key, code)
          : code === "en"
            ? keys[key] // English: the pane's word, not one market's column name
            : (g.columns[key]?.[0] ?? keys[key]);
      expect([key, columnLabel(key, keys[key])]).toEqual([key, expected]);
    }
  });
});

test("worked values: Indonesian and Vietnamese column names in the mapping form are TikTok's, not ours", async () => {
  await applyLanguage("id");
  const keys = () => paneText().reconcile.mapping.keys;
  // The pane's own translation is "Pembayaran pelanggan"; Seller Center's Indonesian column says this.
  expect(columnLabel("customerPayment", keys().customerPayment)).toBe("Pembayaran oleh pembeli");
  expect(columnLabel("platformDiscount", keys().platformDiscount)).toBe("Diskon platform");
  await applyLanguage("vi");
  expect(columnLabel("settlement", keys().settlement)).toBe("Tổng số tiền quyết toán");
  await applyLanguage("en");
  expect(columnLabel("customerPayment", keys().customerPayment)).toBe("Customer payment");
});
