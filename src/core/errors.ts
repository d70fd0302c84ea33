/**
 * Typed errors of the pricing core. The function layer maps each kind to one Excel error:
 * invalidValue → #VALUE!, notAvailable → #N/A, outOfRange → #NUM!.
 */
import { type Message, type MessageKey, type MessageParams, message } from "./messages";

export type CoreErrorKind = "invalidValue" | "notAvailable" | "outOfRange";

export class CoreError extends Error {
  readonly kind: CoreErrorKind;
  /** The argument the caller has to fix, e.g. "price" or "market". */
  readonly argument: string | null;
  /** Close matches for an unknown code or name, best first. */
  readonly suggestions: readonly string[];
  /** The catalog key and parameters of the message, so a language catalog can say it again. */
  readonly key: MessageKey | null;
  readonly params: MessageParams;

  constructor(
    kind: CoreErrorKind,
    argument: string | null,
    said: Message | string,
    suggestions: readonly string[] = [],
  ) {
    super(typeof said === "string" ? said : said.text);
    this.name = "CoreError";
    this.kind = kind;
    this.argument = argument;
    this.suggestions = suggestions;
    this.key = typeof said === "string" ? null : said.key;
    this.params = typeof said === "string" ? {} : said.params;
  }
}

export function invalidValue(argument: string, said: Message | string): CoreError {
  return new CoreError("invalidValue", argument, said);
}

export function outOfRange(argument: string | null, said: Message | string): CoreError {
  return new CoreError("outOfRange", argument, said);
}

/** Something asked for is not in the rate book; lists the closest known names. */
export function notAvailable(argument: string, what: string, given: string, known: readonly string[]): CoreError {
  const suggestions = closestNames(given, known, 5);
  // No close match: name a few known ones, so the message still says what would work.
  const some = known.slice(0, 6).map((s) => `"${s}"`);
  const said =
    suggestions.length > 0
      ? message("name.unknownDidYouMean", { what, given, names: suggestions.map((s) => `"${s}"`).join(", ") })
      : some.length === 0
        ? message("name.unknown", { what, given })
        : known.length > some.length
          ? message("name.unknownKnownMore", { what, given, names: some.join(", "), more: known.length - some.length })
          : message("name.unknownKnown", { what, given, names: some.join(", ") });
  return new CoreError("notAvailable", argument, said, suggestions);
}

/** What an error says, as a message when it carries its key (to say it again in another language). */
export function saidOf(e: CoreError): Message | string {
  return e.key === null ? e.message : { key: e.key, params: e.params, text: e.message };
}

export function isCoreError(e: unknown): e is CoreError {
  return e instanceof CoreError;
}

/** Names closest to `given` by edit distance on lower-cased text; prefix matches first. */
export function closestNames(given: string, known: readonly string[], limit: number): string[] {
  const g = given.trim().toLowerCase();
  if (g === "") return known.slice(0, limit);
  const scored = known.map((name) => {
    const n = name.toLowerCase();
    const prefixBonus = n.startsWith(g) || g.startsWith(n) ? -2 : n.includes(g) ? -1 : 0;
    return { name, score: editDistance(g, n) + prefixBonus };
  });
  const threshold = Math.max(2, Math.ceil(g.length / 2));
  return scored
    .filter((s) => s.score <= threshold)
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((s) => s.name);
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
