/**
 * The pane's column mapping (#21): a sheet whose header no dictionary knows gets a form pre-filled
 * from the suggestion; confirmed, the mapping is saved in the workbook and reconciles the sheet to
 * the counts of its English twin; unconfirmed or discarded, nothing is saved, read or written; a
 * saved mapping is offered for the same header only, and never applied without the user's press.
 */
import {
  mappingFromForm,
  MAPPINGS_SETTING,
  planFor,
  reasonText,
  saveMapping,
  savedMappings,
  withTypeColumn,
  type MappingForm,
} from "../../src/taskpane/columnMapping";
import { reconcileSheet } from "../../src/taskpane/reconcileRun";
import { type Cell, suggestMapping } from "../../src/core/settlement";
import { MY_INCOME, MY_INCOME_NAMES } from "../settlement/layouts";
import { memoryHost } from "../support/memoryHost";

const header = MY_INCOME.map((h) => h.trim());
const EN = MY_INCOME_NAMES as Record<string, string>;

/** A VND order of MY_INCOME by English name (as test/core/settlement/mapping.test.ts builds them). */
function order(id: string, date: string, subtotal: number, rate: number): Cell[] {
  const discount = Math.round(subtotal * 0.05);
  const payment = subtotal - discount;
  const transaction = -Math.round(payment * 0.05);
  const commission = -Math.round(subtotal * rate);
  const fees = transaction + commission;
  const v: Record<string, Cell> = {
    [EN.id]: id,
    [EN.type]: "Order",
    [EN.created]: date,
    [EN.currency]: "VND",
    [EN.settlement]: String(subtotal + fees),
    [EN.revenue]: String(subtotal),
    [EN.subtotalAfter]: String(subtotal),
    [EN.totalFees]: String(fees),
    [EN.transaction]: String(transaction),
    [EN.commission]: String(commission),
    [EN.adjustment]: "0",
    [EN.customerPayment]: String(payment),
    [EN.platformDiscount]: String(-discount),
  };
  return header.map((h) => v[h] ?? "");
}

const DATA: Cell[][] = [
  order("576000000000000001", "2025/03/02", 200_000, 0.04),
  order("576000000000000002", "2025/03/03", 1_350_000, 0.06),
  order("576000000000000003", "2025/03/04", 87_000, 0.02),
  order("576000000000000004", "2025/03/05", 990_000, 0.08),
];
const english: Cell[][] = [header, ...DATA];
/** The same file under invented column names and invented type words, below a banner row. */
const rename = new Map(header.map((h, i) => [h, `col ${String.fromCharCode(97 + (i % 26))}${i}`]));
const invented: Cell[][] = [
  ["Shop report"],
  header.map((h) => rename.get(h)!),
  ...DATA.map((r) => r.map((c, i) => (header[i] === EN.type ? "Purchase" : c))),
];
const as = (key: string) => rename.get(EN[key])!;

function formOf(rows: Cell[][]): MappingForm {
  const step = planFor(rows, []);
  if (step.kind !== "map") throw new Error(`expected a form, got ${step.kind}`);
  return step.form;
}

/** What the user does in the form the values cannot tell: which fee is which, the bases, the type word. */
function answered(form: MappingForm): MappingForm {
  const f = withTypeColumn(form, as("type"));
  f.columns.commission = as("commission");
  f.columns.transaction = as("transaction");
  f.columns.customerPayment = as("customerPayment");
  f.columns.subtotalAfter = as("subtotalAfter");
  f.types = f.types.map((t) => (t.value === "Purchase" ? { ...t, kind: "order" } : t));
  return f;
}

const counts = (s: { rows: number; orders: number; checked: number; matched: number; mismatched: number }) => [
  s.rows,
  s.orders,
  s.checked,
  s.matched,
  s.mismatched,
];

test("a known header is reconciled as ever: no form", () => {
  expect(planFor(english, []).kind).toBe("known");
});

test("the suggestion pre-fills the form's model, with its reasons, and marks what it left to the user", () => {
  const form = formOf(invented);
  const s = suggestMapping(invented)!;
  expect(form.headerRow).toBe(1);
  expect(form.header).toEqual(header.map((h) => rename.get(h)));
  expect(form.columns.id).toBe(as("id"));
  expect(form.columns.created).toBe(as("created"));
  expect(form.columns.currency).toBe(as("currency"));
  expect(form.columns.settlement).toBe(as("settlement"));
  expect(form.columns.totalFees).toBe(as("totalFees"));
  expect(form.columns).toMatchObject(
    Object.fromEntries(Object.entries(s.mapping.columns).filter(([k]) => k in form.columns)),
  );
  expect([...form.fees].sort()).toEqual([as("transaction"), as("commission")].sort());
  expect(reasonText(form.evidence.id!)).toBe("4 different 15–19-digit numbers in 4 rows");
  expect(form.leftToUser).toEqual(expect.arrayContaining(["commission", "transaction", "customerPayment"]));
  expect(form.leftToUser).not.toContain("id");
  // The unknown type word is listed for the user to say what it is.
  const typed = withTypeColumn(form, as("type"));
  expect(typed.types).toEqual([{ value: "Purchase", kind: null }]);
});

test("confirmed: saved in the workbook, and the sheet reconciles to the English twin's counts", async () => {
  const { host, plans, settings } = memoryHost({ english, invented });
  const twin = await reconcileSheet(host, { sheet: "english", market: null, tolerance: null });
  const mapping = mappingFromForm(answered(formOf(invented)));
  expect(mapping.confirmed).toBe(true);
  await saveMapping(host, mapping);
  expect(JSON.parse(settings.get(MAPPINGS_SETTING)!)).toHaveLength(1);
  const mapped = await reconcileSheet(host, { sheet: "invented", market: null, tolerance: null, mapping });
  expect(counts(mapped.summary)).toEqual(counts(twin.summary));
  expect(mapped.summary.matched).toBeGreaterThan(0);
  expect(mapped.summary.market).toBe(twin.summary.market);
  expect(plans).toHaveLength(2);
});

test("an open type or a column given twice is refused with the core's message, nothing saved", async () => {
  const { saves } = memoryHost({ invented });
  const open = withTypeColumn(answered(formOf(invented)), as("type"));
  open.types = [{ value: "Purchase", kind: null }];
  expect(() => mappingFromForm(open)).toThrow(/"Purchase" is null/);
  const twice = answered(formOf(invented));
  twice.columns.revenue = twice.columns.settlement;
  expect(() => mappingFromForm(twice)).toThrow(/to both/);
  const noSettlement = answered(formOf(invented));
  noSettlement.columns.settlement = null;
  expect(() => mappingFromForm(noSettlement)).toThrow(/names no column for settlement/);
  expect(saves).toEqual([]);
});

test("unconfirmed or discarded: nothing is saved, read or written", async () => {
  const { host, plans, saves } = memoryHost({ invented });
  const draft = suggestMapping(invented)!.mapping;
  await expect(saveMapping(host, draft)).rejects.toThrow(/not confirmed/);
  await expect(
    reconcileSheet(host, { sheet: "invented", market: null, tolerance: null, mapping: draft }),
  ).rejects.toThrow(/not confirmed/);
  // Without a mapping, the sheet is refused as ever (the pane then shows the form).
  await expect(reconcileSheet(host, { sheet: "invented", market: null, tolerance: null })).rejects.toThrow();
  expect(saves).toEqual([]);
  expect(plans).toEqual([]);
  expect(savedMappings(host)).toEqual([]);
});

test("a saved mapping is offered for the same header, not for another, and a newer one replaces it", async () => {
  const { host, settings } = memoryHost({ invented });
  const mapping = mappingFromForm(answered(formOf(invented)));
  await saveMapping(host, mapping);
  const step = planFor(invented, savedMappings(host));
  expect(step).toEqual({ kind: "saved", mapping });
  // Another invented header: the form again, not the saved mapping.
  const other = invented.map((r, i) => (i === 1 ? r.map((c) => `${String(c)} x`) : r));
  expect(planFor(other, savedMappings(host)).kind).toBe("map");
  // A known header is never offered a mapping.
  expect(planFor(english, savedMappings(host)).kind).toBe("known");
  // Saved again (edited): one entry for the header, newest first; a damaged entry is left out.
  await saveMapping(host, { ...mapping, fees: [as("commission")] });
  expect(savedMappings(host)).toHaveLength(1);
  expect(savedMappings(host)[0].fees).toEqual([as("commission")]);
  settings.set(MAPPINGS_SETTING, JSON.stringify([{ ...mapping, confirmed: false }, "x", mapping]));
  expect(savedMappings(host)).toEqual([mapping]);
});
