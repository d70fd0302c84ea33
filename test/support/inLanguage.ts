/**
 * Runs `run` with the functions' and the core's messages in `language` (and, with `sheets`, the
 * sheets catalog the function tables read, as the pane and the CLI give it), then back to English
 * whatever happens: the setting is module state shared by every test of a file.
 */
import { useCatalog, useSheetWords } from "../../src/i18n/active";
import type { Language } from "../../src/i18n/languages";
import { MESSAGE_CATALOGS } from "../../src/i18n/messageCatalogs";
import { sheetsIn } from "../../src/i18n/sheetsCatalogs";

export function inLanguage<T>(language: Language, run: () => T, opts: { sheets?: boolean } = {}): T {
  const reset = () => {
    useCatalog("en", undefined);
    useSheetWords("en", undefined);
  };
  useCatalog(language, language === "en" ? undefined : MESSAGE_CATALOGS[language]);
  if (opts.sheets) useSheetWords(language, sheetsIn(language));
  let out: T;
  try {
    out = run();
  } catch (e) {
    reset();
    throw e;
  }
  if (out instanceof Promise) return out.finally(reset) as T;
  reset();
  return out;
}
