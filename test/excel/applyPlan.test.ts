/** The Excel host: sync count, no overwrite on a name clash, rollback on failure. */
import { applyPlan, TemplateInsertError } from "../../src/excel/applyPlan";
import { TEMPLATES } from "../../src/templates";
import { SheetBuilder } from "../../src/templates/builder";
import { fakeContext, newState } from "../support/fakeExcel";

const settings = { market: "US" };

test.each(TEMPLATES.map((t) => [t.id, t] as const))(
  "%s is written in at most 3 syncs (2 when all goes well)",
  async (_id, t) => {
    const state = newState();
    const result = await applyPlan(fakeContext(state), t.build(settings));
    expect(result.syncs).toBe(2);
    expect(state.syncs).toBe(2);
    expect(state.log.filter((l) => l.startsWith("worksheets.add"))).toHaveLength(1);
  },
);

test("a plan 100 times larger still takes 2 syncs", async () => {
  const b = new SheetBuilder("big", "Big");
  for (let r = 1; r <= 10000; r++)
    for (const c of ["A", "B", "C", "D", "E"]) b.set(`${c}${r}`, r, r % 2 ? "input" : "output");
  const state = newState();
  const result = await applyPlan(fakeContext(state), b.build());
  expect(result.syncs).toBe(2);
  // One write of all values, one of all formats, whatever the size.
  expect(state.log.filter((l) => l.includes(".formulas = "))).toHaveLength(1);
  expect(state.log.filter((l) => l.includes(".numberFormat = "))).toHaveLength(1);
});

test("a taken sheet name becomes 'Name (2)', then 'Name (3)'; nothing existing is written to", async () => {
  const plan = TEMPLATES[0].build(settings);
  const state = newState({ sheets: ["Sheet1", plan.sheetName, `${plan.sheetName} (2)`] });
  const result = await applyPlan(fakeContext(state), plan);
  expect(result.sheetName).toBe(`${plan.sheetName} (3)`);
  // Every write goes to the new sheet; none to an existing one.
  const writes = state.log.filter((l) => l.startsWith("sheet["));
  expect(writes.length).toBeGreaterThan(10);
  expect(writes.every((l) => l.startsWith(`sheet[${plan.sheetName} (3)]`))).toBe(true);
});

test("table names are made unique across the workbook", async () => {
  const plan = TEMPLATES.find((t) => t.id === "shop-catalog")!.build(settings);
  const state = newState({ tables: ["TikTokCatalog"] });
  await applyPlan(fakeContext(state), plan);
  expect(state.log).toContain('sheet[Shop catalog margins].tables.add().name = "TikTokCatalog_2"');
});

test("when the write fails, the half-made sheet is removed and the error says so", async () => {
  const state = newState({ failOnSync: 2 });
  const promise = applyPlan(fakeContext(state), TEMPLATES[0].build(settings));
  await expect(promise).rejects.toBeInstanceOf(TemplateInsertError);
  await expect(applyPlan(fakeContext(newState({ failOnSync: 2 })), TEMPLATES[0].build(settings))).rejects.toThrow(
    /Could not insert .*simulated.*half-made sheet was removed/,
  );
  expect(state.deleted).toEqual([TEMPLATES[0].build(settings).sheetName]);
  expect(state.syncs).toBe(3);
});

test("a failed first sync (reading names) creates nothing", async () => {
  const state = newState({ failOnSync: 1 });
  await expect(applyPlan(fakeContext(state), TEMPLATES[0].build(settings))).rejects.toThrow(/simulated/);
  expect(state.log.filter((l) => l.startsWith("worksheets.add"))).toHaveLength(0);
});
