/**
 * The header dictionaries of every Seller Center language the reader knows, and the lookups built
 * from them once. Adding a language is its data file (`<lang>.ts`, with its glossary) and one line
 * in `DICTIONARIES`.
 */
import { LANGUAGES, type Language } from "../../../i18n/languages";
import { COLUMN_KEYS, type ColumnKey, normalizeHeader } from "../columns";
import type { HeaderDictionary, TransactionKind } from "./dictionary";
import { EN_DICTIONARY } from "./en";
import { ID_DICTIONARY } from "./id";
import { TH_DICTIONARY } from "./th";
import { VI_DICTIONARY } from "./vi";
import { ZH_DICTIONARY } from "./zh";

export type { FeeBreakdown, HeaderDictionary, TransactionKind } from "./dictionary";

/** Every language the reader reads, English first (it wins a tie). */
export const DICTIONARIES: readonly HeaderDictionary[] = [
  EN_DICTIONARY,
  ID_DICTIONARY,
  VI_DICTIONARY,
  TH_DICTIONARY,
  ZH_DICTIONARY,
];

/** A dictionary compiled: normalised name → key, and its breakdowns normalised. */
export interface CompiledDictionary {
  readonly dictionary: HeaderDictionary;
  readonly keys: ReadonlyMap<string, ColumnKey>;
  readonly breakdowns: readonly { total: ReadonlySet<string>; parts: ReadonlySet<string>; add: "total" | "parts" }[];
}

function compile(d: HeaderDictionary): CompiledDictionary {
  const keys = new Map<string, ColumnKey>();
  for (const [key, names] of Object.entries(d.columns) as [ColumnKey, readonly string[]][]) {
    for (const n of names) keys.set(normalizeHeader(n), key);
  }
  const breakdowns = d.breakdowns.map((b) => ({
    total: new Set(b.total.map(normalizeHeader)),
    parts: new Set(b.parts.map(normalizeHeader)),
    add: b.add,
  }));
  return { dictionary: d, keys, breakdowns };
}

export const COMPILED: readonly CompiledDictionary[] = DICTIONARIES.map(compile);

export function compiledOf(language: Language): CompiledDictionary {
  return COMPILED.find((c) => c.dictionary.language === language) ?? COMPILED[0];
}

/** The language's English name ("Vietnamese"), for messages. */
export function languageName(language: Language): string {
  return LANGUAGES.find((l) => l.code === language)?.name ?? language;
}

/** Every known name of each column, all languages (English first). */
export const COLUMN_NAMES: Readonly<Record<ColumnKey, readonly string[]>> = Object.fromEntries(
  COLUMN_KEYS.map((k) => [k, DICTIONARIES.flatMap((d) => d.columns[k] ?? [])]),
) as unknown as Record<ColumnKey, readonly string[]>;

/** The column a header names in a language (any language when none is given), or null. */
export function columnKeyOf(header: unknown, language?: Language): ColumnKey | null {
  const n = normalizeHeader(header);
  if (language !== undefined) return compiledOf(language).keys.get(n) ?? null;
  for (const c of COMPILED) {
    const k = c.keys.get(n);
    if (k !== undefined) return k;
  }
  return null;
}

/** Settlement sheet names of every language, normalised: where a workbook's rows are looked for first. */
export const SETTLEMENT_SHEETS: readonly string[] = DICTIONARIES.flatMap((d) => d.sheets.map(normalizeHeader));

const KINDS = new Map<string, TransactionKind>();
for (const d of DICTIONARIES) {
  for (const [value, kind] of Object.entries(d.types)) KINDS.set(normalizeHeader(value), kind);
}
/** Values of an order or a refund, longest first: a type that starts with one is one ("Order (partial)"). */
const ORDER_PREFIXES = [...KINDS]
  .filter(([, k]) => k === "order" || k === "refund")
  .sort((a, b) => b[0].length - a[0].length);

/** Type texts already read (a file has a handful): bounded, so memory stays flat on any file. */
const SEEN = new Map<string, TransactionKind | null>();

/** What a transaction-type value is, in any language; null for a value no dictionary lists. */
export function transactionKind(type: string): TransactionKind | null {
  const hit = SEEN.get(type);
  if (hit !== undefined) return hit;
  const t = normalizeHeader(type);
  const kind = KINDS.get(t) ?? ORDER_PREFIXES.find(([v]) => t.startsWith(v))?.[1] ?? null;
  if (SEEN.size > 1000) SEEN.clear();
  SEEN.set(type, kind);
  return kind;
}
