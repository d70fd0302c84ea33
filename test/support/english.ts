/**
 * The probe for English left in a translated text (issue #23): common English words, after what
 * legitimately stays English in any language is taken out (quoted text, function and argument
 * names, options, URLs, brands). Used by the message, function-table and CLI report tests.
 */
/** Whole words that mean the text is (partly) English. None is a word of the other 12 languages. */
const STOPLIST = [
  "the",
  "not",
  "must",
  "should",
  "number",
  "between",
  "with",
  "your",
  "than",
  "and",
  "enter",
  "which",
  "cannot",
  "only",
  "does",
  "has",
  "are",
  "this",
  "that",
  "from",
  "before",
  "after",
  "there",
  "when",
  "would",
  "could",
  "more",
  "less",
  "give",
  "check",
  "column",
];
const ENGLISH = new RegExp(`(?<![\\p{L}\\p{N}_.])(?:${STOPLIST.join("|")})(?![\\p{L}\\p{N}_])`, "iu");

/** The text without what may stay English in any language. */
export function withoutAllowed(text: string): string {
  return (
    text
      // Quoted: values the user types, column and sheet names as the file writes them, JSON.
      .replace(/"[^"]*"|'[^'\s][^']*'|“[^”]*”|„[^“”]*[“”]|«[^»]*»|「[^」]*」|‘[^’]*’/g, " ")
      .replace(/https?:\/\/\S+/g, " ")
      // Function calls and names, argument names (snake_case), options (--market), paths.
      .replace(/\b(?:TIKTOK\.)?[A-Z][A-Z0-9]+\([^)]*\)/g, " ")
      .replace(/\b[a-z]+(?:_[a-z]+)+\b|--[a-z]+|\/[\w/{}.…-]+/g, " ")
      .replace(/\b(?:TRUE|FALSE|TikTok(?: Shop)?|LIVE|GMV Max|Seller Center|Open API)\b/g, " ")
  );
}

/** The first English word of a text, outside what may stay English; null when there is none. */
export const englishIn = (text: string): string | null => ENGLISH.exec(withoutAllowed(text))?.[0] ?? null;
