/**
 * The language the function layer speaks now, and its message catalog. English until the pane (or
 * the preview, or the CLI) sets one; `setLanguage` (src/i18n/setLanguage.ts, the pane's side) loads
 * the catalog through loadSection, a chunk of its own, so no translation — and not the loader's
 * list of chunks — is in functions.js. In the shared runtime the pane and the
 * functions use this one module (taskpane.js depends on functions.js), so an error Excel shows
 * after the pane has set the language is in that language. A cell computed before keeps its
 * message until it is calculated again.
 */
import { type Catalog, type Message, type MessageKey, type MessageParams, render } from "../core/messages";
import type { SheetsCatalog } from "../templates/sheets";
import { type Language, SOURCE_LANGUAGE } from "./languages";

let active: { readonly language: Language; readonly catalog: Catalog | undefined } = {
  language: SOURCE_LANGUAGE,
  catalog: undefined,
};
let asked = 0;

export function activeLanguage(): Language {
  return active.language;
}

/** The catalog in use; undefined for English. */
export function activeCatalog(): Catalog | undefined {
  return active.catalog;
}

/**
 * For a loader (src/i18n/setLanguage.ts): a ticket to pass back with the catalog once it has loaded,
 * so that of two overlapping loads the last asked wins.
 */
export function askLanguage(): number {
  return ++asked;
}

export function useLoadedCatalog(ticket: number, language: Language, catalog: Catalog | undefined): void {
  if (ticket === asked) active = { language, catalog: language === SOURCE_LANGUAGE ? undefined : catalog };
}

/** For a host that holds the catalog already (the CLI, tests): no loading. */
export function useCatalog(language: Language, catalog: Catalog | undefined): void {
  asked++;
  active = { language, catalog: language === SOURCE_LANGUAGE ? undefined : catalog };
}

/** A message in the active language (English where the catalog lacks its key, or fails). */
export function say(msg: Message): string {
  try {
    return render(msg, active.catalog);
  } catch {
    return msg.text;
  }
}

/**
 * The message of an error that carries its key and parameters (CoreError, ExcelError) in the
 * active language; its English message when it has no key.
 */
export function errorText(e: {
  readonly key: MessageKey | null;
  readonly params: MessageParams;
  readonly message: string;
}): string {
  return e.key === null ? e.message : say({ key: e.key, params: e.params, text: e.message });
}

/**
 * The active language's sheets catalog (fee names glossary first, src/i18n/feeNames.ts; the ad
 * formats' words), given by the host that loaded it (the pane's applyLanguage, the CLI): what the
 * functions' tables (SHOPFEES, ADFORMATS) say, as the pane and the sheets do. None in English,
 * whose tables keep the rate book's own words (a market's name for its fee).
 */
let sheetWords: { readonly language: Language; readonly words: SheetsCatalog } | null = null;

export function useSheetWords(language: Language, words: SheetsCatalog | undefined): void {
  sheetWords = language === SOURCE_LANGUAGE || !words ? null : { language, words };
}

/** The active language's sheets catalog; undefined in English or before a host gives it. */
export function activeSheetWords(): SheetsCatalog | undefined {
  return sheetWords && sheetWords.language === active.language ? sheetWords.words : undefined;
}
