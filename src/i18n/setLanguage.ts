/**
 * Loads a language's message catalog and makes it the one the functions speak (src/i18n/active.ts).
 * Apart from active.ts so that the loader and its list of language chunks stay out of functions.js:
 * only the pane (and tests) call it.
 */
import type { Catalog } from "../core/messages";
import { askLanguage, useLoadedCatalog } from "./active";
import type { Language } from "./languages";
import { loadSection } from "./sections";

/**
 * Speak `language` from now on, once its catalog has loaded; the last call wins when two overlap.
 * A catalog that fails to load leaves the language as it was (and rejects).
 */
export async function setLanguage(language: Language): Promise<void> {
  const ticket = askLanguage();
  const catalog = await loadSection<Catalog>(language, "messages");
  useLoadedCatalog(ticket, language, catalog);
}
