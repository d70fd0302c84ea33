/**
 * The pane's language: which one (the Settings choice, else Office's display language), loading its
 * catalog, and the one place a language change reaches everything that speaks: the pane catalog,
 * `<html lang>`, the page's static words, the fee names and the core's messages.
 */
import { FEE_KINDS, type FeeId } from "../core/feeKinds";
import type { ColumnKey } from "../core/settlement/columns";
import type { FeeNames } from "../i18n/feeNames";
import type { Glossary } from "../i18n/glossary";
import { isLanguage, type Language, pickLanguage, SOURCE_LANGUAGE } from "../i18n/languages";
import { useSheetWords } from "../i18n/active";
import { marketNameIn } from "../i18n/format";
import { setLanguage } from "../i18n/setLanguage";
import { loadSection } from "../i18n/sections";
import { SHEETS_EN, type SheetsCatalog, sheetsCatalog, type SheetsTranslation } from "../templates/sheets";
import { PANE_EN, type PaneCatalog, paneText, usePaneCatalog } from "./messages";
import { LANGUAGE_KEY, type UserPrefs } from "./prefs";

/** BCP 47 tags for `<html lang>` where the code alone says less than the catalog is written in. */
const HTML_LANG: Partial<Record<Language, string>> = { zh: "zh-Hans", pt: "pt-BR" };

let language: Language = SOURCE_LANGUAGE;
/** Each loaded language's fee names: the ones its sheets are written with (src/i18n/feeNames.ts). */
const feeNamesOf = new Map<Language, FeeNames>([[SOURCE_LANGUAGE, SHEETS_EN.fees]]);
let sheets: SheetsCatalog = SHEETS_EN;
/** The pane language's glossary columns: TikTok's names for the statement's columns in it. */
let glossaryColumns: Glossary["columns"] = {};

export function currentLanguage(): Language {
  return language;
}

/** The language the pane starts in: the one chosen in Settings, else the display language's. */
export function startLanguage(prefs: UserPrefs, displayLanguage: string | null | undefined): Language {
  const chosen = prefs.get(LANGUAGE_KEY);
  return chosen && isLanguage(chosen) ? chosen : pickLanguage(displayLanguage);
}

/** The words new sheets are written in: the pane's language's sheets catalog. */
export function sheetsText(): SheetsCatalog {
  return sheets;
}

/**
 * Switches everything that speaks to `lang`: the pane catalog, the sheets catalog new sheets are
 * written in, the core's and the functions' messages (src/i18n/active.ts, shared with
 * functions.js in the shared runtime), `<html lang>` and the page's static words.
 */
export async function applyLanguage(lang: Language): Promise<void> {
  const [pane, glossary, sheetWords] = await Promise.all([
    loadSection<PaneCatalog>(lang, "pane").catch(() => undefined),
    // TikTok's own words (fee names); a glossary that fails to load leaves the sheets' own names.
    loadSection<Glossary>(lang, "glossary").catch(() => undefined),
    loadSection<SheetsTranslation>(lang, "sheets").catch(() => undefined),
    // A catalog that fails to load leaves the messages in the language they were.
    setLanguage(lang).catch(() => undefined),
  ]);
  sheets = pane && sheetWords ? sheetsCatalog(sheetWords, glossary) : SHEETS_EN;
  const catalog = pane ?? PANE_EN;
  // The pane names a fee as the sheets do: one rule, one result (src/i18n/feeNames.ts).
  feeNamesOf.set(lang, sheets.fees);
  usePaneCatalog(catalog);
  language = pane || lang === SOURCE_LANGUAGE ? lang : SOURCE_LANGUAGE;
  // The functions' tables (SHOPFEES, ADFORMATS) say what the sheets say: the shared runtime's one active.ts.
  useSheetWords(language, sheets);
  // English's glossary lists several markets' names for a column, none of them the UI's word.
  glossaryColumns = language === SOURCE_LANGUAGE ? {} : (glossary?.columns ?? {});
  if (typeof document !== "undefined") {
    document.documentElement.lang = HTML_LANG[language] ?? language;
    applyStaticText(document);
  }
}

/**
 * A fee's name in a language, the same as its sheets write: the glossary's first term (TikTok's
 * word), else the sheets catalog's translation, else English (src/i18n/feeNames.ts).
 */
export function feeLabel(fee: FeeId, lang: Language): string {
  return feeNamesOf.get(lang)?.[fee] ?? FEE_KINDS[fee].label;
}

/**
 * A statement column's name in the pane's language, as the seller's own statement writes it: a fee
 * column by the fee-name rule (feeLabel), another by its glossary's first term, else `translated`
 * (the pane catalog's own word, for a column no TikTok term was found for).
 */
export function columnLabel(key: ColumnKey, translated: string): string {
  if (key !== "commission" && key !== "transaction") return glossaryColumns[key]?.[0] ?? translated;
  return language === SOURCE_LANGUAGE ? translated : feeLabel(key, language);
}

export { isFeeId } from "../core/feeKinds";

/** A catalog string by its dotted path ("preview.banner"), or null for anything that is not one. */
function textAt(path: string): string | null {
  let node: unknown = paneText();
  for (const part of path.split(".")) {
    if (node === null || typeof node !== "object") return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : null;
}

/**
 * The pages' static words: an element's text from `data-text`, its aria-label from
 * `data-aria-label` and its title from `data-title`, each a path into the pane catalog.
 */
export function applyStaticText(doc: Document): void {
  for (const [attribute, apply] of [
    ["data-text", (el: Element, t: string) => (el.textContent = t)],
    ["data-aria-label", (el: Element, t: string) => el.setAttribute("aria-label", t)],
    ["data-title", (el: Element, t: string) => el.setAttribute("title", t)],
  ] as const) {
    for (const el of Array.from(doc.querySelectorAll(`[${attribute}]`))) {
      const text = textAt(el.getAttribute(attribute) ?? "");
      if (text !== null) apply(el, text);
    }
  }
}

/**
 * A market's name in the pane's language: the browser's own region names (Intl.DisplayNames, CLDR),
 * so no catalog has to carry sixteen country names; English keeps the rate book's names.
 */
export function marketName(code: string, englishName: string): string {
  if (language === SOURCE_LANGUAGE) return englishName;
  const said = marketNameIn(HTML_LANG[language] ?? language)(code);
  return said === code ? englishName : said;
}
