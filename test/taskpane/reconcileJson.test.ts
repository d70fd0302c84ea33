/**
 * The pane's Reconcile on a saved Open API response (issue #21): the JSON read into the reader's
 * rows, reconciled, and written as a NEW sheet whose amounts are values (no source sheet); bad JSON
 * refused with nothing written; the sheet's name passed for market inference.
 */
import { reconcileJson, reconcileSheet } from "../../src/taskpane/reconcileRun";
import { TH_INCOME } from "../settlement/languageLayouts";
import { rowOf } from "../settlement/layouts";
import { US_202309_RESPONSE } from "../settlement/openApiSamples";
import { memoryHost } from "../support/memoryHost";

/** A saved 202309 response of one US order, its referral fee as the rule gives it. */
const us202309 = {
  ...US_202309_RESPONSE,
  data: { ...US_202309_RESPONSE.data, transactions: US_202309_RESPONSE.data.transactions.slice(0, 1) },
};

test("a 202309 response reconciles into a new sheet named after the file, amounts as values", async () => {
  const { host, plans } = memoryHost();
  const out = await reconcileJson(host, {
    fileName: "statements.json",
    text: JSON.stringify(us202309),
    market: null,
    tolerance: null,
  });
  expect(out.summary).toMatchObject({ market: "US", currency: "USD", matched: 1, mismatched: 0 });
  expect(out.sheetName).toContain("statements.json");
  expect(plans).toHaveLength(1);
  const cells = JSON.stringify(plans[0]);
  // No reference into a sheet that does not exist.
  expect(cells).not.toMatch(/'[^']*'!/);
  expect(cells).toContain("576460752303423488");
});

test("bad JSON: a clear message naming the file, nothing written", async () => {
  const { host, plans } = memoryHost();
  await expect(
    reconcileJson(host, { fileName: "broken.json", text: "{ not json", market: null, tolerance: null }),
  ).rejects.toThrow(/"broken\.json" is not valid JSON .*Nothing was written/);
  expect(plans).toHaveLength(0);
});

test("a TH Income sheet without a currency column: the market from the sheet's name", async () => {
  const header = TH_INCOME.filter((h) => h !== "สกุลเงิน");
  const order = rowOf(header, {
    "หมายเลขคำสั่งซื้อ/การปรับ": "581000000000000201",
    ประเภทธุรกรรม: "คำสั่งซื้อ",
    เวลาที่สร้างคำสั่งซื้อ: "2026/11/25",
    ยอดการชำระเงินทั้งหมด: "903.70",
    รายได้ทั้งหมด: "1000.00",
    ยอดรวมค่าสินค้าหลังหักส่วนลดจากผู้ขาย: "1000.00",
    ค่าธรรมเนียมทั้งหมด: "-96.30",
    ค่าธรรมเนียมคำสั่งซื้อ: "-32.10",
    ค่าธรรมเนียมสนับสนุนการเติบโตของร้านค้า: "-64.20",
    จำนวนการปรับยอด: "0",
    การชำระเงินของลูกค้า: "950.00",
    ส่วนลดจากแพลตฟอร์ม: "-50.00",
  });
  const { host, plans } = memoryHost({ income_TH_2025: [header, order] });
  const out = await reconcileSheet(host, { sheet: "income_TH_2025", market: null, tolerance: null });
  expect(out.summary).toMatchObject({ market: "TH", currency: "THB" });
  expect(plans).toHaveLength(1);
  expect(JSON.stringify(plans[0])).toContain("'income_TH_2025'!");
});
