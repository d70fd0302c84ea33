/** The workbook's saved default market is validated when read back: a crafted value never reaches a sheet. */
import type { WorkbookHost } from "../../src/taskpane/host";
import { DEFAULT_MARKET_KEY, storedMarket } from "../../src/taskpane/settings";

const hostWith = (value: string | null): WorkbookHost => ({
  kind: "excel",
  insertPlan: async () => "",
  loadSetting: (key) => (key === DEFAULT_MARKET_KEY ? value : null),
  saveSetting: async () => undefined,
});

test.each([
  [null, "US", false],
  ["UK", "UK", false],
  [" id ", "ID", false],
  ["XX", "US", true],
  ['"><img src=x onerror=alert(1)>', "US", true],
  ["A".repeat(5000), "US", true],
])("saved %p reads as %s (notice: %s)", (saved, market, notice) => {
  const r = storedMarket(hostWith(saved));
  expect(r.market).toBe(market);
  expect(r.notice !== null).toBe(notice);
  if (r.notice) expect(r.notice.length).toBeLessThan(200);
});
