/**
 * ID's Dynamic commission column (Income "Order details", settlement.md §2) is checked like the
 * other fees: TikTok's ID fee page (seller-id.tokopedia.com knowledge_id=7753828090824449) lists it
 * as compulsory from 2025-06-10 at 4–5.5 % of the item price after seller discount, capped at
 * Rp40,000 per item; the book uses the top of the range and says so.
 */
import { reconcileRows, type Cell } from "../../src/core/settlement";

const HEADER = [
  "Order/Adjustment ID",
  "Transaction type",
  "Order created time",
  "Order settled time",
  "Currency",
  "Total settlement amount",
  "Total Revenue",
  "Subtotal after seller discounts",
  "Total Fees",
  "Platform commission fee",
  "Dynamic commission",
  "Order processing fee",
  "Ajustment amount",
  "Customer payment",
];

function row(id: string, subtotal: number, dynamic: number): Cell[] {
  const commission = -Math.round(subtotal * 0.0697);
  const fees = commission + dynamic - 1250;
  return [
    id,
    "Order",
    "2026/06/03",
    "2026/06/12",
    "IDR",
    subtotal + fees,
    subtotal,
    subtotal,
    fees,
    commission,
    dynamic,
    -1250,
    0,
    subtotal,
  ];
}

test("5.5 % of the item net, and the Rp40,000 cap on a large one-item order", () => {
  const r = reconcileRows([
    HEADER,
    row("579000000000000101", 100000, -5500),
    row("579000000000000102", 1000000, -40000),
  ]);
  const [small, large] = r.lines!;
  expect(small.fees.dynamicCommission!.expected!.toString()).toBe("-5500");
  expect(small.fees.dynamicCommission!.status).toBe("match");
  // No Quantity column: a cap per item cannot be applied, so the big order is not modelled, not guessed.
  expect(["match", "not modelled"]).toContain(large.fees.dynamicCommission!.status);
  expect(r.notModelledColumns.map((c) => c.name)).not.toContain("Dynamic commission");
});

test("a dynamic commission charged at 6 % is a mismatch by exactly the excess", () => {
  const r = reconcileRows([HEADER, row("579000000000000103", 100000, -6000)]);
  const check = r.lines![0].fees.dynamicCommission!;
  expect(check.status).toBe("mismatch");
  expect(check.difference!.toString()).toBe("-500");
});
