/**
 * Template 7: statement reconciliation on a small, clearly labelled sample — a US statement's order
 * details (per SKU) with one fee doctored — so a seller sees the result before loading their own
 * export in the Reconcile tab. The sample sits on the same sheet, below the reconciliation, which
 * refers to it exactly as it would to a user's own sheet.
 */
import { detectHeader, reconcileRows, type Cell } from "../core/settlement";
import { fitWidth } from "./builder";
import { columnLetter } from "./plan";
import { reconciliationPlan } from "./reconciliationSheet";
import { TEMPLATE_INFO } from "./catalog";
import { fill, SHEETS_EN } from "./sheets";
import type { ScenarioTemplate } from "./types";

const HEADER = [
  "Statement date (UTC)",
  "Statement ID",
  "Currency",
  "Type",
  "Order/adjustment ID",
  "SKU ID",
  "Quantity",
  "Order created date",
  "Total settlement amount",
  "Net sales",
  "Fees",
  "Transaction fee",
  "Referral fee",
  "Refund administration fee",
  "Adjustment amount",
  "Customer payment",
  "Customer refund",
  "Platform discounts",
  "Sales tax payment",
];

/**
 * Made-up orders priced by the US rule (seller-us.tiktok.com knowledge_id=5982454398175018):
 * referral fee = 6 % × (customer payment + platform discounts − sales tax). Order …003 is charged
 * 3.50 where the rule gives 3.00; the last row is an adjustment, which reconciliation skips.
 */
const SAMPLE: Cell[][] = [
  [
    "2025/03/10",
    "7480001",
    "USD",
    "Order",
    "576460000000000001",
    "1729001",
    1,
    "2025/03/01",
    18.8,
    20,
    -1.2,
    0,
    -1.2,
    0,
    0,
    21.2,
    0,
    0,
    1.2,
  ],
  [
    "2025/03/10",
    "7480001",
    "USD",
    "Order",
    "576460000000000002",
    "1729002",
    1,
    "2025/03/02",
    42.3,
    45,
    -2.7,
    0,
    -2.7,
    0,
    0,
    38.6,
    0,
    10,
    3.6,
  ],
  [
    "2025/03/17",
    "7480002",
    "USD",
    "Order",
    "576460000000000003",
    "1729003",
    2,
    "2025/03/09",
    46.5,
    50,
    -3.5,
    0,
    -3.5,
    0,
    0,
    53.5,
    0,
    0,
    3.5,
  ],
  [
    "2025/04/07",
    "7480003",
    "USD",
    "Order",
    "576460000000000004",
    "1729004",
    1,
    "2025/04/01",
    9.4,
    10,
    -0.6,
    0,
    -0.6,
    0,
    0,
    10.8,
    0,
    0,
    0.8,
  ],
  [
    "2025/04/07",
    "7480003",
    "USD",
    "Order",
    "576460000000000004",
    "1729005",
    1,
    "2025/04/01",
    18.8,
    20,
    -1.2,
    0,
    -1.2,
    0,
    0,
    21.6,
    0,
    0,
    1.6,
  ],
  [
    "2025/04/07",
    "7480003",
    "USD",
    "Logistics reimbursement",
    "576460000000009001",
    "",
    0,
    "",
    4,
    0,
    0,
    0,
    0,
    0,
    4,
    0,
    0,
    0,
    0,
  ],
];

export const statementReconciliationTemplate: ScenarioTemplate = {
  ...TEMPLATE_INFO.statementReconciliation,
  build(_settings, text = SHEETS_EN) {
    const T = text.statementReconciliation;
    const rows: Cell[][] = [HEADER, ...SAMPLE];
    const header = detectHeader(rows);
    const summary = reconcileRows(rows);
    // The sample sits a few rows under the reconciliation table (14 is its header row).
    const sampleTop = 14 + (summary.lines?.length ?? 0) + 4;
    const plan = reconciliationPlan({
      templateId: "statement-reconciliation",
      sheetName: T.sheetName,
      title: T.title,
      subtitle: fill(T.subtitle, { row: sampleTop }),
      header,
      summary,
      source: { sheet: null, firstRow: sampleTop + 1, column: (i) => columnLetter(i) },
      text,
    });
    // The sample itself, clearly labelled, as input cells the user may edit to see the effect.
    const cells = [...plan.cells];
    cells.push({ address: `A${sampleTop}`, content: T.sampleTitle, role: "section" });
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined || value === "") return;
        const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
        // IDs are 18-digit text: the apostrophe prefix keeps Excel (and the engine) from reading
        // them as numbers, which would round them to 15 digits.
        const isId = r > 0 && (c === 1 || c === 4 || c === 5) && typeof text === "string";
        cells.push({
          address: `${columnLetter(c)}${sampleTop + 1 + r}`,
          content: isId ? `'${text}` : text,
          role: r === 0 ? "header" : "input",
        });
      }),
    );
    // The sample's columns show its headers and values whole (the table above shares them).
    const columnWidths: Record<string, number> = { ...plan.columnWidths };
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined || value === "") return;
        const col = columnLetter(c);
        columnWidths[col] = Math.max(columnWidths[col] ?? 48, fitWidth(String(value), r === 0));
      }),
    );
    // The sample lies below the table, so the table is not a bulk block here (it is tiny anyway).
    return { ...plan, cells, columnWidths, bulkRows: undefined };
  },
};
