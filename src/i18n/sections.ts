/**
 * A language's translations come in sections, one file each under `src/i18n/<language>/`:
 * - `messages.ts` — the core's and the function layer's messages (src/core/messages.ts's keys);
 * - `pane.ts` — the task pane and the preview's own words;
 * - `sheets.ts` — what the templates write into sheets (labels, notes, chart titles, the
 *   reconciliation sheet);
 * - `glossary.ts` — TikTok's own words in that language (fee names, statement columns), which the
 *   settlement reader's header dictionaries and the UI both use;
 * - `functions.ts` — function and parameter help, read at build time only (functions-<locale>.json).
 * English, the source, lives beside the code that speaks it. Each section file's default export
 * is that section's catalog. Sections load per language, with the pane, never into functions.js.
 */
import type { Language } from "./languages";

export type RuntimeSection = "messages" | "pane" | "sheets" | "glossary";

const loaded = new Map<string, Promise<unknown>>();

/**
 * One section of a language, loaded once (a chunk of its own in the bundle); undefined for
 * English, whose text is the source itself.
 */
export function loadSection<T>(language: Language, section: RuntimeSection): Promise<T | undefined> {
  if (language === "en") return Promise.resolve(undefined);
  const key = `${language}/${section}`;
  let p = loaded.get(key);
  if (!p) {
    p = import(
      /* webpackInclude: /[\\/](messages|pane|sheets|glossary)\.ts$/ */
      /* webpackChunkName: "i18n-[request]" */
      `./${language}/${section}`
    ).then((m: { default: T }) => m.default);
    loaded.set(key, p);
  }
  return p as Promise<T | undefined>;
}
