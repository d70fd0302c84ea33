/**
 * A suggested column mapping for a file no dictionary knows, found from the columns' values — the
 * names may be anything: an ID column of 15–19-digit integers, date columns (the earlier per row is
 * the created date), a currency column of ISO codes, a type column of few text values, and the
 * amounts that make the settlement identity hold exactly on the rows (settlement = revenue + total
 * fees (+ adjustment…), total fees = the sum of its fee columns, all non-positive). Each key comes
 * with its evidence (structured, for a UI to word); the result is never confirmed. Which fee column
 * is the commission and which the transaction fee is left to the user (the rate book's bases would
 * be needed too); so are the bases (customer payment, subtotal…).
 *
 * Bounded: the header is looked for in the first HEADER_SCAN_ROWS rows and at most SAMPLE_ROWS data
 * rows are read; the identity search looks at sums of two to four of at most MAX_AMOUNT_COLUMNS columns.
 */
import { Decimal, ZERO } from "../decimal";
import type { ColumnKey } from "./columns";
import { transactionKind, type TransactionKind } from "./dictionaries";
import { HEADER_SCAN_ROWS } from "./layouts";
import { type ColumnMapping, MAPPING_FORMAT, MAPPING_VERSION } from "./mapping";
import { marketsForCurrency } from "./rateBook";
import { type Cell, isEmptyCell, readAmount, readDate } from "./values";

export const SAMPLE_ROWS = 500;
const MAX_AMOUNT_COLUMNS = 48;

/** Why a column was suggested for a key: what its values showed, on how many of the rows read. */
export interface MappingEvidence {
  readonly column: string;
  readonly why:
    | "idDigits"
    | "dates"
    | "earliestDate"
    | "laterDate"
    | "currencyCodes"
    | "typeValues"
    | "settlementIdentity"
    | "feeSum"
    | "feePart"
    | "revenuePart"
    | "otherPart";
  /** Rows with a value in the column, and of those the rows that fit (distinct IDs, earliest date…). */
  readonly rows: number;
  readonly hits: number;
  /** Other columns whose values fit as well (identical values): the user may pick one of them. */
  readonly alternatives: readonly string[];
}

export interface MappingSuggestion {
  /** The suggested mapping, always unconfirmed. */
  readonly mapping: ColumnMapping;
  /** 0-based row of the header taken. */
  readonly headerRow: number;
  readonly evidence: Readonly<Partial<Record<ColumnKey, MappingEvidence>>>;
  /** The fee columns found to sum to the total fees, each with its evidence. */
  readonly fees: readonly MappingEvidence[];
  /** Type values no dictionary knows: the user says what they are. */
  readonly unknownTypes: readonly string[];
  /** Keys that are left to the user although the reconciler would use them. */
  readonly leftToUser: readonly ColumnKey[];
}

const text = (c: Cell): string => (c === null || c === undefined ? "" : String(c).trim());

/** The most header-like of the first rows: the most non-empty text cells that are no amounts (first wins). */
function headerRowOf(rows: readonly (readonly Cell[])[]): number {
  let best = -1;
  let bestCount = 0;
  for (let r = 0; r < Math.min(rows.length, HEADER_SCAN_ROWS); r++) {
    const count = (rows[r] ?? []).filter(
      (c) => typeof c === "string" && c.trim() !== "" && !/^[-+\d.,\s/:]+$/.test(c),
    ).length;
    if (count > bestCount) {
      best = r;
      bestCount = count;
    }
  }
  return best;
}

const ID = /^\d{15,19}$/;
const DATE_TEXT = /^(\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})([ T].*)?$|^(19|20)\d{6}$/;

interface Column {
  readonly index: number;
  readonly name: string;
  readonly filled: number;
  readonly values: readonly Cell[];
}

/** The amounts of a column (empty as zero), or null when a value is no amount. */
function amountsOf(c: Column): Decimal[] | null {
  const out: Decimal[] = [];
  for (const v of c.values) {
    if (isEmptyCell(v)) {
      out.push(ZERO);
      continue;
    }
    if (typeof v === "string" && (ID.test(v.trim()) || DATE_TEXT.test(v.trim()))) return null;
    try {
      const a = readAmount(v, c.name);
      if (a === null) out.push(ZERO);
      else out.push(a);
    } catch {
      return null;
    }
  }
  return out;
}

/** The dates of a column, or null when a non-empty value is no date (numbers only as 2000–2099 Excel serials). */
function datesOf(c: Column): (string | null)[] | null {
  if (c.filled === 0) return null;
  const out: (string | null)[] = [];
  for (const v of c.values) {
    if (isEmptyCell(v)) {
      out.push(null);
      continue;
    }
    if (
      typeof v === "number"
        ? !(v >= 36526 && v < 73051)
        : typeof v === "string"
          ? !DATE_TEXT.test(v.trim())
          : !(v instanceof Date)
    )
      return null;
    try {
      out.push(readDate(v, c.name));
    } catch {
      return null;
    }
  }
  return out;
}

/**
 * A suggested mapping for the rows (header and banner rows included), or null when no row of the
 * first ones looks like a header.
 */
export function suggestMapping(rows: readonly (readonly Cell[])[]): MappingSuggestion | null {
  const h = headerRowOf(rows);
  if (h < 0) return null;
  const headerCells = (rows[h] ?? []).map(text);
  while (headerCells.length > 0 && headerCells[headerCells.length - 1] === "") headerCells.pop();
  const data = rows.slice(h + 1, h + 1 + SAMPLE_ROWS).filter((r) => r.length > 0 && !r.every(isEmptyCell));
  const columns: Column[] = headerCells
    .map((name, index) => {
      const values = data.map((r) => r[index]);
      return { index, name, values, filled: values.filter((v) => !isEmptyCell(v)).length };
    })
    .filter((c) => c.name !== "");
  const evidence: Partial<Record<ColumnKey, MappingEvidence>> = {};
  const used = new Set<number>();
  const give = (key: ColumnKey, c: Column, why: MappingEvidence["why"], hits: number, alternatives: Column[] = []) => {
    evidence[key] = { column: c.name, why, rows: c.filled, hits, alternatives: alternatives.map((a) => a.name) };
    used.add(c.index);
  };

  // The ID: 15–19-digit integers, the most distinct values wins.
  let idBest: { c: Column; distinct: number } | null = null;
  for (const c of columns) {
    if (c.filled === 0) continue;
    const ok = c.values.every(
      (v) =>
        isEmptyCell(v) ||
        (typeof v === "number" ? Number.isInteger(v) && v >= 1e14 : ID.test(text(v).replace(/^'/, ""))),
    );
    if (!ok) continue;
    const distinct = new Set(c.values.filter((v) => !isEmptyCell(v)).map(text)).size;
    if (!idBest || distinct > idBest.distinct) idBest = { c, distinct };
  }
  if (idBest) give("id", idBest.c, "idDigits", idBest.distinct);

  // Dates: the column whose date is the earlier one on most rows is the created date, the next the settled one.
  const dated = columns
    .filter((c) => !used.has(c.index))
    .flatMap((c) => {
      const d = datesOf(c);
      return d ? [{ c, d }] : [];
    });
  dated.sort((a, b) => b.c.filled - a.c.filled || a.c.index - b.c.index);
  if (dated.length === 1) give("created", dated[0].c, "dates", dated[0].c.filled);
  else if (dated.length > 1) {
    const [a, b] = dated;
    const earlier = (x: typeof a, y: typeof a) =>
      x.d.filter((v, i) => v !== null && y.d[i] !== null && v < (y.d[i] as string)).length;
    const [first, second] = earlier(b, a) > earlier(a, b) ? [b, a] : [a, b];
    give("created", first.c, "earliestDate", earlier(first, second));
    give("settled", second.c, "laterDate", earlier(first, second));
  }

  // The currency: ISO codes of a TikTok Shop market.
  for (const c of columns) {
    if (used.has(c.index) || c.filled === 0) continue;
    const codes = c.values.filter((v) => !isEmptyCell(v)).map((v) => text(v).toUpperCase());
    if (codes.every((v) => /^[A-Z]{3}$/.test(v) && marketsForCurrency(v).length > 0)) {
      give("currency", c, "currencyCodes", codes.length);
      break;
    }
  }

  // Amounts, then the identities among them.
  const amounts = columns
    .filter((c) => !used.has(c.index))
    .flatMap((c) => {
      const a = amountsOf(c);
      return a && a.some((v) => !v.isZero()) ? [{ c, a }] : [];
    })
    .slice(0, MAX_AMOUNT_COLUMNS);
  const relations = identities(amounts.map((x) => x.a));
  const nonPositive = (i: number) => amounts[i].a.every((v) => !v.gt(0));
  const positiveSum = (i: number) => amounts[i].a.reduce((s, v) => (v.gt(0) ? s.plus(v) : s), ZERO);
  const same = (i: number) =>
    amounts.filter((x, k) => k !== i && x.a.every((v, r) => v.equals(amounts[i].a[r]))).map((x) => x.c);
  const feeRel = relations
    .filter((r) => nonPositive(r.total) && r.parts.every(nonPositive))
    .sort((x, y) => y.parts.length - x.parts.length)[0];
  let totalFees = feeRel ? feeRel.total : -1;
  const settleRel =
    relations.find((r) => totalFees >= 0 && r.parts.includes(totalFees) && r.parts.some((p) => positiveSum(p).gt(0))) ??
    relations.find(
      (r) =>
        !nonPositive(r.total) &&
        r.parts.some(nonPositive) &&
        r.parts.some((p) => !nonPositive(p) && positiveSum(p).gt(0)),
    );
  const fees: MappingEvidence[] = [];
  if (settleRel) {
    const s = amounts[settleRel.total];
    give("settlement", s.c, "settlementIdentity", data.length, same(settleRel.total));
    if (totalFees < 0) totalFees = settleRel.parts.find(nonPositive) ?? -1;
    const others = settleRel.parts
      .filter((p) => p !== totalFees)
      .sort((x, y) => positiveSum(y).comparedTo(positiveSum(x)));
    if (others.length > 0) give("revenue", amounts[others[0]].c, "revenuePart", data.length, same(others[0]));
    if (others.length === 2) give("adjustment", amounts[others[1]].c, "otherPart", data.length, same(others[1]));
  }
  if (totalFees >= 0) {
    give("totalFees", amounts[totalFees].c, feeRel ? "feeSum" : "settlementIdentity", data.length, same(totalFees));
    for (const p of feeRel ? feeRel.parts : [])
      fees.push({
        column: amounts[p].c.name,
        why: "feePart",
        rows: amounts[p].c.filled,
        hits: data.length,
        alternatives: same(p).map((c) => c.name),
      });
  }

  // The type: text values a dictionary knows, else the text column with the fewest distinct values.
  let typeCol: { c: Column; known: number; distinct: number } | null = null;
  for (const c of columns) {
    if (used.has(c.index) || c.filled < data.length * 0.9 || c.filled === 0) continue;
    const vals = c.values.filter((v) => !isEmptyCell(v)).map(text);
    if (vals.some((v) => /^[-+\d.,\s]+$/.test(v))) continue;
    const distinct = new Set(vals);
    if (distinct.size > 12) continue;
    const known = [...distinct].filter((v) => transactionKind(v) !== null).length;
    if (!typeCol || known > typeCol.known || (known === typeCol.known && distinct.size < typeCol.distinct))
      typeCol = { c, known, distinct: distinct.size };
  }
  const types: Record<string, TransactionKind | null> = {};
  if (typeCol) {
    give("type", typeCol.c, "typeValues", typeCol.known);
    for (const v of new Set(typeCol.c.values.filter((x) => !isEmptyCell(x)).map(text))) types[v] = transactionKind(v);
  }

  const mapped: Partial<Record<ColumnKey, string>> = {};
  for (const [k, e] of Object.entries(evidence) as [ColumnKey, MappingEvidence][]) mapped[k] = e.column;
  const unknownTypes = Object.keys(types).filter((v) => types[v] === null);
  const mapping: ColumnMapping = {
    format: MAPPING_FORMAT,
    version: MAPPING_VERSION,
    header: headerCells,
    columns: mapped,
    ...(fees.length > 0 ? { fees: fees.map((f) => f.column) } : {}),
    ...(unknownTypes.length > 0 ? { types } : {}),
    confirmed: false,
  };
  const wanted: ColumnKey[] = [
    "id",
    "type",
    "created",
    "settlement",
    "revenue",
    "totalFees",
    "commission",
    "transaction",
    "customerPayment",
    "subtotalAfter",
  ];
  return {
    mapping,
    headerRow: h,
    evidence,
    fees,
    unknownTypes,
    leftToUser: wanted.filter((k) => mapped[k] === undefined),
  };
}

/**
 * Every column that is, on every row, exactly the sum of two to four others (with identical
 * columns counted once): found with fingerprints (Σ value × weight of row, linear, so a sum's
 * fingerprint is the sum of its parts'), each then checked row by row.
 */
function identities(cols: readonly Decimal[][]): { total: number; parts: number[] }[] {
  if (cols.length < 3) return [];
  const n = cols[0].length;
  const weights = Array.from({ length: n }, (_, r) => ((r * 7919 + 104729) % 1000003) + 1);
  const fp = cols.map((a) => a.reduce((s, v, r) => (v.isZero() ? s : s.plus(v.times(weights[r]))), ZERO));
  // Identical columns: only the first takes part.
  const rep = cols.map((_, i) =>
    fp.findIndex((f, k) => f.equals(fp[i]) && cols[k].every((v, r) => v.equals(cols[i][r]))),
  );
  const live = cols.map((_, i) => i).filter((i) => rep[i] === i);
  const pairs = new Map<string, [number, number][]>();
  for (let x = 0; x < live.length; x++)
    for (let y = x + 1; y < live.length; y++) {
      const key = fp[live[x]].plus(fp[live[y]]).toString();
      const list = pairs.get(key) ?? [];
      if (list.length < 8) list.push([live[x], live[y]]);
      pairs.set(key, list);
    }
  const holds = (total: number, parts: number[]) =>
    cols[total].every((v, r) => parts.reduce((s, p) => s.plus(cols[p][r]), ZERO).equals(v));
  const found: { total: number; parts: number[] }[] = [];
  const seen = new Set<string>();
  const add = (total: number, parts: number[]) => {
    const sorted = [...new Set(parts)].sort((a, b) => a - b);
    if (sorted.length !== parts.length || sorted.includes(total)) return;
    const key = `${total}=${sorted.join("+")}`;
    if (seen.has(key) || !holds(total, sorted)) return;
    seen.add(key);
    found.push({ total, parts: sorted });
  };
  for (const t of live) {
    for (const [a, b] of pairs.get(fp[t].toString()) ?? []) add(t, [a, b]);
    for (const c of live) for (const [a, b] of pairs.get(fp[t].minus(fp[c]).toString()) ?? []) add(t, [a, b, c]);
    for (const [ps] of pairs.values())
      for (const [a, b] of pairs.get(fp[t].minus(fp[ps[0]]).minus(fp[ps[1]]).toString()) ?? [])
        add(t, [a, b, ps[0], ps[1]]);
    if (found.length > 200) break;
  }
  return found;
}
