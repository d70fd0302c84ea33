/**
 * `reconcile` on exports in other Seller Center languages (docs/research/settlement-languages.md):
 * the sheet found by its name in the file's language, the market from the file name or the fee
 * columns when no Currency column says it, and bad headers refused with a message and no output.
 */
import fs from "fs";
import os from "os";
import path from "path";
import * as XLSX from "@e965/xlsx";
import { runReconcile as run } from "../support/reconcileCli";
import type { Cell } from "../../src/core/settlement";
import { TH_INCOME, US_UNSETTLED, US_UNSETTLED_BANNER, VN_UNSETTLED, VN_UNSETTLED_PREAMBLE } from "./languageLayouts";
import { csvText, rowOf } from "./layouts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reconcile-lang-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

function xlsx(sheets: Record<string, unknown[][]>): Buffer {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  return XLSX.write(wb, { type: "buffer", bookType: "xlsx" }) as Buffer;
}

test("VN unsettled xlsx: its sheet found by its Vietnamese name, the header on row 5, every cell a string (§1.1 H)", async () => {
  const order = rowOf(VN_UNSETTLED, {
    "Loại giao dịch": "Đơn hàng",
    "ID đơn hàng/điều chỉnh": "580000000000000020",
    "Ngày tạo giao dịch": "2026/06/10",
    "Đơn vị tiền tệ": "VND",
    "Số tiền quyết toán ước tính": "142400",
    "Ngày tạo đơn hàng": "2026/06/10",
    "Tổng doanh thu": "180000",
    "Tổng phụ sau giảm giá của người bán": "180000",
    "Tổng phí": "-37600",
    "Phí giao dịch ước tính": "-8500",
    "Phí hoa hồng của TikTok Shop": "-23400",
    "Phí xử lý đơn hàng": "-3000",
    "Thuế GTGT do TikTok Shop khấu trừ": "-1800",
    "Thuế TNCN do TikTok Shop khấu trừ": "-900",
    "Khách thanh toán": "170000",
    "Giảm giá của nền tảng": "-10000",
  });
  const p = file(
    "Onhold-unsettled-orders-2026_06_01-2026_06_12(UTC+7).xlsx",
    xlsx({
      "Báo cáo": [["Tổng số tiền quyết toán", "142400"]],
      "Đơn hàng chưa quyết toán và kho": [...VN_UNSETTLED_PREAMBLE, VN_UNSETTLED, order],
    }),
  );
  const r = await run(p, "--format", "json");
  expect(r.err).toBe("");
  const j = JSON.parse(r.out);
  expect(j).toMatchObject({ language: "vi", layout: "unsettled", market: "VN", matched: 1 });
  expect(j.lines[0]).toMatchObject({ id: "580000000000000020", status: "match" });
  const table = await run(p);
  expect(table.out).toMatch(/\(vi\), header on row 5: market VN \(VND\)/);
});

test("TH Income xlsx: the order-details sheet after the report sheet (§1.2 I)", async () => {
  const order = rowOf(TH_INCOME, {
    "หมายเลขคำสั่งซื้อ/การปรับ": "581000000000000201",
    ประเภทธุรกรรม: "คำสั่งซื้อ",
    เวลาที่สร้างคำสั่งซื้อ: "2026/11/25",
    สกุลเงิน: "THB",
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
  const p = file(
    "income_20261130120000(UTC+7).xlsx",
    xlsx({ รายงาน: [["", "รายได้รวม", "", "", "", "1000.00"]], รายละเอียดคำสั่งซื้อ: [TH_INCOME, order] }),
  );
  const j = JSON.parse((await run(p, "--format", "json")).out);
  expect(j).toMatchObject({ language: "th", layout: "income", market: "TH", identity: { broken: 0 } });
  expect(j.lines[0].fees.transaction).toMatchObject({ expected: -32.1, difference: 0 });
});

describe("US unsettled xlsx without a Currency column (§1b)", () => {
  const order = (header: readonly string[]): Cell[] =>
    rowOf(header, {
      Type: "Order",
      "Order/adjustment ID": "576460752303424101",
      "Creation date": "2025/03/01",
      "Total estimated settlement amount": 23.4,
      "Net sales": 25,
      Shipping: 0,
      Fees: -1.6,
      "Referral fee": -1.5,
      "Sales tax on referral fees": -0.1,
      "Customer payment": 27,
      "Sales tax payment": 2,
      "Platform discounts": 0,
      "Adjustment amount": 0,
    });
  const name = "Onhold-unsettled-orders-2025_03_01-2025_03_12(UTC-7).xlsx";

  test("the market is the US (its fee columns, and the file name's UTC-7)", async () => {
    const p = file(
      name,
      xlsx({ "Unsettled order and adjustment": [...US_UNSETTLED_BANNER, US_UNSETTLED, order(US_UNSETTLED)] }),
    );
    const r = await run(p, "--format", "json");
    expect(r.err).toBe("");
    expect(JSON.parse(r.out)).toMatchObject({ market: "US", currency: "USD", layout: "unsettled", matched: 1 });
  });

  test("without the US-only column: exit 1 asking for --market (US or MX by the name), nothing written; --market US reads it", async () => {
    const bare = US_UNSETTLED.filter((h) => h !== "Sales tax on referral fees");
    const p = file(name, xlsx({ "Unsettled order and adjustment": [...US_UNSETTLED_BANNER, bare, order(bare)] }));
    const r = await run(p, "--format", "json");
    expect([r.code, r.out]).toEqual([1, ""]);
    expect(r.err).toMatch(/leave US, MX: name the market \(e\.g\. --market US\)/);
    expect(JSON.parse((await run(p, "--format", "json", "--market", "US")).out).matched).toBe(1);
  });
});

test("a header mixing Vietnamese and English: exit 1 with the message, nothing written", async () => {
  const mixed = VN_UNSETTLED.map((h) => (h === "Tổng phí" ? "Total fees" : h));
  const p = file("mixed.csv", csvText([mixed, rowOf(mixed, { "ID đơn hàng/điều chỉnh": "1" })]));
  for (const format of ["json", "csv", "table"]) {
    const r = await run(p, "--format", format);
    expect([r.code, r.out]).toEqual([1, ""]);
    expect(r.err).toMatch(/mixes two Seller Center languages: Vietnamese .* and English \("Total fees"\)/);
    expect(r.err).not.toMatch(/\n\s+at /);
  }
});
