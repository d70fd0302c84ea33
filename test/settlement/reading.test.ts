/** Reading cells and headers as TikTok writes them (research settlement.md §1). */
import {
  columnsToRead,
  createOrderIndex,
  detectHeader,
  feeBlockColumns,
  readAmount,
  readDate,
  readId,
  reconcileRows,
} from "../../src/core/settlement";
import { MY_INCOME, ORDER_EXPORT, ORDER_EXPORT_DESCRIPTION, US_STATEMENT, rowOf, usOrder } from "./layouts";

const a = (v: Parameters<typeof readAmount>[0]) => readAmount(v, "Fees")?.toString() ?? null;

test("amounts: signs kept, `/` and blanks empty, currency prefixes, decimal commas, thousands", () => {
  expect([a("-1.32"), a(-1.32), a(0), a("/"), a(""), a("  "), a(null)]).toEqual([
    "-1.32",
    "-1.32",
    "0",
    null,
    null,
    null,
    null,
  ]);
  expect([a("GBP 8.00"), a("BRL 35,91"), a("-GBP 8.00"), a("GBP -8.00"), a("£8.00"), a("Rp1.250.000")]).toEqual([
    "8",
    "35.91",
    "-8",
    "-8",
    "8",
    "1250000",
  ]);
  expect([a("1,234.56"), a("1.234,56"), a("(2.50)"), a("'12")]).toEqual(["1234.56", "1234.56", "-2.5", "12"]);
  expect([a(0.1 + 0.2), a(-1.32), a(1250)]).toEqual(["0.3", "-1.32", "1250"]);
  expect(() => a("abc")).toThrow(/Fees holds "abc", which is not an amount/);
  expect(() => a("1.2.3")).toThrow(/not an amount/);
});

test("dates: YYYY/MM/DD, dd/mm/yyyy hh:mm:ss, YYYYMMDD integers, Excel serials", () => {
  const d = (v: Parameters<typeof readDate>[0], mf = false) => readDate(v, "Order created time", mf);
  expect(d("2024/04/12")).toBe("2024-04-12");
  expect(d("23/09/2026 16:06:19")).toBe("2026-09-23");
  expect(d("05/09/2026 16:06:19")).toBe("2026-09-05");
  expect(d("05/09/2026 04:06:19 PM")).toBe("2026-05-09");
  expect(d(20260513)).toBe("2026-05-13");
  expect(d("20260513")).toBe("2026-05-13");
  expect(d(45292)).toBe("2024-01-01");
  expect(d("/")).toBeNull();
  expect(() => d("2024/02/30")).toThrow(/not a calendar date/);
  expect(() => d("yesterday")).toThrow(/not a date/);
});

test("IDs stay text; a number ≥ 1e15 has lost digits and is flagged", () => {
  expect(readId("576460752303423488\t")).toEqual({ id: "576460752303423488", lostDigits: false });
  expect(readId("'576460752303423488")).toEqual({ id: "576460752303423488", lostDigits: false });
  expect(readId(576460752303423488)).toEqual({ id: "576460752303423488", lostDigits: true });
  expect(readId("5.76460752303423E+17")?.lostDigits).toBe(true);
  expect(readId(12345)).toEqual({ id: "12345", lostDigits: false });
});

test("header found below banner rows, with trailing spaces and tabs; the old `Order\\adjustment ID` name", () => {
  const banner = [["Disclaimer: estimated amounts"], ["Download time", "2026/06/12"], ["Total Transactions", 306], []];
  const h = detectHeader([...banner, MY_INCOME]);
  expect(h.row).toBe(4);
  expect(h.layout.id).toBe("income");
  const old = MY_INCOME.map((c) => (c.startsWith("Order/adjustment ID") ? "Order\\adjustment ID" : c));
  expect(detectHeader([old]).layout.id).toBe("income");
  const renamed = MY_INCOME.map((c) =>
    c.startsWith("Type") ? "Transaction type" : c.replace("Order/adjustment ID", "Order/Adjustment ID"),
  );
  expect(detectHeader([renamed]).layout.id).toBe("income");
});

test("a sheet of no known layout is refused, naming what was looked for and what was found", () => {
  expect(() =>
    detectHeader([
      ["Name", "Price", "Stock"],
      ["Mug", 5, 3],
    ]),
  ).toThrow(/Not a TikTok Shop settlement export.*"Order\/adjustment ID".*Found: row 1 reads "Name", "Price", "Stock"/);
  expect(() => reconcileRows([])).toThrow(/Found: no text in the first rows/);
  expect(() => reconcileRows([US_STATEMENT])).toThrow(/has a header \(row 1\) but no data rows/);
  expect(() => reconcileRows([ORDER_EXPORT, ["1"]])).toThrow(/This is the order export/);
});

test("EUR needs a named market; the override wins over the currency column", () => {
  const eur = usOrder({ id: "1", created: "2025/03/01", net: "10.00", referral: "-0.90" }).map((c) =>
    c === "USD" ? "EUR" : c,
  );
  expect(() => reconcileRows([US_STATEMENT, eur])).toThrow(
    /EUR, used by DE, FR, IT, ES, IE, AT, BE, NL: name the market/,
  );
  const usd = usOrder({ id: "1", created: "2025/03/01", net: "10.00", referral: "-0.60" });
  const r = reconcileRows([US_STATEMENT, usd], { market: "UK" });
  expect(r.market).toBe("UK");
  expect(r.lines![0].status).toBe("skipped");
  expect(r.lines![0].reason).toBe("currency USD is not UK's GBP");
});

test("an unreadable amount skips the order with the reason, never a guessed number", () => {
  const bad = usOrder({ id: "9", created: "2025/03/01", net: "10.00", referral: "-0.60" });
  bad[US_STATEMENT.indexOf("Referral fee")] = "n/a";
  const r = reconcileRows([US_STATEMENT, bad]);
  expect(r.lines![0].status).toBe("skipped");
  expect(r.lines![0].reason).toBe('Referral fee holds "n/a", which is not an amount.');
});

test("an ID stored as a number is flagged, checked alone and never joined", () => {
  const row = usOrder({ id: "x", created: "2025/03/01", net: "10.00", referral: "-0.60" });
  row[US_STATEMENT.indexOf("Order/adjustment ID")] = 576460752303423488;
  const r = reconcileRows([US_STATEMENT, row, row]);
  expect(r.lostDigitIds).toBe(2);
  expect(r.orders).toBe(2);
  expect(r.lines![0].idLostDigits).toBe(true);
});

test("order export: the description row is skipped; unsettled delivered orders and settled IDs with no order", () => {
  const idx = createOrderIndex();
  idx.push(ORDER_EXPORT);
  idx.push(ORDER_EXPORT_DESCRIPTION);
  const order = (id: string, status: string, delivered: string) =>
    rowOf(ORDER_EXPORT, {
      "Order ID": `${id}\t`,
      "Order Status": status,
      "Created Time": "01/03/2025 10:00:00\t",
      "Delivered Time": delivered,
    });
  idx.push(order("576460752303423488", "Completed", "05/03/2025 10:00:00"));
  idx.push(order("576460752303423500", "Delivered", "06/03/2025 10:00:00"));
  idx.push(order("576460752303423501", "Cancelled", ""));
  const orders = idx.finish();
  expect(orders.orders.get("576460752303423488")?.created).toBe("2025-03-01");
  const r = reconcileRows(
    [
      US_STATEMENT,
      usOrder({ id: "576460752303423488", created: "2025/03/01", net: "10.00", referral: "-0.60" }),
      usOrder({ id: "576460752303423499", created: "2025/03/01", net: "10.00", referral: "-0.60" }),
    ],
    { orders },
  );
  expect(r.join).toEqual({
    ordersRead: 3,
    unsettled: [{ id: "576460752303423500", status: "Delivered", created: "2025-03-01" }],
    unsettledCount: 1,
    noOrder: ["576460752303423499"],
    noOrderCount: 1,
  });
});

test("total fees that differ from the sum of their columns are reported as unexplained", () => {
  const row = rowOf(MY_INCOME, {
    "Order/adjustment ID": "578000000000000009",
    Type: "Order",
    "Order created time": "2026/03/02",
    Currency: "MYR",
    "Total settlement amount": "85.00",
    "Total revenue": "90.00",
    "Subtotal after seller discounts": "90.00",
    "Total fees": "-5.00",
    "Transaction fee": "-2.78",
    "Platform support fee": "-0.54",
    "Seller shipping fee": "-1.00",
    "Actual shipping fee": "-1.00",
    "Customer shipping fee": "0",
    "Customer payment": "73.50",
  });
  const r = reconcileRows([MY_INCOME, row]);
  // −5.00 − (−2.78 − 0.54 − 1.00 [the shipping parent is not added to its children]) = −0.68
  expect(r.unexplainedFees.rows).toBe(1);
  expect(r.unexplainedFees.total.toString()).toBe("-0.68");
  expect(r.takeRate).toEqual([expect.objectContaining({ month: "2026-03", rate: expect.anything() })]);
  expect(r.takeRate[0].rate!.toFixed(4)).toBe("0.0556");
});

test("rows before the first that names a currency wait for it; a US file reads 06/01/2026 as 1 June", () => {
  const adj = rowOf(US_STATEMENT, {
    Type: "Adjustment",
    "Order/adjustment ID": "7000000000000000002",
    "Total settlement amount": "-3.00",
    "Adjustment amount": "-3.00",
  });
  const order = usOrder({ id: "576460752303423600", created: "06/01/2026", net: "10.00", referral: "-0.60" });
  const r = reconcileRows([US_STATEMENT, adj, order]);
  expect(r.market).toBe("US");
  expect(r.lines!.map((l) => [l.id, l.firstRow, l.status])).toEqual([
    ["7000000000000000002", 2, "skipped"],
    ["576460752303423600", 3, "match"],
  ]);
  expect(r.lines![1].created).toBe("2026-06-01");
  expect(() => reconcileRows([US_STATEMENT, adj])).toThrow(/names no currency: give the market/);
  expect(reconcileRows([US_STATEMENT, adj], { market: "US" }).skipped).toBe(1);
});

test("the columns a host must read: known columns and the fee block, parents of listed children left out of the sum", () => {
  const h = detectHeader([MY_INCOME]);
  const names = (ix: number[]) => ix.map((i) => h.columns[i].name);
  expect(names(feeBlockColumns(h))).toEqual([
    "Transaction fee",
    "TikTok Shop commission fee",
    "Actual shipping fee",
    "Platform shipping fee discount",
    "Customer shipping fee",
    "Affiliate Commission",
    "Affiliate Shop Ads commission",
    "SFP service fee",
    "Order processing fee",
    "Dynamic commission",
    "SST",
    "Platform support fee",
  ]);
  const read = names(columnsToRead(h));
  expect(read).toContain("Order/adjustment ID");
  expect(read).toContain("SFP service fee");
  expect(read).not.toContain("Subtotal before discounts");
  expect(read).not.toContain("Seller shipping fee");
});
