/**
 * Saved responses of TikTok Shop's Open API finance endpoints as the header and rows the reconciler
 * already reads: `GET /finance/{202309|202501}/statements/{statement_id}/statement_transactions`
 * (docs/research/settlement-languages.md §3.1) and the unsettled transactions (§3.4).
 *
 * Three shapes, told apart by the transactions' fields (§3.2–3.4):
 * - **202309**: one flat object per transaction (`fee_amount`, `platform_commission_amount`,
 *   `referral_fee_amount`, `transaction_fee_amount`…);
 * - **202501**: totals with breakdowns (`fee_tax_amount` + `fee_tax_breakdown{fee{},tax{}}`,
 *   `revenue_breakdown{}`, `shipping_cost_breakdown{}`, `supplementary_component{}`);
 * - **unsettled**: the 202501 breakdowns with `est_*` totals (`est_settlement_amount`…).
 *
 * Each API field the reader knows becomes the column it reads in an export, under that column's
 * English name (`transaction_fee_amount` → `Transaction fee`; §3.3's dbt mapping for VN); every other
 * amount is kept as a column named by its API path, so nothing is dropped. The fee fields sit
 * between `Total fees` and `Adjustment amount`, where the reader looks for the fees whose sum the
 * total should be (the views of the affiliate commission §3.3 says not to add are kept after it).
 * Amounts stay exact: the API's decimal text (or `{value, currency}`) becomes plain decimal text,
 * never a JS number. Timestamps (Unix seconds) become the local date and time of the market's
 * Seller Center time zone, as the exports write them (research settlement.md §1a: `UTC+7`).
 *
 * Accepted: one response (`{code, message, data: {...}}`), its `data` object, an array of them (the
 * pages of one or more statements), or an array of bare transactions. No network: the caller reads
 * the JSON. A shape this does not know is refused with what was found.
 */
import { Decimal } from "../decimal";
import { invalidValue } from "../errors";
import { message } from "./messages";
import type { Cell } from "./values";

export type OpenApiVersion = "202309" | "202501" | "unsettled";

/** The responses as a sheet: the header row, then one row per transaction. */
export interface OpenApiTable {
  readonly version: OpenApiVersion;
  readonly header: readonly string[];
  readonly rows: readonly Cell[][];
  /** Statement IDs the pages name, in order of first appearance. */
  readonly statements: readonly string[];
}

export interface OpenApiOptions {
  /** IANA time zone for the order created time; default: the one of the currency's market. */
  readonly timeZone?: string;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** One page of transactions, with what its `data` object says of them all. */
interface Page {
  readonly transactions: readonly Obj[];
  readonly currency: string;
  readonly statementId: string;
  readonly statementTime: Json;
}

/** Seller Center's time zone per currency (SEA without daylight saving; US Pacific, UK London). */
const TIME_ZONES: Readonly<Record<string, string>> = {
  IDR: "Asia/Jakarta",
  THB: "Asia/Bangkok",
  VND: "Asia/Ho_Chi_Minh",
  MYR: "Asia/Kuala_Lumpur",
  SGD: "Asia/Singapore",
  PHP: "Asia/Manila",
  USD: "America/Los_Angeles",
  GBP: "Europe/London",
  MXN: "America/Mexico_City",
  BRL: "America/Sao_Paulo",
  JPY: "Asia/Tokyo",
};

// ---- Field lists (research §3) ---------------------------------------------------------------

/** The 202309 flat fields that are fees, i.e. parts of `fee_amount` (§3.2: it includes the affiliate commission). */
const FLAT_FEES = [
  "platform_commission_amount",
  "referral_fee_amount",
  "transaction_fee_amount",
  "refund_administration_fee_amount",
  "affiliate_commission_amount",
  "affiliate_partner_commission_amount",
  "affiliate_ads_commission_amount",
];

/** Views of the affiliate commission: adding them to it would count it twice (§3.3 "skip"). */
const AFFILIATE_VIEWS = new Set([
  "affiliate_commission_amount_before_pit",
  "affiliate_commission_before_pit",
  "affiliate_commission_before_pit_amount",
  "affiliate_commission_deposit",
  "affiliate_commission_release",
]);

/** API fee and tax fields under the name the reader knows their export column by (§3.3, the dbt mapping). */
const FEE_NAMES: Readonly<Record<string, string>> = {
  platform_commission_amount: "TikTok Shop commission fee",
  referral_fee_amount: "Referral fee",
  transaction_fee_amount: "Transaction fee",
  refund_administration_fee_amount: "Refund administration fee",
  dynamic_commission_amount: "Dynamic commission",
  vat_amount: "VAT withheld by TikTok Shop",
  pit_amount: "PIT withheld by TikTok Shop",
};

/** Fields that name the same column of the reader: only one of them may carry that name. */
const SAME_COLUMN: readonly (readonly string[])[] = [["platform_commission_amount", "referral_fee_amount"]];

/** Marks of each version in a transaction object. */
const UNSETTLED_MARKS = ["est_settlement_amount", "est_revenue_amount", "est_fee_tax_amount"];
const BREAKDOWN_MARKS = ["fee_tax_breakdown", "revenue_breakdown", "shipping_cost_breakdown", "fee_tax_amount"];
const FLAT_MARKS = ["fee_amount", ...FLAT_FEES, "net_sales_amount", "gross_sales_amount"];

/** The reader's columns, in an Income export's order (layouts.ts finds the fee block by them). */
const COL = {
  id: "Order/adjustment ID",
  type: "Type",
  created: "Order created time",
  settled: "Order settled time",
  currency: "Currency",
  statementId: "Statement ID",
  estimatedSettleTime: "Estimated Settle time",
  unsettledReason: "Unsettled reasons",
  settlement: "Total settlement amount",
  estimatedSettlement: "Total estimated settlement amount",
  revenue: "Total revenue",
  subtotalAfter: "Subtotal after seller discounts",
  refundSubtotalAfter: "Refund subtotal after seller discounts",
  shipping: "Shipping",
  totalFees: "Total fees",
  adjustment: "Adjustment amount",
  relatedOrderId: "Related order ID",
  customerPayment: "Customer payment",
  customerRefund: "Customer refund",
  platformDiscount: "Platform discounts",
  platformDiscountRefund: "Platform discounts refund",
  salesTax: "Sales tax payment",
  salesTaxRefund: "Sales tax refund",
} as const;

// ---- Reading the JSON -----------------------------------------------------------------------

/** The pages of the JSON given, or the refusal that says what it holds instead. */
function pagesOf(json: unknown): Page[] {
  const pages: Page[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (Array.isArray(v)) {
      if (v.length > 0 && v.every((t) => isObj(t) && looksLikeTransaction(t))) {
        pages.push({ transactions: v as Obj[], currency: "", statementId: "", statementTime: null });
        return;
      }
      for (const item of v) visit(item, depth + 1);
      return;
    }
    if (!isObj(v)) throw unknownShape(v);
    const code = v.code;
    if (typeof code === "number" && code !== 0 && !isObj(v.data)) {
      throw invalidValue(
        "file",
        message("openApi.apiError", { code: String(code), text: typeof v.message === "string" ? v.message : "" }),
      );
    }
    if (isObj(v.data) && depth < 4) {
      visit(v.data, depth + 1);
      return;
    }
    if (Array.isArray(v.transactions)) {
      pages.push({
        transactions: v.transactions.filter(isObj),
        currency: text(v.currency),
        statementId: text(v.statement_id ?? v.id),
        statementTime: v.statement_time ?? null,
      });
      return;
    }
    if (Array.isArray(v.statements)) throw invalidValue("file", message("openApi.statementsList", {}));
    if (Array.isArray(v.sku_transactions)) throw invalidValue("file", message("openApi.perOrder", {}));
    if (looksLikeTransaction(v)) {
      pages.push({ transactions: [v], currency: "", statementId: "", statementTime: null });
      return;
    }
    throw unknownShape(v);
  };
  visit(json, 0);
  return pages;
}

function looksLikeTransaction(t: Obj): boolean {
  return "settlement_amount" in t || UNSETTLED_MARKS.some((k) => k in t);
}

function unknownShape(v: unknown): Error {
  const found = isObj(v)
    ? Object.keys(v).length === 0
      ? "an empty object"
      : `an object with ${Object.keys(v)
          .slice(0, 8)
          .map((k) => `"${k}"`)
          .join(", ")}${Object.keys(v).length > 8 ? ` and ${Object.keys(v).length - 8} more` : ""}`
    : Array.isArray(v)
      ? "an empty array"
      : v === null
        ? "null"
        : `a ${typeof v}`;
  return invalidValue("file", message("openApi.unknownShape", { found }));
}

function versionOf(t: Obj): OpenApiVersion | null {
  if (UNSETTLED_MARKS.some((k) => k in t)) return "unsettled";
  if (BREAKDOWN_MARKS.some((k) => k in t)) return "202501";
  if (FLAT_MARKS.some((k) => k in t)) return "202309";
  return null;
}

const text = (v: Json | undefined): string =>
  typeof v === "string" ? v.trim() : typeof v === "number" && Number.isFinite(v) ? String(v) : "";

/**
 * An API amount as exact plain decimal text: `"12.340"` → `"12.34"` (so no third decimal reads
 * as a thousands dot), `{"value": "3928553", "currency": "VND"}` → `"3928553"`; blank → null.
 * Text that is no number is kept as it is, for the reader to refuse with its column's name.
 */
function amountOf(v: Json | undefined): Cell {
  if (isObj(v)) return amountOf(v.value ?? v.amount);
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number" && Number.isFinite(v)) return new Decimal(v).toFixed();
  // Plain decimals only: Decimal would also take "0x1f", "1e3" or "Infinity", which are no amounts.
  if (typeof v === "string" && PLAIN_DECIMAL.test(v.trim())) return new Decimal(v.trim()).toFixed();
  return String(v);
}

const PLAIN_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** The currency an amount object names (`{value, currency}`, §3.2's payments). */
function amountCurrency(v: Json | undefined): string {
  return isObj(v) ? text(v.currency) : "";
}

/** Sum of two API amounts, exact; null when both are missing. */
function plus(a: Json | undefined, b: Json | undefined): Cell {
  const x = amountOf(a);
  const y = amountOf(b);
  if (x === null && y === null) return null;
  // A part that is no amount is passed on as it is, for the reader to refuse: never dropped.
  for (const part of [x, y]) if (part !== null && !PLAIN_DECIMAL.test(String(part))) return part;
  return new Decimal(String(x ?? 0)).plus(String(y ?? 0)).toFixed();
}

/** `ORDER` → `Order`, `LOGISTICS_REIMBURSEMENT` → `Logistics reimbursement`. */
function typeText(v: Json | undefined): string {
  const t = text(v);
  if (!/^[A-Z0-9_]+$/.test(t)) return t;
  const words = t.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const FORMATS = new Map<string, Intl.DateTimeFormat>();

/** Unix seconds (or milliseconds) as `YYYY-MM-DD HH:MM:SS` in a time zone; other text unchanged. */
function timeOf(v: Json | undefined, zone: string): Cell {
  const raw = typeof v === "string" ? v.trim() : v;
  let n: number;
  if (typeof raw === "number") n = raw;
  else if (typeof raw === "string" && /^\d{9,13}$/.test(raw)) n = Number(raw);
  else return typeof raw === "string" && raw !== "" ? raw : null;
  if (!Number.isFinite(n) || n <= 0) return null;
  const ms = n > 1e11 ? n : n * 1000;
  let f = FORMATS.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    FORMATS.set(zone, f);
  }
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(new Date(ms))) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

// ---- The table ------------------------------------------------------------------------------

/**
 * A transaction's amount fields by path (`fee_tax_breakdown.fee.transaction_fee_amount`): its own
 * `…_amount` fields and every value inside its breakdown objects.
 */
function amountFields(t: Obj): Map<string, Json> {
  const out = new Map<string, Json>();
  const walk = (o: Obj, prefix: string): void => {
    for (const [k, v] of Object.entries(o)) {
      const path = `${prefix}.${k}`;
      if (isObj(v) && !isAmountObject(v)) walk(v, path);
      else if (!Array.isArray(v)) out.set(path, v);
    }
  };
  for (const [k, v] of Object.entries(t)) {
    if (isObj(v) && !isAmountObject(v)) walk(v, k);
    else if (k.endsWith("_amount")) out.set(k, v);
  }
  return out;
}

const isAmountObject = (v: Obj): boolean => "value" in v && ("currency" in v || Object.keys(v).length === 1);

/** Paths that are a column of the reader, the fee block or the ID block (not repeated after). */
function isReaderField(path: string, version: OpenApiVersion): boolean {
  if (version === "202309") {
    return (
      FLAT_FEES.includes(path) ||
      [
        "settlement_amount",
        "revenue_amount",
        "net_sales_amount",
        "after_seller_discounts_subtotal_amount",
        "shipping_cost_amount",
        "fee_amount",
        "adjustment_amount",
        "customer_payment_amount",
        "customer_refund_amount",
        "platform_discount_amount",
        "platform_discount_refund_amount",
        "sales_tax_payment_amount",
        "sales_tax_refund_amount",
      ].includes(path)
    );
  }
  const est = version === "unsettled" ? "est_" : "";
  return (
    [
      `${est}settlement_amount`,
      `${est}revenue_amount`,
      `${est}shipping_cost_amount`,
      `${est}fee_tax_amount`,
      "adjustment_amount",
      "supplementary_component.customer_payment_amount",
      "supplementary_component.customer_refund_amount",
      "supplementary_component.platform_discount_amount",
      "supplementary_component.platform_discount_refund_amount",
      "supplementary_component.sales_tax_payment_amount",
      "supplementary_component.sales_tax_refund_amount",
    ].includes(path) || isFeePath(path, version)
  );
}

/** A field of the fee block: a 202309 fee, or any field of `fee_tax_breakdown` but the views. */
function isFeePath(path: string, version: OpenApiVersion): boolean {
  if (version === "202309") return FLAT_FEES.includes(path);
  const m = /^fee_tax_breakdown\.(fee|tax)\.([^.]+)$/.exec(path);
  return m !== null && !AFFILIATE_VIEWS.has(m[2]);
}

/** Reads the saved responses into the header and rows the reconciler reads (see the file's comment). */
export function openApiTable(json: unknown, options: OpenApiOptions = {}): OpenApiTable {
  const pages = pagesOf(json);
  const all: { t: Obj; page: Page }[] = [];
  for (const page of pages) for (const t of page.transactions) all.push({ t, page });
  if (all.length === 0) throw invalidValue("file", message("openApi.noTransactions", {}));

  let version: OpenApiVersion | null = null;
  for (const { t } of all) {
    const v = versionOf(t);
    if (v === null) continue;
    if (version !== null && v !== version) {
      throw invalidValue("file", message("openApi.mixedVersions", { first: version, second: v }));
    }
    version = v;
  }
  if (version === null) {
    const keys = Object.keys(all[0].t);
    throw invalidValue(
      "file",
      message("openApi.unknownTransaction", {
        found: keys.length
          ? keys
              .slice(0, 10)
              .map((k) => `"${k}"`)
              .join(", ")
          : "no fields",
      }),
    );
  }
  const v = version;
  const fields = all.map(({ t }) => amountFields(t));

  // Fee columns: every fee field any transaction has, in first-seen order.
  const feePaths: string[] = [];
  const otherPaths: string[] = [];
  const seen = new Set<string>();
  const nonZero = new Map<string, number>();
  for (const f of fields) {
    for (const [path, value] of f) {
      const a = amountOf(value);
      if (a !== null && a !== "0") nonZero.set(path, (nonZero.get(path) ?? 0) + 1);
      if (seen.has(path)) continue;
      seen.add(path);
      if (isFeePath(path, v)) feePaths.push(path);
      else if (!isReaderField(path, v)) otherPaths.push(path);
    }
  }
  const leaf = (path: string) => path.slice(path.lastIndexOf(".") + 1);
  // Two fields naming one reader column (commission: platform vs referral): the one that carries
  // amounts keeps the name, the other is kept under its API name.
  const named = new Map<string, string>();
  for (const path of feePaths) {
    const name = FEE_NAMES[leaf(path)];
    if (name !== undefined) named.set(path, name);
  }
  for (const group of SAME_COLUMN) {
    const present = feePaths.filter((p) => group.includes(leaf(p)));
    if (present.length < 2) continue;
    const keep = present.reduce((best, p) => ((nonZero.get(p) ?? 0) > (nonZero.get(best) ?? 0) ? p : best));
    for (const p of present) if (p !== keep) named.delete(p);
  }
  const feeName = (path: string) => named.get(path) ?? path;

  const est = v === "unsettled";
  const has = (path: string) => fields.some((f) => f.has(path));
  const header: string[] = [COL.id, COL.type, COL.created];
  if (!est) header.push(COL.settled);
  header.push(COL.currency, COL.statementId);
  if (est) header.push(COL.estimatedSettleTime, COL.unsettledReason);
  header.push(est ? COL.estimatedSettlement : COL.settlement, COL.revenue);
  // Net sales goes under its API name: as "Net sales" (with "Statement ID") the header would fit the
  // statement layout as well as the Income one, which the reader refuses as a tie; the reconciler
  // reads revenue from "Total revenue" either way.
  if (v === "202309" && has("net_sales_amount")) header.push("net_sales_amount");
  header.push(COL.subtotalAfter, COL.refundSubtotalAfter, COL.shipping, COL.totalFees);
  header.push(...feePaths.map(feeName));
  header.push(
    COL.adjustment,
    COL.relatedOrderId,
    COL.customerPayment,
    COL.customerRefund,
    COL.platformDiscount,
    COL.platformDiscountRefund,
    COL.salesTax,
    COL.salesTaxRefund,
    ...otherPaths,
  );

  const statements: string[] = [];
  const rows = all.map(({ t, page }, i): Cell[] => {
    const f = fields[i];
    const currency =
      text(t.currency) ||
      page.currency ||
      amountCurrency(t.settlement_amount ?? t.est_settlement_amount ?? t.revenue_amount) ||
      "";
    const statementId = text(t.statement_id) || page.statementId;
    if (statementId && !statements.includes(statementId)) statements.push(statementId);
    const zone = options.timeZone ?? TIME_ZONES[currency.toUpperCase()] ?? "UTC";
    const orderId = text(t.order_id);
    const adjustmentId = text(t.adjustment_id);
    // An ID the JSON wrote as a number keeps the number: the reader marks its lost digits.
    const idCell = (x: Json | undefined): Cell => (typeof x === "number" ? x : text(x));
    const row: Cell[] = [
      orderId !== "" ? idCell(t.order_id) : adjustmentId !== "" ? idCell(t.adjustment_id) : idCell(t.id),
      typeText(t.type),
      timeOf(t.order_create_time, zone),
    ];
    if (!est) row.push(timeOf(t.statement_time ?? page.statementTime, zone));
    row.push(currency, statementId);
    if (est) row.push(text(t.estimated_settlement), text(t.unsettled_reason));
    const sup = (k: string) => f.get(`supplementary_component.${k}`);
    const rev = (k: string) => f.get(`revenue_breakdown.${k}`);
    if (v === "202309") {
      row.push(amountOf(t.settlement_amount), amountOf(t.revenue_amount));
      if (has("net_sales_amount")) row.push(amountOf(t.net_sales_amount));
      row.push(
        amountOf(t.after_seller_discounts_subtotal_amount),
        plus(t.gross_sales_refund_amount, t.seller_discount_refund_amount),
        amountOf(t.shipping_cost_amount),
        amountOf(t.fee_amount),
      );
    } else {
      const e = est ? "est_" : "";
      row.push(
        amountOf(t[`${e}settlement_amount`]),
        amountOf(t[`${e}revenue_amount`]),
        plus(rev("subtotal_before_discount_amount"), rev("seller_discount_amount")),
        plus(rev("refund_subtotal_before_discount_amount"), rev("seller_discount_refund_amount")),
        amountOf(t[`${e}shipping_cost_amount`]),
        amountOf(t[`${e}fee_tax_amount`]),
      );
    }
    for (const p of feePaths) row.push(amountOf(f.get(p)));
    const flat = v === "202309";
    row.push(
      amountOf(t.adjustment_amount),
      text(t.adjustment_order_id) || text(t.associated_order_id) || text(t.related_order_id),
      amountOf(flat ? t.customer_payment_amount : sup("customer_payment_amount")),
      amountOf(flat ? t.customer_refund_amount : sup("customer_refund_amount")),
      amountOf(flat ? t.platform_discount_amount : sup("platform_discount_amount")),
      amountOf(flat ? t.platform_discount_refund_amount : sup("platform_discount_refund_amount")),
      amountOf(flat ? t.sales_tax_payment_amount : sup("sales_tax_payment_amount")),
      amountOf(flat ? t.sales_tax_refund_amount : sup("sales_tax_refund_amount")),
    );
    for (const p of otherPaths) row.push(amountOf(f.get(p)));
    return row;
  });
  return { version: v, header, rows, statements };
}

/** Whether a file's first bytes look like JSON (an object or an array), not CSV text. */
export function looksLikeJson(head: string): boolean {
  return /^\uFEFF?\s*[[{]/.test(head);
}
