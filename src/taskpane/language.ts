/**
 * The pane's language: which one (the Settings choice, else Office's display language), loading its
 * catalog, and the one place a language change reaches everything that speaks: the pane catalog,
 * `<html lang>`, the page's static words, the glossary's fee names and the core's messages.
 */
import { FEE_KINDS, type FeeId } from "../core/feeKinds";
import { isLanguage, type Language, pickLanguage, SOURCE_LANGUAGE } from "../i18n/languages";
import { setLanguage } from "../i18n/setLanguage";
import { loadSection } from "../i18n/sections";
import { SHEETS_EN, type SheetsCatalog } from "../templates/sheets";
import { PANE_EN, type PaneCatalog, paneText, usePaneCatalog } from "./messages";
import { LANGUAGE_KEY, type UserPrefs } from "./prefs";

/**
 * What the pane reads of a language's glossary (`src/i18n/<language>/glossary.ts`, TikTok's own
 * words): the fee names, keyed by fee id. A language without a glossary uses its pane catalog's.
 */
export interface PaneGlossary {
  readonly fees?: Partial<Record<FeeId, string>>;
}

/** BCP 47 tags for `<html lang>` where the code alone says less than the catalog is written in. */
const HTML_LANG: Partial<Record<Language, string>> = { zh: "zh-Hans", pt: "pt-BR" };

let language: Language = SOURCE_LANGUAGE;
const catalogs = new Map<Language, PaneCatalog>([[SOURCE_LANGUAGE, PANE_EN]]);
const glossaries = new Map<Language, PaneGlossary | undefined>();
let sheets: SheetsCatalog = SHEETS_EN;

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
    // Only Seller Center languages have a glossary: none means the pane catalog's fee names.
    loadSection<PaneGlossary>(lang, "glossary").catch(() => undefined),
    loadSection<SheetsCatalog>(lang, "sheets").catch(() => undefined),
    // A catalog that fails to load leaves the messages in the language they were.
    setLanguage(lang).catch(() => undefined),
  ]);
  sheets = pane && sheetWords ? sheetWords : SHEETS_EN;
  const catalog = pane ?? PANE_EN;
  catalogs.set(lang, catalog);
  glossaries.set(lang, glossary);
  usePaneCatalog(catalog);
  language = pane || lang === SOURCE_LANGUAGE ? lang : SOURCE_LANGUAGE;
  if (typeof document !== "undefined") {
    document.documentElement.lang = HTML_LANG[language] ?? language;
    applyStaticText(document);
  }
}

/** A fee's name in a language: the glossary's (TikTok's word), else the pane catalog's, else English. */
export function feeLabel(fee: FeeId, lang: Language): string {
  return glossaries.get(lang)?.fees?.[fee] ?? catalogs.get(lang)?.fees[fee] ?? FEE_KINDS[fee].label;
}

export function isFeeId(key: string): key is FeeId {
  return Object.prototype.hasOwnProperty.call(FEE_KINDS, key);
}

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
  try {
    const names = new Intl.DisplayNames([HTML_LANG[language] ?? language], { type: "region" });
    return names.of(code === "UK" ? "GB" : code) ?? englishName;
  } catch {
    return englishName;
  }
}
