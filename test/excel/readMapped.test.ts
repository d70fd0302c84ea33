/**
 * The Excel reader with a column mapping (#21): the mapping's own header is found below banner
 * rows and the columns it names are read; another sheet's header, or an unconfirmed mapping, is
 * refused; and the first rows a suggestion needs are read whole in two syncs, never written.
 */
import { readSettlementSheet, readSheetTop } from "../../src/excel/readSettlement";
import { type ColumnMapping, parseColumnMapping } from "../../src/core/settlement";

type Value = string | number | boolean | null;

/** Just enough of Excel.RequestContext for reading ranges by index (writes fail the test). */
function fakeContext(values: Value[][], counter = { syncs: 0 }): Excel.RequestContext {
  let pending: (() => void)[] = [];
  const sheet = {
    getUsedRangeOrNullObject: () => {
      const used: Record<string, unknown> = { load: () => undefined };
      pending.push(() => {
        used.isNullObject = values.length === 0;
        used.rowIndex = 0;
        used.columnIndex = 0;
        used.rowCount = values.length;
        used.columnCount = Math.max(0, ...values.map((r) => r.length));
      });
      return used;
    },
    getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => {
      const range: Record<string, unknown> = { load: () => undefined };
      pending.push(() => {
        range.values = Array.from({ length: rows }, (_, i) =>
          Array.from({ length: columns }, (_, j) => values[row + i]?.[column + j] ?? ""),
        );
      });
      return range;
    },
  };
  return {
    workbook: { worksheets: { getItem: () => sheet } },
    sync: async () => {
      counter.syncs++;
      const batch = pending;
      pending = [];
      batch.forEach((f) => f());
    },
  } as unknown as Excel.RequestContext;
}

const mapping: ColumnMapping = parseColumnMapping({
  format: "tiktok-economics/columns",
  version: 1,
  header: ["Ref", "Kind", "Made", "Paid out", "Sales", "Charges", "Cut", "Note"],
  columns: { id: "Ref", type: "Kind", created: "Made", settlement: "Paid out", revenue: "Sales", totalFees: "Charges" },
  fees: ["Cut"],
  types: { Purchase: "order" },
  confirmed: true,
});

const sheet: Value[][] = [
  ["Shop report"],
  ["Downloaded", "2026/06/12"],
  mapping.header as string[],
  ["576000000000000001", "Purchase", "2025/03/02", "94.00", "100.00", "-6.00", "-6.00", "a note"],
];

test("a confirmed mapping's header is found below banner rows; its columns and fee block are read", async () => {
  const read = await readSettlementSheet(fakeContext(sheet), "Export", { mapping });
  expect(read.header.row).toBe(2);
  expect(read.header.index).toMatchObject({ id: 0, type: 1, created: 2, settlement: 3, revenue: 4, totalFees: 5 });
  expect(read.header.feeBlock).toEqual([6]);
  expect(read.columns).toEqual(expect.arrayContaining([0, 1, 2, 3, 4, 5, 6]));
  expect(read.rows[3][0]).toBe("576000000000000001");
});

test("another header, or an unconfirmed mapping, is refused", async () => {
  const other = sheet.map((r, i) => (i === 2 ? r.map((c) => `${String(c)}!`) : r));
  await expect(readSettlementSheet(fakeContext(other), "Export", { mapping })).rejects.toThrow(/header/);
  await expect(
    readSettlementSheet(fakeContext(sheet), "Export", { mapping: { ...mapping, confirmed: false } }),
  ).rejects.toThrow(/not confirmed/);
  // Without the mapping the invented header is the core's refusal, as ever.
  await expect(readSettlementSheet(fakeContext(sheet), "Export")).rejects.toThrow();
});

test("the first rows, whole, in two syncs (an empty sheet: none)", async () => {
  const counter = { syncs: 0 };
  const top = await readSheetTop(fakeContext(sheet, counter), "Export", 3);
  expect(top).toHaveLength(3);
  expect(top[2]).toEqual(mapping.header);
  expect(counter.syncs).toBe(2);
  expect(await readSheetTop(fakeContext([]), "Export", 515)).toEqual([]);
});
