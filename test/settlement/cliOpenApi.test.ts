/**
 * `reconcile statements.json`: saved Open API statement-transaction responses reconciled by the CLI
 * like an export (fixtures from docs/research/settlement-languages.md §3.2–3.4; amounts from the
 * published US referral rule, as in test/settlement/layouts.ts).
 */
import fs from "fs";
import os from "os";
import path from "path";
import { runReconcile as run } from "../support/reconcileCli";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reconcile-json-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

/** §3.2: a 202309 flat US order, 6 % referral fee of the customer payment. */
const order = (id: string, net: string, referral: string) => ({
  id: `T${id}`,
  type: "ORDER",
  order_id: id,
  order_create_time: Date.parse("2025-03-01T18:00:00Z") / 1000,
  settlement_amount: (Number(net) + Number(referral)).toFixed(2),
  revenue_amount: net,
  net_sales_amount: net,
  shipping_cost_amount: "0",
  fee_amount: referral,
  referral_fee_amount: referral,
  transaction_fee_amount: "0",
  refund_administration_fee_amount: "0",
  adjustment_amount: "0",
  customer_payment_amount: net,
  platform_discount_amount: "0",
  sales_tax_payment_amount: "0",
});

const page = (token: string, ...transactions: object[]) => ({
  code: 0,
  message: "Success",
  data: { statement_id: "7480000000000000001", currency: "USD", next_page_token: token, transactions },
});

describe("reconcile FILE.json (Open API statement transactions)", () => {
  const pages = JSON.stringify([
    page("p2", order("576460752303423488", "22.00", "-1.32")),
    page("", order("576460752303423489", "50.00", "-2.90")),
  ]);

  test("table: the API version, the statements, fee by fee", async () => {
    const r = await run(file("statements.json", pages));
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^Open API statement transactions \(202309; transactions: 2, statements: 1\): market US \(USD\)/,
    );
    expect(r.out).toMatch(/Commission\s+-4\.22\s+-4\.32\s+0\.1\s+2\s+1/);
  });

  test("json: lines and the summary with the version", async () => {
    const r = await run(file("statements2.json", pages), "--format", "json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.openApi).toEqual({ version: "202309", statements: ["7480000000000000001"] });
    expect(
      j.lines.map((l: { id: string; fees: { commission: { expected: number } } }) => [
        l.id,
        l.fees.commission.expected,
      ]),
    ).toEqual([
      ["576460752303423488", -1.32],
      ["576460752303423489", -3],
    ]);
  });

  test("JSON without the .json extension is recognised by its first character", async () => {
    const r = await run(
      file("saved-response.txt", ` \n${JSON.stringify(page("", order("576460752303423488", "22.00", "-1.32")))}`),
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain("Open API statement transactions (202309;");
  });

  test("an unknown shape, broken JSON, an API error: exit 1 with a message", async () => {
    const unknown = await run(file("other.json", '{"orders": []}'));
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain("Not a saved TikTok Shop Open API statement-transactions response");
    expect(unknown.err).toContain('"orders"');
    const broken = await run(file("broken.json", '{"data": {'));
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/broken\.json is not valid JSON/);
    const error = await run(file("error.json", '{"code": 36009004, "message": "sort_field is required"}'));
    expect(error.code).toBe(1);
    expect(error.err).toContain("code 36009004: sort_field is required");
  });

  test("--sheet does not apply to JSON", async () => {
    const r = await run(file("s3.json", pages), "--sheet", "x");
    expect(r.code).toBe(2);
  });
});
