/**
 * Affiliate commission refunds are adjustments naming the order whose commission they return
 * (`Related order ID`, settlement.md §2): each is matched to that order when the file holds it,
 * before or after the refund, and the ones naming an order the file lacks are listed.
 */
import { reconcileRows } from "../../src/core/settlement";
import { rowOf, US_STATEMENT, usOrder } from "./layouts";

function refund(id: string, related: string) {
  return rowOf(US_STATEMENT, {
    "Statement date (UTC)": "2025/03/17",
    "Statement ID": "7480000000000000002",
    Currency: "USD",
    Type: "Affiliate commission refund",
    "Order/adjustment ID": id,
    "Total settlement amount": "1.50",
    "Adjustment amount": "1.50",
    "Adjustment reason": "Affiliate commission refund",
    "Related order ID": related,
  });
}

test("refunds are matched to their order wherever it sits in the file; an unknown order is listed", () => {
  const rows = [
    US_STATEMENT,
    refund("576460000000090001", "576460000000000002"), // before its order
    usOrder({ id: "576460000000000001", created: "2025/03/01", net: "20.00", tax: "1.20", referral: "-1.20" }),
    usOrder({ id: "576460000000000002", created: "2025/03/02", net: "25.00", referral: "-1.50" }),
    refund("576460000000090002", "576460000000000001"), // after its order
    refund("576460000000090003", "576460000000099999"), // an order this statement does not hold
  ];
  const s = reconcileRows(rows);
  expect(s.affiliateRefunds.count).toBe(3);
  expect(s.affiliateRefunds.matched).toBe(2);
  expect(s.affiliateRefunds.unmatched).toEqual([{ id: "576460000000090003", relatedOrderId: "576460000000099999" }]);
  // The orders themselves are still checked, the refunds skipped with their reason.
  expect(s.matched).toBe(2);
  expect(s.skipped).toBe(3);
});
