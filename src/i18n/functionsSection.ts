/**
 * The shape of a language's build-time section, `src/i18n/<language>/functions.ts` (its default
 * export): the function help Excel shows (functions-<locale>.json) and the manifest's own words (its
 * name, description and the ribbon's strings). Neither is ever bundled: scripts/function-help.js reads
 * the files at build time (scripts/manifests.js for the manifest).
 *
 * Function names, parameter names and the TIKTOK namespace are never translated (a formula must work
 * in every Excel); nor are the values a user types (market codes, "web", "incl. VAT", seller-profile
 * words), which the functions read in English.
 */
import type { FunctionHelpCatalog } from "../functions/generated/help";

/**
 * The manifest strings a language overrides: the top-level DisplayName and Description, and the
 * ShortStrings and LongStrings by their resource id (Functions.Namespace stays TIKTOK: not here).
 */
export const MANIFEST_STRINGS = [
  "DisplayName",
  "Description",
  "GetStarted.Title",
  "GetStarted.Description",
  "CommandsGroup.Label",
  "TaskpaneButton.Label",
  "TaskpaneButton.Tooltip",
] as const;

export type ManifestStringId = (typeof MANIFEST_STRINGS)[number];

export interface FunctionsSection {
  readonly manifest: Readonly<Record<ManifestStringId, string>>;
  readonly functions: FunctionHelpCatalog;
}
