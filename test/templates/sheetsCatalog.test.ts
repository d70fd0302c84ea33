/**
 * The sheets catalog in every language: the English catalog's keys and parameters, nothing more;
 * every template built in every language evaluates to the same numbers as in English with no new
 * errors and no English words left; sheet names Excel takes; labels that fit their columns.
 */
import { AD_FORMATS } from "../../src/core/rates/ads";
import { SHOP_MARKETS } from "../../src/core/rates/markets";
import { LAYOUTS } from "../../src/core/settlement/layouts";
import { EngineWorkbook } from "../../src/engine/workbook";
import { LANGUAGES, type Language } from "../../src/i18n/languages";
import { TEMPLATES } from "../../src/templates";
import { fitWidth } from "../../src/templates/builder";
import { templateList } from "../../src/templates/catalog";
import { categoryChoices } from "../../src/templates/choiceLists";
import { columnLetter, parseAddress, type SheetPlan } from "../../src/templates/plan";
import {
  SHEETS_EN,
  fill,
  parametersOf,
  type SheetsCatalog,
  sheetsCatalog,
  type SheetsTranslation,
} from "../../src/templates/sheets";
import { validSheetName } from "../../src/templates/sheetNames";

const OTHERS = LANGUAGES.map((l) => l.code).filter((c): c is Exclude<Language, "en"> => c !== "en");

/** A language's catalog as the pane builds templates with it: its translation, the fee names by the glossary's rule. */
const catalog = (code: Language): SheetsCatalog =>
  sheetsCatalog(
    require(`../../src/i18n/${code}/sheets`).default as SheetsTranslation,
    require(`../../src/i18n/${code}/glossary`).default,
  );

type Leaf = { path: string; value: string };
function leaves(node: unknown, path = ""): Leaf[] {
  if (typeof node === "string") return [{ path, value: node }];
  if (Array.isArray(node)) return node.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  return Object.entries(node as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

/**
 * Keys whose text may be the English one in another language: TikTok's product names (brands that
 * TikTok itself writes in English in its other-language pages), codes, units and punctuation.
 */
const MAY_STAY = new Set([
  "brandLaunch.formats.TopView.name",
  "brandLaunch.formats.BrandTakeover.name",
  "brandLaunch.formats.HashtagChallenge.name",
  "brandLaunch.formats.BrandedEffect.name",
  "brandLaunch.formats.InFeed.name",
  "shopPnl.roas",
  "adPlanner.roas",
  "shopCatalog.columns.sku",
  "shopCatalog.skus",
  "businessModel.ok",
  "businessModel.billions",
  "businessModel.usdBn",
  "businessModel.grade",
  "liveEarnings.spillNote",
  // Punctuation: most languages join parts and list items as English does.
  "reconciliation.report.joiner",
  "reconciliation.report.listJoiner",
]);

/** Words a language borrows from English as they are (the language's own word, spelled the same). */
const BORROWED: Partial<Record<Language, readonly string[]>> = {
  de: ["Affiliate", "Budget", "Traffic (CPC)", "Format", "Status"],
  id: ["Total", "Volume", "Status"],
  ms: ["Status"],
  fr: ["Conversions (oCPM)", "impressions", "Impressions (CPM + oCPM)", "Verdict", "Impressions", "Total"],
  es: ["Total"],
  pt: ["Total"],
  nl: ["Status"],
};

const EN_LEAVES = leaves(SHEETS_EN);

/** Texts that may read as in English in a language's sheets: the keys that may stay, its borrowed words. */
function maySame(code: Language, text: SheetsCatalog): Set<string> {
  const got = new Map(leaves(text).map((l) => [l.path, l.value]));
  return new Set(
    EN_LEAVES.filter(
      ({ path, value }) => got.get(path) === value && (MAY_STAY.has(path) || BORROWED[code]?.includes(value)),
    ).map((l) => l.value),
  );
}

describe.each(OTHERS)("sheets catalog: %s", (code) => {
  let text: SheetsCatalog;
  let got: Map<string, string>;
  beforeAll(() => {
    text = catalog(code);
    got = new Map(leaves(text).map((l) => [l.path, l.value]));
  });

  test("every English key, none beyond, the same parameters, each parameter rendered", () => {
    expect([...got.keys()].sort()).toEqual(EN_LEAVES.map((l) => l.path).sort());
    for (const { path, value } of EN_LEAVES) {
      const translated = got.get(path)!;
      expect([path, parametersOf(translated)]).toEqual([path, parametersOf(value)]);
      const params = Object.fromEntries(parametersOf(value).map((p) => [p, `⟦${p}⟧`]));
      const rendered = fill(translated, params);
      for (const p of Object.values(params)) expect([path, rendered.includes(p)]).toEqual([path, true]);
      expect([path, /\{[a-zA-Z]+\}/.test(rendered)]).toEqual([path, false]);
      expect([path, translated.trim().length > 0]).toEqual([path, true]);
    }
  });

  test("no English text left (but brands, codes and units)", () => {
    const same = EN_LEAVES.filter(
      ({ path, value }) => got.get(path) === value && !MAY_STAY.has(path) && !BORROWED[code]?.includes(value),
    ).map((l) => `${l.path}: ${l.value}`);
    expect(same).toEqual([]);
  });

  test("statuses: every mismatch starts with the mismatch word, no COUNTIF wildcards, all distinct", () => {
    const s = text.reconciliation.statuses;
    expect(s.overcharged.startsWith(s.mismatch)).toBe(true);
    expect(s.undercharged.startsWith(s.mismatch)).toBe(true);
    for (const other of [s.match, s.skipped, s.notModelled, s.checkCells])
      expect(other.toLowerCase().startsWith(s.mismatch.toLowerCase())).toBe(false);
    for (const word of [...Object.values(s), text.brandLaunch.quote]) expect(word).not.toMatch(/[*?~]/);
    expect(new Set(Object.values(s).map((w) => w.toLowerCase())).size).toBe(Object.values(s).length);
    // Words that go inside a number format's quotes.
    for (const word of [...Object.values(text.reconciliation.differenceWords), text.businessModel.billions])
      expect(word).not.toMatch(/"/);
  });

  test("sheet names Excel takes as they are (≤ 31 characters, none of []:*?/\\)", () => {
    for (const t of TEMPLATES) {
      const name = t.build({ market: "US" }, text).sheetName;
      expect([t.id, name]).toEqual([t.id, validSheetName(name)]);
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  test("the gallery's cards in this language: every template, in order", () => {
    const cards = templateList(text);
    expect(cards.map((c) => c.id)).toEqual(TEMPLATES.map((t) => t.id));
    for (const c of cards) expect(c.asks.length).toBeGreaterThan(0);
  });
});

test("English: sheet names Excel takes; the formats' shapes are the rate book's words", () => {
  for (const t of TEMPLATES) {
    const name = t.build({ market: "US" }).sheetName;
    expect(name).toBe(validSheetName(name));
  }
  for (const f of AD_FORMATS) {
    const words = SHEETS_EN.brandLaunch.formats[f.id as keyof typeof SHEETS_EN.brandLaunch.formats];
    expect([f.id, words.duration, words.delivery]).toEqual([f.id, f.duration, f.delivery]);
  }
});

/** Texts that are data in every language: codes, the rate book's category and gift names, inputs functions read. */
const DATA = new Set<string>([
  ...SHOP_MARKETS.map((m) => m.code),
  ...SHOP_MARKETS.flatMap((m) => categoryChoices(m.code)),
  ...["Rose", "Finger Heart", "Hand Wave", "Lollipop", "Rainbow Puke", "Galaxy", "Lion"],
  ...["ios", "web", "android", "E-commerce", "C", "B", "→", "SKU"],
]);

/**
 * Template 7's words that are not the sheets catalog's: the file's own types ("Order") and the
 * statement reader's layout title and reasons (src/core/settlement, translated with the core's
 * messages, not here).
 */
const FROM_READER = new Set([
  "Order",
  "Logistics reimbursement",
  ...LAYOUTS.map((l) => l.title),
  "Logistics reimbursement: adjustments are not checked against the rate book",
]);

/** A cell's own words (a text, or a formula that writes words): not a function's answer or a copy of a cell. */
function writesWords(content: unknown): boolean {
  if (typeof content !== "string" || content === "") return false;
  if (!content.startsWith("=")) return /\p{L}{2}/u.test(content);
  return !/TIKTOK\.|HYPERLINK\(/.test(content) && !/^=\$?[A-Z]{1,3}\$?\d+$/.test(content);
}

function evaluate(plan: SheetPlan): { values: Map<string, unknown>; errors: string[] } {
  const wb = new EngineWorkbook();
  const sheet = wb.addPlan(plan);
  const values = new Map(plan.cells.map((c) => [c.address, wb.value(sheet, c.address)]));
  const errors = wb.errors(sheet).map(String);
  wb.destroy();
  return { values, errors };
}

/** Templates and the default market they are built for: US for all, and Indonesia (whole rupiah, its own categories) for the two Shop sheets. */
const BUILDS = TEMPLATES.flatMap((t) =>
  (["shop-pnl", "shop-catalog"].includes(t.id) ? ["US", "ID"] : ["US"]).map((m) => [`${t.id} (${m})`, t, m] as const),
);

describe.each(BUILDS)("template %s in every language", (_id, t, market) => {
  const enPlan = t.build({ market });
  const en = evaluate(enPlan);
  const enCells = new Map(enPlan.cells.map((c) => [c.address, c]));

  test.each(OTHERS)("%s: the same numbers, no new errors, no English words", (code) => {
    const text = catalog(code);
    const plan = t.build({ market }, text);
    const got = evaluate(plan);
    const allowed = maySame(code, text);
    expect(got.errors).toEqual(en.errors);
    expect(plan.cells.map((c) => c.address).sort()).toEqual(enPlan.cells.map((c) => c.address).sort());
    const numbers: string[] = [];
    const english: string[] = [];
    for (const c of plan.cells) {
      const before = en.values.get(c.address);
      const after = got.values.get(c.address);
      if (typeof before === "number" && after !== before) numbers.push(`${c.address}: ${before} → ${String(after)}`);
      if (typeof after === "string" && /#(NAME|VALUE)\?/.test(after)) numbers.push(`${c.address}: ${after}`);
      const enCell = enCells.get(c.address);
      if (
        enCell &&
        writesWords(enCell.content) &&
        typeof after === "string" &&
        /\p{L}{2}/u.test(after) &&
        after === before &&
        !FROM_READER.has(after) &&
        !DATA.has(after) &&
        !allowed.has(after) &&
        !/^[A-Z]{2}-\d{3}$/.test(after) &&
        (c.role !== "header" || !/^\d+$/.test(after))
      )
        english.push(`${c.address}: ${after}`);
    }
    expect(numbers).toEqual([]);
    // The sample statement (a US Seller Center export) keeps its English header and types.
    const sample = t.id === "statement-reconciliation" ? sampleRows(plan) : new Set<number>();
    expect(english.filter((e) => !sample.has(parseAddress(e.split(":")[0]).row))).toEqual([]);
    for (const [i, chart] of plan.charts.entries()) expect(chart.title).not.toBe(enPlan.charts[i].title);
    for (const [i, d] of (plan.dropdowns ?? []).entries()) {
      expect(d.prompt).not.toBe(enPlan.dropdowns![i].prompt);
      expect(d.words!.promptTitle).not.toBe(enPlan.dropdowns![i].words!.promptTitle);
      // Excel's data-validation limits: a prompt or alert of 255 characters, a title of 32.
      expect(d.prompt.length).toBeLessThanOrEqual(255);
      expect(d.words!.alertMessage.length).toBeLessThanOrEqual(255);
      expect(d.words!.promptTitle.length).toBeLessThanOrEqual(32);
      expect(d.words!.alertTitle.length).toBeLessThanOrEqual(32);
    }
    expect(plan.sheetName).not.toBe(enPlan.sheetName);
  });

  test.each(["en" as Language, ...OTHERS])(
    "%s: labels and headers fit their columns where the cell beside is filled",
    (code) => {
      const plan = t.build({ market }, code === "en" ? SHEETS_EN : catalog(code));
      const at = new Map(plan.cells.map((c) => [c.address, c]));
      const clipped: string[] = [];
      for (const c of plan.cells) {
        if (!c.role || !["label", "header", "total"].includes(c.role)) continue;
        if (typeof c.content !== "string" || c.content.startsWith("=") || c.content === "") continue;
        const p = parseAddress(c.address);
        const column = columnLetter(p.column);
        const width = plan.columnWidths[column];
        const right = at.get(`${columnLetter(p.column + 1)}${p.row + 1}`);
        if (width === undefined || !right || right.content === "") continue;
        const need = fitWidth(c.content, c.role !== "label", 420);
        if (width < need) clipped.push(`${c.address} "${c.content}" needs ${need}, has ${width}`);
      }
      expect(clipped).toEqual([]);
    },
  );
});

/** The 0-based rows of template 7's sample statement (its section title and below). */
function sampleRows(plan: SheetPlan): Set<number> {
  const title = plan.cells.find((c) => c.role === "section" && /^A\d+$/.test(c.address));
  const top = title ? parseAddress(title.address).row : Infinity;
  return new Set(plan.cells.map((c) => parseAddress(c.address).row).filter((r) => r > top));
}
