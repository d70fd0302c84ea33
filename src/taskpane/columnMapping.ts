/**
 * "A file we don't know yet is mapped, not refused" (#21), the pane's logic without a DOM: a sheet
 * whose header no dictionary knows gets a form (one choice per key the reconciler needs, pre-filled
 * from the core's suggestion with its evidence), the user's answers become a mapping only when they
 * press "Use these columns" (confirmed, then checked by parseColumnMapping), and confirmed mappings
 * are saved in the workbook, newest first, to be OFFERED for the next sheet with the same header —
 * never applied without the user's press. Nothing is guessed silently.
 */
import { isCoreError } from "../core/errors";
import {
  type Cell,
  type ColumnKey,
  type ColumnMapping,
  detectHeader,
  HEADER_SCAN_ROWS,
  headerFromMapping,
  isEmptyCell,
  MAPPING_FORMAT,
  MAPPING_VERSION,
  type MappingEvidence,
  type MappingSuggestion,
  mappingFits,
  parseColumnMapping,
  SAMPLE_ROWS,
  suggestMapping,
  transactionKind,
  type TransactionKind,
} from "../core/settlement";
import type { WorkbookHost } from "./host";
import { paneText } from "./messages";

/** The workbook setting holding the confirmed mappings: a JSON list, newest first. */
export const MAPPINGS_SETTING = "tiktok-economics.columnMappings";
/** How many confirmed mappings a workbook keeps. */
export const MAPPINGS_KEPT = 20;
/** How many rows are read to suggest a mapping: the header rows and a sample of data rows. */
export const TOP_ROWS = HEADER_SCAN_ROWS + SAMPLE_ROWS;

/** The keys the form asks for, in the form's order. */
export const FORM_KEYS = [
  "id",
  "type",
  "created",
  "settled",
  "currency",
  "settlement",
  "revenue",
  "totalFees",
  "adjustment",
  // Which fee column is which, and the bases, the values cannot tell: left to the user.
  "commission",
  "transaction",
  "customerPayment",
  "platformDiscount",
  "salesTax",
  "subtotalAfter",
] as const satisfies readonly ColumnKey[];
export type FormKey = (typeof FORM_KEYS)[number];

export const KINDS: readonly TransactionKind[] = [
  "order",
  "refund",
  "adjustment",
  "compensation",
  "deduction",
  "adsPayment",
];

/** What the form shows and the user edits. */
export interface MappingForm {
  /** The file's header cells, as written (the choices of every select). */
  readonly header: readonly string[];
  readonly headerRow: number;
  /** Key → the chosen column, or null for "(none)". */
  columns: Record<FormKey, string | null>;
  /** Why a column was pre-filled (absent: chosen by the user or not found). */
  readonly evidence: Readonly<Partial<Record<FormKey, MappingEvidence>>>;
  /** Keys the suggestion could not fill: marked for the user. */
  readonly leftToUser: readonly FormKey[];
  /** The columns whose sum is the total fees. */
  fees: string[];
  /** The type values of the file's type column, each with its kind (null: still to choose). */
  types: { value: string; kind: TransactionKind | null }[];
  /** Keys of the mapping the form does not ask for (commission, bases…), kept as they were. */
  readonly rest: Readonly<Partial<Record<ColumnKey, string>>>;
  readonly rows: readonly (readonly Cell[])[];
}

const text = (c: Cell): string => (c === null || c === undefined ? "" : String(c).trim());

/** The type values a column holds in the sample, each with the kind a dictionary gives it (or the one known). */
export function typeValues(
  rows: readonly (readonly Cell[])[],
  headerRow: number,
  header: readonly string[],
  column: string | null,
  known: Readonly<Record<string, TransactionKind | null>> = {},
): { value: string; kind: TransactionKind | null }[] {
  if (column === null) return [];
  const at = header.indexOf(column);
  if (at < 0) return [];
  const seen = new Set<string>();
  for (const r of rows.slice(headerRow + 1, headerRow + 1 + SAMPLE_ROWS)) {
    const v = r[at];
    if (!isEmptyCell(v)) seen.add(text(v));
  }
  return [...seen].slice(0, 40).map((value) => ({ value, kind: known[value] ?? transactionKind(value) }));
}

const isFormKey = (k: string): k is FormKey => (FORM_KEYS as readonly string[]).includes(k);

function formOf(
  mapping: ColumnMapping,
  headerRow: number,
  rows: readonly (readonly Cell[])[],
  evidence: Partial<Record<ColumnKey, MappingEvidence>>,
  leftToUser: readonly ColumnKey[],
): MappingForm {
  const columns = Object.fromEntries(FORM_KEYS.map((k) => [k, mapping.columns[k] ?? null])) as Record<
    FormKey,
    string | null
  >;
  const rest: Partial<Record<ColumnKey, string>> = {};
  for (const [k, v] of Object.entries(mapping.columns)) if (!isFormKey(k) && v !== undefined) rest[k as ColumnKey] = v;
  const formEvidence: Partial<Record<FormKey, MappingEvidence>> = {};
  for (const k of FORM_KEYS) if (evidence[k]) formEvidence[k] = evidence[k];
  return {
    header: mapping.header,
    headerRow,
    columns,
    evidence: formEvidence,
    leftToUser: FORM_KEYS.filter((k) => columns[k] === null && (leftToUser.includes(k) || !evidence[k])),
    fees: [...(mapping.fees ?? [])],
    types: typeValues(rows, headerRow, mapping.header, columns.type, mapping.types ?? {}),
    rest,
    rows,
  };
}

/** The form pre-filled from the core's suggestion (never confirmed). */
export function formFromSuggestion(s: MappingSuggestion, rows: readonly (readonly Cell[])[]): MappingForm {
  return formOf(s.mapping, s.headerRow, rows, s.evidence, s.leftToUser);
}

/** The form showing a saved mapping, to edit it (its evidence is the user's own earlier choice). */
export function formFromMapping(m: ColumnMapping, rows: readonly (readonly Cell[])[]): MappingForm {
  return formOf(m, Math.max(0, mappingFits(m, rows)), rows, {}, []);
}

/** The form's type column changed: its values listed again, kinds kept where the user gave them. */
export function withTypeColumn(form: MappingForm, column: string | null): MappingForm {
  const given = Object.fromEntries(form.types.map((t) => [t.value, t.kind]));
  return {
    ...form,
    columns: { ...form.columns, type: column },
    types: typeValues(form.rows, form.headerRow, form.header, column, given),
  };
}

/**
 * The mapping the user confirmed with "Use these columns": confirmed, then checked strictly by the
 * core (a column twice, a type left open, a column not in the header: a CoreError saying what to fix).
 */
export function mappingFromForm(form: MappingForm): ColumnMapping {
  // The kept keys (commission, bases…) lose a column the form now gives a key it asks for.
  const asked = new Set(FORM_KEYS.map((k) => form.columns[k]).filter((c): c is string => c !== null));
  const columns: Partial<Record<ColumnKey, string>> = {};
  for (const [k, v] of Object.entries(form.rest)) if (v !== undefined && !asked.has(v)) columns[k as ColumnKey] = v;
  for (const k of FORM_KEYS) if (form.columns[k] !== null) columns[k] = form.columns[k] as string;
  // Types are written when one is not what a dictionary says, or still open (then refused: say what it is).
  const unknown = form.types.filter((t) => t.kind === null || t.kind !== transactionKind(t.value));
  const draft = {
    format: MAPPING_FORMAT,
    version: MAPPING_VERSION,
    header: form.header,
    columns,
    ...(form.fees.length > 0 ? { fees: form.fees } : {}),
    ...(unknown.length > 0 ? { types: Object.fromEntries(form.types.map((t) => [t.value, t.kind])) } : {}),
    confirmed: true,
  };
  const mapping = parseColumnMapping(draft);
  // The keys its layout needs (created, settlement…): refused here, in the form, before anything is saved.
  headerFromMapping(mapping, mapping.header, form.headerRow);
  return mapping;
}

/** The confirmed mappings saved in the workbook, newest first (a damaged or unconfirmed entry is left out). */
export function savedMappings(host: Pick<WorkbookHost, "loadSetting">): ColumnMapping[] {
  const raw = host.loadSetting(MAPPINGS_SETTING);
  if (raw === null) return [];
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  return list.flatMap((m) => {
    try {
      return [parseColumnMapping(m)];
    } catch {
      return [];
    }
  });
}

const sameHeader = (a: ColumnMapping, b: ColumnMapping) =>
  a.header.length === b.header.length && a.header.every((h, i) => h === b.header[i]);

/** Saves a confirmed mapping first in the workbook's list (replacing one for the same header). */
export async function saveMapping(host: Pick<WorkbookHost, "loadSetting" | "saveSetting">, m: ColumnMapping) {
  if (m.confirmed !== true) throw new Error(paneText().reconcile.mapping.notConfirmed);
  const list = [m, ...savedMappings(host).filter((s) => !sameHeader(s, m))].slice(0, MAPPINGS_KEPT);
  await host.saveSetting(MAPPINGS_SETTING, JSON.stringify(list));
}

/** What the pane does with a sheet before reconciling it. */
export type SheetPlanStep =
  | { readonly kind: "known" }
  | { readonly kind: "saved"; readonly mapping: ColumnMapping }
  | { readonly kind: "map"; readonly form: MappingForm }
  | { readonly kind: "noHeader" };

const knownHeader = (rows: readonly (readonly Cell[])[]): boolean => {
  try {
    detectHeader(rows);
    return true;
  } catch (e) {
    // Only the "not a known layout" refusal asks for a mapping; a mixed-language header keeps its own message.
    if (isCoreError(e) && e.key === "settlement.notKnownLayout") return false;
    throw e;
  }
};

/**
 * The step for a sheet's top rows: a header a dictionary knows is reconciled as ever; else a saved
 * mapping that fits is offered; else the form, pre-filled from the suggestion.
 */
export function planFor(rows: readonly (readonly Cell[])[], saved: readonly ColumnMapping[]): SheetPlanStep {
  if (knownHeader(rows)) return { kind: "known" };
  const fits = saved.find((m) => mappingFits(m, rows) >= 0);
  if (fits) return { kind: "saved", mapping: fits };
  const s = suggestMapping(rows);
  return s ? { kind: "map", form: formFromSuggestion(s, rows) } : { kind: "noHeader" };
}

/** A pre-filled key's reason, worded for the pane (with the other columns that fit as well). */
export function reasonText(e: MappingEvidence): string {
  const W = paneText().reconcile.mapping.why;
  const rows = String(e.rows);
  const hits = String(e.hits);
  const said: Record<MappingEvidence["why"], string> = {
    idDigits: W.idDigits(hits, rows),
    dates: W.dates(rows),
    earliestDate: W.earliestDate(hits, rows),
    laterDate: W.laterDate(hits, rows),
    currencyCodes: W.currencyCodes(rows),
    typeValues: W.typeValues(hits),
    settlementIdentity: W.settlementIdentity(hits),
    feeSum: W.feeSum(hits),
    feePart: W.feePart(hits),
    revenuePart: W.revenuePart(hits),
    otherPart: W.otherPart(hits),
  };
  const also =
    e.alternatives.length > 0 ? ` ${paneText().reconcile.mapping.alternatives(e.alternatives.join(", "))}` : "";
  return `${said[e.why]}${also}`;
}
