/**
 * The languages the add-in speaks, and how a language tag from Office, the browser, `?lang=` or
 * `--lang` picks one. Spanish is one catalog for Spain and Mexico (its manifest overrides name
 * `es-es` and `es-mx` apart, as Office wants full tags); Filipino users run Office in English
 * (Office ships no Filipino UI), so `fil`/`tl` fall back to English like any unknown tag.
 */
export const LANGUAGES = [
  { code: "en", name: "English", native: "English", locales: [] },
  { code: "id", name: "Indonesian", native: "Bahasa Indonesia", locales: ["id-id"] },
  { code: "th", name: "Thai", native: "ไทย", locales: ["th-th"] },
  { code: "vi", name: "Vietnamese", native: "Tiếng Việt", locales: ["vi-vn"] },
  { code: "ms", name: "Malay", native: "Bahasa Melayu", locales: ["ms-my"] },
  { code: "zh", name: "Chinese (Simplified)", native: "简体中文", locales: ["zh-cn"] },
  { code: "ja", name: "Japanese", native: "日本語", locales: ["ja-jp"] },
  { code: "pt", name: "Portuguese (Brazil)", native: "Português (Brasil)", locales: ["pt-br"] },
  { code: "es", name: "Spanish", native: "Español", locales: ["es-es", "es-mx"] },
  { code: "de", name: "German", native: "Deutsch", locales: ["de-de"] },
  { code: "fr", name: "French", native: "Français", locales: ["fr-fr"] },
  { code: "it", name: "Italian", native: "Italiano", locales: ["it-it"] },
  { code: "nl", name: "Dutch", native: "Nederlands", locales: ["nl-nl"] },
] as const;

export type Language = (typeof LANGUAGES)[number]["code"];

/** English: the source language, and where every fall-back ends. */
export const SOURCE_LANGUAGE: Language = "en";

const CODES: ReadonlySet<string> = new Set(LANGUAGES.map((l) => l.code));

export function isLanguage(code: string): code is Language {
  return CODES.has(code);
}

/**
 * The language for a tag such as "de-DE", "pt-BR", "zh-Hans-CN" or "ms": the tag's own language
 * when the add-in speaks it (by its first part, the prefix), otherwise English. Chinese is
 * Simplified only: a Traditional tag (zh-TW, zh-HK, zh-Hant) falls back to English rather than
 * showing a script its reader did not ask for.
 */
export function pickLanguage(tag: string | null | undefined): Language {
  const t = (tag ?? "").trim().toLowerCase().replace(/_/g, "-");
  const prefix = t.split("-")[0];
  if (prefix === "zh" && /^zh-(tw|hk|mo|hant)\b/.test(t)) return SOURCE_LANGUAGE;
  return isLanguage(prefix) ? prefix : SOURCE_LANGUAGE;
}

/** The Office locales (full tags, lower case) a manifest override names for each language but English. */
export function manifestLocales(): readonly { locale: string; language: Language }[] {
  return LANGUAGES.flatMap((l) => l.locales.map((locale) => ({ locale, language: l.code })));
}
