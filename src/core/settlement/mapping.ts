/**
 * Column mappings: how a file whose header no dictionary knows is read. A mapping names, for each
 * column key, the file's column (as written), the fee block whose sum is the total fees, and what
 * the file's transaction-type values are where no dictionary knows them. It is JSON (saved in the
 * workbook, given to the CLI with --columns) and is applied only once the user has confirmed it:
 * nothing is guessed silently. A suggestion (suggestMapping.ts) is always unconfirmed.
 */
import { invalidValue } from "../errors";
import type { Message } from "../messages";
import { message } from "./messages";
import { LANGUAGES, type Language } from "../../i18n/languages";
import { COLUMN_KEYS, type ColumnKey, normalizeHeader } from "./columns";
import { type TransactionKind, transactionKind } from "./dictionaries";
import { HEADER_SCAN_ROWS, type Header, type HeaderColumn, LAYOUTS, type LayoutId } from "./layouts";
import type { Cell } from "./values";

export const MAPPING_FORMAT = "tiktok-economics/columns";
export const MAPPING_VERSION = 1;

const KINDS: readonly TransactionKind[] = ["order", "refund", "adjustment", "compensation", "deduction", "adsPayment"];

export interface ColumnMapping {
  readonly format: typeof MAPPING_FORMAT;
  readonly version: typeof MAPPING_VERSION;
  /** The header row's cells as written (trimmed): a file with this header is offered this mapping. */
  readonly header: readonly string[];
  /** Column key → the file's column name as written. */
  readonly columns: Readonly<Partial<Record<ColumnKey, string>>>;
  /** The columns whose sum is the total fees (each once); absent: found by position as for known files. */
  readonly fees?: readonly string[];
  /** The file's type values no dictionary knows → what they are (null: still to be said by the user). */
  readonly types?: Readonly<Record<string, TransactionKind | null>>;
  /** The layout; absent: inferred from the keys (estimatedSettlement → unsettled, netSales → statement). */
  readonly layout?: LayoutId;
  /** The language the result is reported in (default en). */
  readonly language?: Language;
  /** True only once a person has checked it: an unconfirmed mapping is never applied. */
  readonly confirmed: boolean;
}

const bad = (said: Message) => invalidValue("columns", said);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A mapping read strictly from JSON text or a parsed value. Raises a CoreError saying what to fix:
 * not JSON, wrong format or version, an unknown key, a column not in its header, a column mapped
 * twice, an unknown kind, or (unless `allowUnconfirmed`, for a draft the user is editing) not confirmed.
 */
export function parseColumnMapping(input: unknown, opts: { allowUnconfirmed?: boolean } = {}): ColumnMapping {
  let v = input;
  if (typeof input === "string") {
    try {
      v = JSON.parse(input);
    } catch (e) {
      throw bad(message("settlement.mappingNotJson", { reason: (e as Error).message }));
    }
  }
  if (!isRecord(v) || v.format !== MAPPING_FORMAT || v.version !== MAPPING_VERSION) {
    const found = isRecord(v)
      ? `"format": ${JSON.stringify(v.format)}, "version": ${JSON.stringify(v.version)}`
      : typeof v;
    throw bad(message("settlement.mappingFormat", { format: MAPPING_FORMAT, version: MAPPING_VERSION, found }));
  }
  if (!Array.isArray(v.header) || !v.header.every((h) => typeof h === "string") || !isRecord(v.columns)) {
    throw bad(
      message("settlement.mappingFormat", {
        format: MAPPING_FORMAT,
        version: MAPPING_VERSION,
        found: "no header or columns",
      }),
    );
  }
  const header = (v.header as string[]).map((h) => h.trim());
  const names = new Set(header.map(normalizeHeader));
  const inHeader = (key: string, name: unknown): string => {
    if (typeof name !== "string" || !names.has(normalizeHeader(name))) {
      throw bad(message("settlement.mappingColumnMissing", { key, column: String(name) }));
    }
    return name.trim();
  };
  const columns: Partial<Record<ColumnKey, string>> = {};
  const taken = new Map<string, string>();
  for (const [key, name] of Object.entries(v.columns)) {
    if (!(COLUMN_KEYS as readonly string[]).includes(key)) {
      throw bad(message("settlement.mappingUnknownKey", { key, keys: COLUMN_KEYS.join(", ") }));
    }
    const col = inHeader(key, name);
    const n = normalizeHeader(col);
    const first = taken.get(n);
    if (first !== undefined) throw bad(message("settlement.mappingDuplicate", { column: col, first, second: key }));
    taken.set(n, key);
    columns[key as ColumnKey] = col;
  }
  let fees: string[] | undefined;
  if (v.fees !== undefined) {
    if (!Array.isArray(v.fees))
      throw bad(message("settlement.mappingColumnMissing", { key: "fees", column: String(v.fees) }));
    fees = v.fees.map((f) => inHeader("fees", f));
  }
  let types: Record<string, TransactionKind | null> | undefined;
  if (v.types !== undefined) {
    if (!isRecord(v.types))
      throw bad(
        message("settlement.mappingBadKind", { value: "types", kind: String(v.types), kinds: KINDS.join(", ") }),
      );
    types = {};
    for (const [value, kind] of Object.entries(v.types)) {
      if (kind !== null && !KINDS.includes(kind as TransactionKind)) {
        throw bad(message("settlement.mappingBadKind", { value, kind: String(kind), kinds: KINDS.join(", ") }));
      }
      types[value] = kind as TransactionKind | null;
    }
  }
  if (v.layout !== undefined && !LAYOUTS.some((l) => l.id === v.layout)) {
    throw bad(
      message("settlement.mappingUnknownKey", { key: String(v.layout), keys: LAYOUTS.map((l) => l.id).join(", ") }),
    );
  }
  if (v.language !== undefined && !LANGUAGES.some((l) => l.code === v.language)) {
    throw bad(
      message("settlement.mappingUnknownKey", {
        key: String(v.language),
        keys: LANGUAGES.map((l) => l.code).join(", "),
      }),
    );
  }
  const mapping: ColumnMapping = {
    format: MAPPING_FORMAT,
    version: MAPPING_VERSION,
    header,
    columns,
    ...(fees ? { fees } : {}),
    ...(types ? { types } : {}),
    ...(v.layout !== undefined ? { layout: v.layout as LayoutId } : {}),
    ...(v.language !== undefined ? { language: v.language as Language } : {}),
    confirmed: v.confirmed === true,
  };
  if (!opts.allowUnconfirmed) requireConfirmed(mapping);
  return mapping;
}

/** Raises the refusal of an unconfirmed mapping (or of one whose types are not all said). */
export function requireConfirmed(m: ColumnMapping): void {
  if (m.confirmed !== true) throw bad(message("settlement.mappingNotConfirmed", {}));
  for (const [value, kind] of Object.entries(m.types ?? {})) {
    if (kind === null)
      throw bad(message("settlement.mappingBadKind", { value, kind: "null", kinds: KINDS.join(", ") }));
  }
}

const cellsOf = (row: readonly Cell[]): string[] => {
  const cells = row.map((c) => (c === null || c === undefined ? "" : String(c).trim()));
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return cells;
};

/** True when the row is the mapping's header (case and spacing aside, as header names are compared). */
export function isMappedHeader(mapping: ColumnMapping, row: readonly Cell[]): boolean {
  const cells = cellsOf(row);
  const want = cellsOf(mapping.header);
  return cells.length === want.length && cells.every((c, i) => normalizeHeader(c) === normalizeHeader(want[i]));
}

/** The 0-based row of the first rows holding the mapping's header, or -1: so a saved mapping is offered for the next such file. */
export function mappingFits(mapping: ColumnMapping, rows: readonly (readonly Cell[])[]): number {
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) if (isMappedHeader(mapping, rows[r] ?? [])) return r;
  return -1;
}

/** The layout a mapping's keys describe. */
function layoutOf(m: ColumnMapping) {
  const has = (k: ColumnKey) => m.columns[k] !== undefined;
  const id: LayoutId =
    m.layout ??
    (has("estimatedSettlement")
      ? "unsettled"
      : has("statementId") || (has("netSales") && !has("revenue"))
        ? "statement"
        : "income");
  const layout = LAYOUTS.find((l) => l.id === id)!;
  // The type column is not required: without one every row is read as an order, as in known files.
  const missing = layout.required.filter((k) => k !== "type" && !has(k));
  if (layout.id === "orderExport" || missing.length > 0) {
    throw bad(
      message("settlement.mappingNeedsKeys", {
        layout: layout.title,
        keys: (layout.id === "orderExport" ? ["settlement"] : missing).join(", "),
      }),
    );
  }
  return layout;
}

/** The header a confirmed mapping gives the row holding its header (row: its 0-based position). */
export function headerFromMapping(mapping: ColumnMapping, cells: readonly Cell[], row: number): Header {
  requireConfirmed(mapping);
  const layout = layoutOf(mapping);
  const keyOf = new Map<string, ColumnKey>();
  for (const [key, name] of Object.entries(mapping.columns) as [ColumnKey, string][])
    keyOf.set(normalizeHeader(name), key);
  const columns: HeaderColumn[] = [];
  const index: Partial<Record<ColumnKey, number>> = {};
  cells.forEach((raw, i) => {
    const name = raw === null || raw === undefined ? "" : String(raw).trim();
    const normalized = normalizeHeader(name);
    const key = keyOf.get(normalized) ?? null;
    columns.push({ index: i, name, normalized, key });
    if (key !== null && index[key] === undefined) index[key] = i;
  });
  const feeNames = mapping.fees?.map(normalizeHeader);
  const feeBlock = feeNames ? columns.filter((c) => feeNames.includes(c.normalized)).map((c) => c.index) : undefined;
  return { layout, language: mapping.language ?? "en", row, columns, index, ...(feeBlock ? { feeBlock } : {}) };
}

const CANONICAL: Record<TransactionKind, string> = {
  order: "Order",
  refund: "Refund",
  adjustment: "Adjustment",
  compensation: "Platform compensation",
  deduction: "Deductions incurred by seller",
  adsPayment: "GMV Payment for TikTok Ads",
};

/**
 * How a mapping's type values are read: a value the mapping gives a kind no dictionary gives it is
 * passed on as "Order (Purchase)", so the line keeps the file's word and the reader its kind.
 * Null when the mapping says nothing the dictionaries do not already.
 */
export function typeRewriter(mapping: ColumnMapping): ((type: string) => string) | null {
  const own = new Map<string, string>();
  for (const [value, kind] of Object.entries(mapping.types ?? {})) {
    if (kind === null || transactionKind(value) === kind) continue;
    own.set(normalizeHeader(value), `${CANONICAL[kind]} (${value.trim()})`);
  }
  if (own.size === 0) return null;
  return (type) => own.get(normalizeHeader(type)) ?? type;
}
