/**
 * The pane catalog in every language: the same keys as English, every sentence taking the same
 * parameters (and using each one English uses), and no English left untranslated — except brand
 * names and codes, and the few words that are the same in that language (listed below, each checked).
 */
import { LANGUAGES } from "../../src/i18n/languages";
import { PANE_EN, type PaneCatalog } from "../../src/taskpane/messages";

/** Sentinel arguments: numbers (plurals branch on them) that cannot appear in a catalog's own text. */
const ARGS = [70001, 70002, 70003, 70004];

/** Words that are rightly the same as English in a language (cognates, loanwords), by key. */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  fr: ["calculator.commission", "rates.sources", "rates.source", "rates.sourceLink", "rates.sourcesLink"],
  de: ["footer.support"],
  it: ["footer.privacy"],
  id: ["calculator.margin"],
  ms: ["calculator.margin"],
};

/** What may stay as in English anywhere: brand and product names, codes, formulas, punctuation. */
const UNTRANSLATABLE =
  /TikTok Economics|TikTok Shop|TikTok|LIVE|Seller Center|Creator Rewards|RPM|CPM|CPC|USD|npm run preview|HyperFormula|GPL-3\.0|Excel|Office|=?TIKTOK\.[A-Z]*(\([^)]*\))?\*?|700\d\d|[\s\d\p{P}\p{S}]/gu;

type Leaf = { path: string; en: unknown; tr: unknown };

function leaves(en: unknown, tr: unknown, path = ""): Leaf[] {
  if (typeof en === "object" && en !== null && !Array.isArray(en)) {
    return Object.keys(en).flatMap((k) =>
      leaves(
        (en as Record<string, unknown>)[k],
        (tr as Record<string, unknown> | undefined)?.[k],
        path ? `${path}.${k}` : k,
      ),
    );
  }
  return [{ path, en, tr }];
}

function keysOf(o: unknown, path = ""): string[] {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return [path];
  return Object.keys(o).flatMap((k) => keysOf((o as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
}

const text = (v: unknown): string => (Array.isArray(v) ? v.join("") : String(v));

const translations = LANGUAGES.filter((l) => l.code !== "en").map((l) => {
  const catalog = require(`../../src/i18n/${l.code}/pane`).default as PaneCatalog;
  return [l.code, catalog] as const;
});

test("a pane catalog for each of the 12 other languages", () => {
  expect(translations.map(([code]) => code)).toEqual([
    "id",
    "th",
    "vi",
    "ms",
    "zh",
    "ja",
    "pt",
    "es",
    "de",
    "fr",
    "it",
    "nl",
  ]);
});

describe.each(translations)("%s", (code, catalog) => {
  test("has exactly English's keys", () => {
    expect(keysOf(catalog).sort()).toEqual(keysOf(PANE_EN).sort());
  });

  test("each sentence takes English's parameters and uses every one English shows", () => {
    const problems: string[] = [];
    for (const { path, en, tr } of leaves(PANE_EN, catalog)) {
      if (typeof en === "function") {
        if (typeof tr !== "function" || tr.length !== en.length) {
          problems.push(
            `${path}: takes ${typeof tr === "function" ? tr.length : "no"} parameters, English ${en.length}`,
          );
          continue;
        }
        // Each way through the sentence (a category or none, with or without categories, one or many).
        for (const variant of [ARGS, ARGS.map(() => 1), [ARGS[0], null, true, 1], [ARGS[0], null, false, 1]]) {
          const args = variant.slice(0, en.length);
          const shownEn = text((en as (...a: unknown[]) => unknown)(...args));
          const shownTr = text((tr as (...a: unknown[]) => unknown)(...args));
          for (const a of args)
            if (typeof a === "number" && a > 1 && shownEn.includes(String(a)) && !shownTr.includes(String(a)))
              problems.push(`${path}: leaves out ${a} (English: ${shownEn})`);
        }
      } else if (Array.isArray(en)) {
        if (!Array.isArray(tr) || tr.length !== en.length) problems.push(`${path}: not ${en.length} lines`);
      } else if (typeof tr !== "string" || tr.trim() === "") problems.push(`${path}: empty`);
    }
    expect(problems).toEqual([]);
  });

  test("no English left untranslated (brand names and codes aside)", () => {
    const allowed = new Set(SAME_AS_ENGLISH[code] ?? []);
    const same: string[] = [];
    for (const { path, en, tr } of leaves(PANE_EN, catalog)) {
      const pairs: [string, string][] =
        typeof en === "function"
          ? [ARGS, ARGS.map(() => 1)].map((args) => [
              text((en as (...a: unknown[]) => unknown)(...args.slice(0, en.length))),
              text((tr as (...a: unknown[]) => unknown)(...args.slice(0, en.length))),
            ])
          : Array.isArray(en)
            ? en.map((line, i) => [String(line), String((tr as unknown[])[i])])
            : [[String(en), String(tr)]];
      for (const [e, t] of pairs) {
        if (e !== t || allowed.has(path)) continue;
        // Nothing but names and codes: the same in every language.
        if (e.replace(UNTRANSLATABLE, "") === "") continue;
        same.push(`${path}: "${t}"`);
      }
    }
    expect(same).toEqual([]);
    // Each allowance is still needed: the word really is English's (a stale one would hide a miss later).
    for (const path of allowed) {
      const leaf = leaves(PANE_EN, catalog).find((l) => l.path === path);
      const shown = (v: unknown) => (typeof v === "function" ? text(v(...ARGS)) : text(v));
      expect([path, leaf !== undefined && shown(leaf.en) === shown(leaf.tr)]).toEqual([path, true]);
    }
  });

  test("keeps brand names, function names and codes as they are", () => {
    const all = leaves(PANE_EN, catalog)
      .map(({ en, tr }) => [en, tr].map((v) => (typeof v === "function" ? text(v(...ARGS)) : text(v))))
      .filter(([e]) => /=TIKTOK\.|npm run preview|Seller Center/.test(e));
    for (const [e, t] of all) {
      for (const token of e.match(/=TIKTOK\.[A-Z]+\([^)]*\)|npm run preview|Seller Center/g) ?? [])
        expect([token, t.includes(token)]).toEqual([token, true]);
    }
  });
});
