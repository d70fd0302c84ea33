/**
 * What `reconcile` writes: JSON lines and summary, CSV (one row per order) — machine formats with
 * English keys — and the table report, in the CLI's language (the sheets catalog's reconciliation
 * words and its `report` lines, the glossary's fee names, numbers the language's way, columns
 * aligned by terminal width).
 */
import type { Message } from "../core/messages";
import { type CategoryLabel, categoryText } from "../core/settlement/categoryLabel";
import { activeLanguage, say } from "../i18n/active";
import { numberIn } from "../i18n/format";
import { sheetsIn } from "../i18n/sheetsCatalogs";
import { fill } from "../templates/sheets";
import {
  type FeeCheck,
  type ReconcileSummary,
  type ReconciledLine,
  SETTLEMENT_FEES,
  layoutTitleOf,
  OTHER_REASONS,
} from "../core/settlement";
import type { Source } from "./settlementFile";

const num = (d: { toString(): string } | null | undefined): number | null =>
  d === null || d === undefined ? null : Number(d.toString());

function feeJson(f: FeeCheck) {
  return { actual: num(f.actual), expected: num(f.expected), difference: num(f.difference) };
}

export function lineJson(l: ReconciledLine) {
  const fees: Record<string, unknown> = {};
  for (const k of SETTLEMENT_FEES) if (l.fees[k]) fees[k] = feeJson(l.fees[k] as FeeCheck);
  const out: Record<string, unknown> = {
    id: l.id,
    type: l.type,
    created: l.created,
    settled: l.settled,
    status: l.status,
    rows: l.rows,
    fees,
  };
  if (l.impliedRate !== null) out.impliedRate = num(l.impliedRate.toDecimalPlaces(6));
  if (l.category !== null) out.category = l.category;
  if (l.reason !== null) out.reason = l.reason;
  if (l.relatedOrderId !== null) out.relatedOrderId = l.relatedOrderId;
  if (l.idLostDigits) out.idLostDigits = true;
  if (l.identityDifference !== null && !l.identityDifference.isZero())
    out.identityDifference = num(l.identityDifference);
  return out;
}

export function summaryJson(s: ReconcileSummary, source: Source) {
  const fees: Record<string, unknown> = {};
  for (const k of SETTLEMENT_FEES) {
    const t = s.fees[k];
    if (t)
      fees[k] = {
        actual: num(t.actual),
        expected: num(t.expected),
        difference: num(t.difference),
        checked: t.checked,
        mismatched: t.mismatched,
      };
  }
  return {
    market: s.market,
    currency: s.currency,
    layout: s.layout,
    ...(s.mapped ? { mapped: true } : {}),
    language: s.language,
    ...(source.openApi ? { openApi: { version: source.openApi.version, statements: source.openApi.statements } } : {}),
    rows: s.rows,
    orders: s.orders,
    checked: s.checked,
    matched: s.matched,
    mismatched: s.mismatched,
    notModelled: s.notModelled,
    skipped: s.skipped,
    tolerance: num(s.tolerance),
    fees,
    takeRate: s.takeRate.map((m) => ({
      month: m.month,
      revenue: num(m.revenue),
      fees: num(m.fees),
      rate: m.rate === null ? null : num(m.rate.toDecimalPlaces(6)),
      platformFees: num(m.platformFees),
      platformRate: m.platformRate === null ? null : num(m.platformRate.toDecimalPlaces(6)),
    })),
    largestDifferences: s.largestDifferences.map((l) => l.id),
    identity: s.identity,
    unexplainedFees: { rows: s.unexplainedFees.rows, total: num(s.unexplainedFees.total), ids: s.unexplainedFees.ids },
    notModelledColumns: s.notModelledColumns.map((c) => ({ name: c.name, total: num(c.total) })),
    skippedReasons: s.skippedReasons,
    lostDigitIds: s.lostDigitIds,
    join: s.join,
    affiliateRefunds: s.affiliateRefunds,
  };
}

export const CSV_COLUMNS = [
  "id",
  "type",
  "created",
  "settled",
  "status",
  "category",
  "impliedRate",
  ...SETTLEMENT_FEES.flatMap((f) => [`${f}_actual`, `${f}_expected`, `${f}_difference`]),
  "reason",
];

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function lineCsv(l: ReconciledLine): string {
  const cells: unknown[] = [
    l.id,
    l.type,
    l.created,
    l.settled,
    l.status,
    l.category,
    l.impliedRate?.toDecimalPlaces(6),
  ];
  for (const f of SETTLEMENT_FEES) {
    const c = l.fees[f];
    cells.push(c?.actual, c?.expected, c?.difference);
  }
  cells.push(l.reason);
  return cells.map(csvCell).join(",") + "\n";
}

/**
 * The columns a terminal gives a text: East Asian wide characters take two, combining marks (Thai
 * vowels and tone marks, Vietnamese accents typed apart) none, so the table lines up in every
 * language.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (/\p{M}/u.test(ch)) continue;
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

/** Rows as columns: text (the columns `left` names, the first by default) left-aligned, amounts and counts right-aligned. */
function pad(cells: readonly (readonly string[])[], left: readonly number[] = [0]): string {
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i] ?? ""))));
  const fit = (c: string, i: number) => {
    const gap = " ".repeat(widths[i] - displayWidth(c));
    return left.includes(i) ? c + gap : gap + c;
  };
  return cells.map((r) => r.map(fit).join("  ").trimEnd()).join("\n");
}

/** The report's words and number forms in the language the CLI speaks (--lang, else the environment). */
export function reportWords() {
  const language = activeLanguage();
  const W = sheetsIn(language);
  const n = numberIn(language);
  const amount = (d: { toString(): string } | null | undefined) =>
    d === null || d === undefined ? "" : n(d.toString());
  const pct = (d: { times(n: number): { toFixed(n: number): string } } | null) =>
    d === null ? "" : `${n(d.times(100).toFixed(2))} %`;
  return { W, R: W.reconciliation, P: W.reconciliation.report, n, amount, pct };
}

/**
 * A skip reason as its group's key says it (summary.ts): the values the English text quotes (one
 * row's cell) shortened to "…", so a reason said for many rows names none of them.
 */
function shortened(said: Message): Message {
  const params = Object.fromEntries(
    Object.entries(said.params).map(([k, v]) => [k, said.text.includes(`"${String(v)}"`) ? "…" : v]),
  );
  return { ...said, params };
}

/** A bracketed addition after a text: a space before it, none before a full-width bracket (Chinese, Japanese). */
const beside = (text: string) => (/^[\u3000-\u303f\uff00-\uffef]/.test(text) ? text : ` ${text}`);

/** An inferred category in the CLI's language; a joined one (a rate-book key) as it is. */
const categoryIn = (label: CategoryLabel | null | undefined, category: string | null | undefined): string =>
  label ? categoryText(label, say) : (category ?? "");

export function reportTable(s: ReconcileSummary, source: Source): string {
  const { W, R, P, n, amount, pct } = reportWords();
  /** The first five of `total` items, "…" after them when there are more. */
  const fewOf = (items: readonly string[], total: number) =>
    items.slice(0, 5).join(P.listJoiner) + (total > 5 ? P.listJoiner + "…" : "");
  const firstOf = (ids: readonly string[], total: number) =>
    ids.length ? beside(fill(P.first, { ids: fewOf(ids, total) })) : "";
  const out: string[] = [];
  const read = source.openApi
    ? fill(source.openApi.statements.length ? P.openApiReadStatements : P.openApiRead, {
        version: source.openApi.version,
        transactions: n(source.openApi.rows.length),
        statements: n(source.openApi.statements.length),
      })
    : fill(P.fileRead, {
        layout: say(layoutTitleOf(s)),
        language: s.language,
        row: n(s.headerRow),
      });
  out.push(fill(P.context, { read, market: s.market, currency: s.currency, tolerance: amount(s.tolerance) }));
  out.push(
    fill(P.counts, {
      rows: n(s.rows),
      orders: n(s.orders),
      checked: n(s.checked),
      matched: n(s.matched),
      mismatched: n(s.mismatched),
      notModelled: n(s.notModelled),
      skipped: n(s.skipped),
    }),
  );
  const feeRows = SETTLEMENT_FEES.filter((f) => s.fees[f]).map((f) => {
    const t = s.fees[f]!;
    const none = t.checked === 0;
    return [
      W.fees[f],
      amount(t.actual),
      none ? R.statuses.notModelled : amount(t.expected),
      none ? "" : amount(t.difference),
      n(t.checked),
      n(t.mismatched),
    ];
  });
  if (feeRows.length) {
    const header = [R.fee, R.chargedTotal, R.expectedTotal, R.differenceTotal, P.checked, R.mismatched];
    out.push("", pad([header, ...feeRows]));
  }
  if (s.takeRate.length) {
    out.push(
      "",
      P.takeRateTitle,
      // The sheet's columns, in the sheet's order: month, take rate, revenue, fees, platform fees, platform rate.
      pad([
        R.takeRateHeader,
        ...s.takeRate.map((m) => [
          m.month,
          pct(m.rate),
          amount(m.revenue),
          amount(m.fees),
          amount(m.platformFees),
          pct(m.platformRate),
        ]),
      ]),
    );
  }
  if (s.largestDifferences.length) {
    out.push(
      "",
      P.largestTitle,
      pad(
        [
          [R.id, R.created, R.fee, R.chargedTotal, R.expectedTotal, R.differenceTotal, P.about],
          ...s.largestDifferences.flatMap((l) =>
            SETTLEMENT_FEES.filter((f) => l.fees[f]?.status === "mismatch").map((f) => {
              const c = l.fees[f]!;
              // The commission's own category and the rate the charge implies; any other fee, the
              // category its rate fits and the rate the rule applied.
              const about =
                f === "commission"
                  ? `${categoryIn(l.categoryLabel, l.category)}${l.impliedRate ? beside(fill(P.implied, { rate: pct(l.impliedRate) })) : ""}`
                  : `${categoryIn(c.categoryLabel, c.category)}${c.rate ? beside(fill(P.ruleRate, { rate: pct(c.rate) })) : ""}`;
              return [
                l.id,
                l.created ?? "",
                W.fees[f],
                amount(c.actual),
                amount(c.expected),
                amount(c.difference),
                about.trim(),
              ];
            }),
          ),
        ],
        [0, 1, 2, 6],
      ),
    );
  }
  out.push(
    "",
    fill(P.identity, { checked: n(s.identity.checked), broken: n(s.identity.broken) }) +
      (s.identity.broken ? firstOf(s.identity.brokenIds, s.identity.broken) : ""),
  );
  out.push(fill(P.unexplained, { rows: n(s.unexplainedFees.rows), total: amount(s.unexplainedFees.total) }));
  if (s.notModelledColumns.length) {
    out.push(
      fill(P.notModelledColumns, {
        // Column names as the file writes them, quoted: they are the file's words, not the report's.
        columns: s.notModelledColumns.map((c) => `"${c.name}" (${amount(c.total)})`).join(P.listJoiner),
      }),
    );
  }
  for (const [key, count] of Object.entries(s.skippedReasons)) {
    const said = s.skippedMessages[key];
    const reason = key === OTHER_REASONS ? P.otherReasons : said ? say(shortened(said)).slice(0, 120) : key;
    out.push(fill(P.skipped, { count: n(count), reason }));
  }
  if (s.lostDigitIds) out.push(fill(P.lostDigits, { count: n(s.lostDigitIds) }));
  if (s.affiliateRefunds.count > 0) {
    const a = s.affiliateRefunds;
    const unmatched = a.unmatchedCount
      ? P.joiner +
        fill(P.affiliateUnmatched, { count: n(a.unmatchedCount) }) +
        firstOf(
          a.unmatched.map((u) => `${u.id} → ${u.relatedOrderId ?? P.noRelatedOrder}`),
          a.unmatchedCount,
        )
      : "";
    out.push(fill(P.affiliate, { count: n(a.count), matched: n(a.matched) }) + unmatched);
  }
  if (s.join) {
    const j = s.join;
    const ids = (shown: readonly string[], total: number) => (shown.length ? ` (${fewOf(shown, total)})` : "");
    out.push(
      [
        fill(P.ordersFile, { orders: n(j.ordersRead) }),
        fill(P.unsettled, { count: n(j.unsettledCount) }) +
          ids(
            j.unsettled.map((u) => u.id),
            j.unsettledCount,
          ),
        fill(P.noOrder, { count: n(j.noOrderCount) }) + ids(j.noOrder, j.noOrderCount),
      ].join(P.joiner),
    );
  }
  return out.join("\n") + "\n";
}
