/**
 * Every language's sheets catalog, completed with its glossary's fee names, imported at once: for
 * the CLI (built by tsc, which loads no chunks) and the tests. Never imported by the add-in's
 * bundles: the pane loads one language's sheets and glossary through loadSection (language.ts).
 */
import { SHEETS_EN, type SheetsCatalog, sheetsCatalog, type SheetsTranslation } from "../templates/sheets";
import type { Glossary } from "./glossary";
import type { Language } from "./languages";
import de from "./de/sheets";
import deGlossary from "./de/glossary";
import es from "./es/sheets";
import esGlossary from "./es/glossary";
import fr from "./fr/sheets";
import frGlossary from "./fr/glossary";
import id from "./id/sheets";
import idGlossary from "./id/glossary";
import it from "./it/sheets";
import itGlossary from "./it/glossary";
import ja from "./ja/sheets";
import jaGlossary from "./ja/glossary";
import ms from "./ms/sheets";
import msGlossary from "./ms/glossary";
import nl from "./nl/sheets";
import nlGlossary from "./nl/glossary";
import pt from "./pt/sheets";
import ptGlossary from "./pt/glossary";
import th from "./th/sheets";
import thGlossary from "./th/glossary";
import vi from "./vi/sheets";
import viGlossary from "./vi/glossary";
import zh from "./zh/sheets";
import zhGlossary from "./zh/glossary";

const TRANSLATIONS: Readonly<Record<Exclude<Language, "en">, readonly [SheetsTranslation, Glossary]>> = {
  id: [id, idGlossary],
  th: [th, thGlossary],
  vi: [vi, viGlossary],
  ms: [ms, msGlossary],
  zh: [zh, zhGlossary],
  ja: [ja, jaGlossary],
  pt: [pt, ptGlossary],
  es: [es, esGlossary],
  de: [de, deGlossary],
  fr: [fr, frGlossary],
  it: [it, itGlossary],
  nl: [nl, nlGlossary],
};

/** The sheets catalog of a language, its fees named by the one rule (feeNames.ts); English's is the source. */
export function sheetsIn(language: Language): SheetsCatalog {
  if (language === "en") return SHEETS_EN;
  const [translation, glossary] = TRANSLATIONS[language];
  return sheetsCatalog(translation, glossary);
}
