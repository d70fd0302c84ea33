/**
 * Excel sheet names: at most 31 characters, none of : \ / ? * [ ], not blank, not starting or
 * ending with an apostrophe, and unique regardless of case. A taken name becomes "Name (2)", …
 */
const FORBIDDEN = /[:\\/?*[\]]/g;
const MAX_LENGTH = 31;

export function validSheetName(wanted: string): string {
  let name = wanted
    .replace(FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "");
  if (name === "") name = "Sheet";
  if (name.toLowerCase() === "history") name = "History sheet"; // reserved by Excel
  return name.slice(0, MAX_LENGTH).trim();
}

export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = validSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, MAX_LENGTH - suffix.length).trim() + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
