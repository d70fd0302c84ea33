/**
 * Every language's message catalog, imported at once: for hosts that load no chunks and choose the
 * language before they evaluate (the CLI, built by tsc, which follows no dynamic import), and for
 * the tests. Never imported by the add-in's bundles: the pane and the functions load one language
 * through loadSection (src/i18n/setLanguage.ts).
 */
import type { CompleteCatalog } from "../core/messages";
import type { Language } from "./languages";
import de from "./de/messages";
import es from "./es/messages";
import fr from "./fr/messages";
import id from "./id/messages";
import it from "./it/messages";
import ja from "./ja/messages";
import ms from "./ms/messages";
import nl from "./nl/messages";
import pt from "./pt/messages";
import th from "./th/messages";
import vi from "./vi/messages";
import zh from "./zh/messages";

export const MESSAGE_CATALOGS: Readonly<Record<Exclude<Language, "en">, CompleteCatalog>> = {
  id,
  th,
  vi,
  ms,
  zh,
  ja,
  pt,
  es,
  de,
  fr,
  it,
  nl,
};
