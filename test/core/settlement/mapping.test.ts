/**
 * Column mappings (#21): a file whose header no dictionary knows is mapped, not refused — the
 * suggestion finds the ID, date, settlement and fee columns from their values alone, and a
 * confirmed mapping reconciles the file exactly as its English twin; an unconfirmed one never is.
 */
import fc from "fast-check";
import {
  type Cell,
  type ColumnMapping,
  type ReconcileSummary,
  detectHeader,
  feeBlockColumns,
  mappingFits,
  parseColumnMapping,
  reconcileRows,
  suggestMapping,
} from "../../../src/core/settlement";
import { isCoreError } from "../../../src/core/errors";
import { numRuns } from "../../support/runs";
import { MY_INCOME, MY_INCOME_NAMES } from "../../settlement/layouts";

const NAMES = MY_INCOME_NAMES;

interface Gen {
  id: string;
  order: boolean;
  date: string;
  subtotal: number;
  discount: number;
  rate: number;
  doctor: number;
}

/** A VND row of MY_INCOME (as languageInvariance.test.ts generates them): values by English name. */
function valuesOf(g: Gen): Record<string, Cell> {
  if (!g.order) {
    const amount = String(Math.round(g.subtotal / 100));
    return {
      [NAMES.id]: g.id,
      Type: "Adjustment",
      Currency: "VND",
      [NAMES.settlement]: amount,
      [NAMES.adjustment]: amount,
    };
  }
  const discount = Math.round((g.subtotal * g.discount) / 100);
  const payment = g.subtotal - discount;
  const transaction = -Math.round(payment * 0.05) + g.doctor;
  const commission = -Math.round(g.subtotal * g.rate);
  const fees = transaction + commission;
  return {
    [NAMES.id]: g.id,
    Type: "Order",
    [NAMES.created]: g.date,
    Currency: "VND",
    [NAMES.settlement]: String(g.subtotal + fees),
    [NAMES.revenue]: String(g.subtotal),
    [NAMES.subtotalAfter]: String(g.subtotal),
    [NAMES.totalFees]: String(fees),
    [NAMES.transaction]: String(transaction),
    [NAMES.commission]: String(commission),
    [NAMES.adjustment]: "0",
    [NAMES.customerPayment]: String(payment),
    [NAMES.platformDiscount]: String(-discount),
  };
}

const header = MY_INCOME.map((h) => h.trim());
const known = detectHeader([header]);
/** The English file's keys and fee block, under the invented names. */
const TRUE_KEYS = (rename: Map<string, string>) =>
  Object.fromEntries(Object.entries(known.index).map(([k, i]) => [k, rename.get(header[i!])!]));
const TRUE_FEES = (rename: Map<string, string>) => feeBlockColumns(known).map((i) => rename.get(header[i])!);
const rowOf = (g: Gen): Cell[] => header.map((h) => valuesOf(g)[h] ?? "");

const gen = fc.record({
  id: fc.bigInt({ min: 10n ** 17n, max: 10n ** 18n - 1n }).map(String),
  order: fc.boolean(),
  date: fc
    .integer({ min: 0, max: 440 })
    .map((d) => new Date(Date.UTC(2024, 7, 1) + d * 86_400_000).toISOString().slice(0, 10).replace(/-/g, "/")),
  subtotal: fc.integer({ min: 1_000, max: 5_000_000 }),
  discount: fc.integer({ min: 1, max: 10 }),
  rate: fc.constantFrom(0.02, 0.04, 0.06, 0.08),
  doctor: fc.constantFrom(0, 0, 0, 1, -500),
});
/** At least two orders, so that fees and revenue are not all alike. */
const files = fc
  .uniqueArray(gen, { minLength: 3, maxLength: 12, selector: (g) => g.id })
  .filter((gs) => gs.filter((g) => g.order).length >= 2);

const word = fc.stringMatching(/^[a-z]{3,8}$/);

/** The JSON of what must not depend on the names: IDs, statuses, actual, expected, differences, counts. */
function view(r: ReconcileSummary) {
  const j = JSON.parse(JSON.stringify(r)) as ReconcileSummary;
  return {
    market: j.market,
    layout: j.layout,
    counts: [j.rows, j.orders, j.checked, j.matched, j.mismatched, j.notModelled, j.skipped],
    fees: j.fees,
    identity: j.identity,
    // Every field of every line but its sheet rows (the disguised file has banner rows above).
    lines: j.lines!.map((l) => ({ ...l, firstRow: 0, lastRow: 0 })),
  };
}

/** An invented-name twin of a generated file: renamed, shuffled, below banner rows. */
function disguise(gs: Gen[], names: string[], random: number[], banner: number) {
  const rename = new Map(header.map((h, i) => [h, `${names[i % names.length]} ${i}`]));
  const order = header.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const k = Math.floor(random[i % random.length] * (i + 1)) % (i + 1);
    [order[i], order[k]] = [order[k], order[i]];
  }
  const shuffle = (cells: readonly Cell[]) => order.map((i) => cells[i]);
  const rows: Cell[][] = [
    ...[["Report"], ["Downloaded", "2026/06/12"]].slice(0, banner),
    shuffle(header.map((h) => rename.get(h)!)),
    ...gs.map((g) => shuffle(rowOf(g))),
  ];
  return { rows, rename };
}

test("the suggestion finds ID, created date, settlement, total fees and the fee columns under invented names; confirmed, it reconciles as the English file", () => {
  fc.assert(
    fc.property(
      files,
      fc.array(word, { minLength: 5, maxLength: 40 }),
      fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 40, maxLength: 40 }),
      fc.integer({ min: 0, max: 2 }),
      (gs, names, random, banner) => {
        const english = reconcileRows([header, ...gs.map(rowOf)]);
        const { rows, rename } = disguise(gs, names, random, banner);
        const s = suggestMapping(rows)!;
        expect(s.headerRow).toBe(banner);
        expect(s.mapping.confirmed).toBe(false);
        const c = s.mapping.columns;
        expect(c.id).toBe(rename.get(NAMES.id));
        expect(c.created).toBe(rename.get(NAMES.created));
        expect(c.settlement).toBe(rename.get(NAMES.settlement));
        expect(c.totalFees).toBe(rename.get(NAMES.totalFees));
        expect(c.currency).toBe(rename.get(NAMES.currency));
        expect(c.type).toBe(rename.get(NAMES.type));
        expect([...(s.mapping.fees ?? [])].sort()).toEqual(
          [rename.get(NAMES.transaction)!, rename.get(NAMES.commission)!].sort(),
        );
        // Unconfirmed: refused, never applied.
        expect(() => reconcileRows(rows, { mapping: s.mapping })).toThrow(/not confirmed/);
        // The user corrects the keys the values cannot tell (which fee is which, the bases), then confirms.
        // Here the user names every column the English dictionary knows, and the English fee block.
        const confirmed = parseColumnMapping(
          JSON.stringify({ ...s.mapping, columns: TRUE_KEYS(rename), fees: TRUE_FEES(rename), confirmed: true }),
        );
        expect(mappingFits(confirmed, rows)).toBe(banner);
        const mapped = reconcileRows(rows, { mapping: confirmed });
        expect(view(mapped)).toEqual(view(english));
      },
    ),
    { numRuns: numRuns(200, 20) },
  );
});

const good: ColumnMapping = {
  format: "tiktok-economics/columns",
  version: 1,
  header: ["Ref", "Kind", "Made", "Paid out", "Sales", "Charges", "Cut"],
  columns: {
    id: "Ref",
    type: "Kind",
    created: "Made",
    settlement: "Paid out",
    revenue: "Sales",
    totalFees: "Charges",
    commission: "Cut",
  },
  fees: ["Cut"],
  types: { Purchase: "order", Chargeback: "adjustment" },
  confirmed: true,
};

test("a worked example: invented names and type values, confirmed, read through the mapping", () => {
  const rows: Cell[][] = [
    good.header as string[],
    ["576000000000000001", "Purchase", "2025/03/02", "94.00", "100.00", "-6.00", "-6.00"],
    ["576000000000000002", "Chargeback", "2025/03/02", "-5.00", "", "", ""],
  ];
  const r = reconcileRows(rows, { mapping: parseColumnMapping(good), market: "US" });
  expect(r.lines!.map((l) => [l.id, l.type, l.status])).toEqual([
    ["576000000000000001", "Order (Purchase)", expect.any(String)],
    ["576000000000000002", "Adjustment (Chargeback)", "skipped"],
  ]);
  expect(r.lines![0].status).not.toBe("skipped");
  // The chargeback has no adjustment column to explain it: its identity is reported broken, as in any file.
  expect(r.identity.brokenIds).toEqual(["576000000000000002"]);
  // Another file's header: refused, not read by the dictionaries instead.
  expect(() =>
    reconcileRows(
      [
        ["a", "b"],
        ["1", "2"],
      ],
      { mapping: parseColumnMapping(good) },
    ),
  ).toThrow(/another file/);
});

test.each([
  ["not JSON", "{", /not valid JSON/],
  ["wrong format", { ...good, format: "x" }, /Not a column mapping/],
  ["wrong version", { ...good, version: 2 }, /"version": 1/],
  ["unknown key", { ...good, columns: { ...good.columns, orderNumber: "Ref" } }, /"orderNumber", which is not one of/],
  [
    "column not in the header",
    { ...good, columns: { ...good.columns, id: "Reference" } },
    /"Reference", which is not in its header/,
  ],
  ["duplicate column", { ...good, columns: { ...good.columns, skuId: "Ref" } }, /to both id and skuId/],
  ["unknown kind", { ...good, types: { Purchase: "sale" } }, /"Purchase" is sale/],
  ["a type left open", { ...good, types: { Purchase: null } }, /"Purchase" is null/],
  ["not confirmed", { ...good, confirmed: false }, /not confirmed/],
])("a mapping with %s is refused with what to fix", (_what, input, said) => {
  let error: unknown = null;
  try {
    parseColumnMapping(typeof input === "string" ? input : JSON.stringify(input));
  } catch (e) {
    error = e;
  }
  expect(isCoreError(error)).toBe(true);
  expect((error as Error).message).toMatch(said);
});

test("a mapping missing a key its layout needs is refused when applied", () => {
  const m = parseColumnMapping({ ...good, columns: { id: "Ref", type: "Kind" } });
  expect(() => reconcileRows([good.header as string[], ["576000000000000001"]], { mapping: m })).toThrow(
    /names no column for created, settlement/,
  );
});

test("an unconfirmed mapping is never applied, even given straight to the reconciler", () => {
  const draft = parseColumnMapping({ ...good, confirmed: false }, { allowUnconfirmed: true });
  expect(draft.confirmed).toBe(false);
  expect(() => reconcileRows([good.header as string[]], { mapping: draft })).toThrow(/not confirmed/);
});
