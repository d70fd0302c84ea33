/** Office's F6 order between the page's regions (the workbook and the task pane). */
import { nextRegion } from "../../src/preview/regions";

test("F6 goes to the next region and round; Shift+F6 the other way", () => {
  expect([0, 1].map((i) => nextRegion(i, 2, false))).toEqual([1, 0]);
  expect([0, 1].map((i) => nextRegion(i, 2, true))).toEqual([1, 0]);
  expect([0, 1, 2].map((i) => nextRegion(i, 3, false))).toEqual([1, 2, 0]);
  expect([0, 1, 2].map((i) => nextRegion(i, 3, true))).toEqual([2, 0, 1]);
});

test("with the focus in no region, F6 starts at the first and Shift+F6 at the last", () => {
  expect(nextRegion(-1, 2, false)).toBe(0);
  expect(nextRegion(-1, 2, true)).toBe(1);
});
