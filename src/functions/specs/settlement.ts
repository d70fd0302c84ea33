/**
 * Settlement functions: the fee a row of TikTok Shop's own settlement file should carry, so a
 * reconciliation sheet's expected amounts are live formulas a seller can audit cell by cell.
 */
import { CoreError, invalidValue } from "../../core/errors";
import { type Message, message } from "../../core/messages";
import { RATE_BOOK } from "../../core/rates";
import { market as findMarket } from "../../core/rates/markets";
import { expectedFee } from "../../core/settlement/expectedFee";
import { defineFunction } from "../define";
import * as P from "../params";
import { optional, param, required } from "../spec";

const feeKind = param(
  "fee",
  "name",
  'Fee column: commission (referral), transaction (payment), refundAdmin, orderFee (processing), growth (service) or dynamicCommission, as RATE reads them; add "incl. VAT" when the column includes the VAT on top of the fee.',
  { example: '"commission"', choices: "FEE" },
);
const orderDate = param("order_date", "date", "The order's created date: picks the rates in force.", {
  example: '"2025-03-01"',
});
const signed = (name: string, description: string, neededWhen?: string) =>
  param(name, "signedMoney", `${description} As signed in the file; leave out when the file has no such column.`, {
    ...(neededWhen ? { neededWhen } : {}),
  });
const customerPayment = signed(
  "customer_payment",
  "Customer payment column.",
  "for the US and UK commission and for every transaction fee",
);
const platformDiscount = signed("platform_discount", "Platform discounts column.");
const salesTax = signed("sales_tax", "Sales tax payment column (US).");
const subtotalAfter = signed(
  "subtotal_after",
  "Subtotal after seller discounts column (SEA Income files).",
  "for the South-East Asian commission",
);
const customerRefund = signed("customer_refund", "Customer refund column.");
const platformDiscountRefund = signed("platform_discount_refund", "Platform discounts refund column.");
const salesTaxRefund = signed("sales_tax_refund", "Sales tax refund column (US).");
const refundSubtotal = signed("refund_subtotal_after", "Refund subtotal after seller discounts column.");

/** The core speaks of a file's columns; a formula's user needs the argument to fill in. */
function neededArgument(e: CoreError): { argument: string; said: Message } | null {
  const fee = String(e.params.fee ?? "");
  switch (e.key) {
    case "expectedFee.noOrderValueColumn":
      return {
        argument: "customer_payment",
        said: message("expectedFee.neededNoOrderValueColumn", { argument: "customer_payment" }),
      };
    case "expectedFee.noCustomerPaymentColumn":
      return {
        argument: "customer_payment",
        said: message("expectedFee.neededNoCustomerPaymentColumn", { argument: "customer_payment" }),
      };
    case "expectedFee.noItemNetColumn":
      return {
        argument: "subtotal_after",
        said: message("expectedFee.neededNoItemNetColumn", { argument: "subtotal_after" }),
      };
    case "expectedFee.perItemNoQuantity":
      return {
        argument: "quantity",
        said: message("expectedFee.neededPerItemNoQuantity", { argument: "quantity", fee }),
      };
    case "expectedFee.cappedPerItemNoQuantity":
      return {
        argument: "quantity",
        said: message("expectedFee.neededCappedPerItemNoQuantity", { argument: "quantity", fee }),
      };
    default:
      return null;
  }
}

export function inArgumentTerms(e: unknown): unknown {
  if (!(e instanceof CoreError)) return e;
  // The rate book calls the date as_of; here it is order_date. A keyed message names its date
  // argument as a parameter (rate.beforeBook, rate.introducedLater) and is said again with order_date.
  if (e.key !== null && e.argument === "as_of") {
    const said =
      e.params.argument === "as_of"
        ? message(e.key, { ...e.params, argument: "order_date" } as never)
        : { key: e.key, params: e.params, text: e.message };
    return new CoreError(e.kind, "order_date", said);
  }
  // A reason without a key (none the rate book gives today): its English text, reworded.
  if (e.key === null && (e.argument === "as_of" || /\bas_of\b/.test(e.message))) {
    const text = e.message.replace(/\bas_of\b/g, "order_date").replace(/\border date\b/g, "order_date");
    return new CoreError(e.kind, "order_date", text);
  }
  if (e.kind !== "invalidValue") return e;
  const needed = neededArgument(e);
  return needed ? invalidValue(needed.argument, needed.said) : e;
}

export const EXPECTEDFEE = defineFunction({
  id: "EXPECTEDFEE",
  description:
    "The fee a settlement row should carry by the published rule in force on the order's date, from the row's own amounts; signed like the file (a fee charged is negative).",
  returns: "Expected fee in the market currency, negative when charged.",
  parameters: [
    required(feeKind),
    required(P.market, "Market code of the settlement file, such as US, UK, ID, MY."),
    required(orderDate),
    optional(customerPayment),
    optional(platformDiscount),
    optional(salesTax),
    optional(subtotalAfter),
    optional(customerRefund),
    optional(platformDiscountRefund),
    optional(salesTaxRefund),
    optional(refundSubtotal),
    optional(P.quantity, "Quantity column, for per-item fees and caps."),
    optional(P.category, "Product category, when the file or the order export names it (default: the market's rate)."),
  ],
  result: "number",
  examples: [
    {
      // US referral fee: 6 % × (customer payment + platform discount − sales tax) = 6 % × 20.00.
      args: ["referral", "US", "2025-03-01", 21.2, null, 1.2],
      expected: -1.2,
      source: "https://seller-us.tiktok.com/university/essay?knowledge_id=5982454398175018",
    },
  ],
  run: (a) => {
    if (typeof a.category !== "string" && a.category !== null) {
      // Here the rate is what is being checked: it must come from the book, not from the sheet.
      throw invalidValue("category", message("expectedFee.categoryNotRate", {}));
    }
    // An unknown category is #N/A here too, never the market default in disguise.
    const category = a.category === null ? null : RATE_BOOK.category("shop", findMarket(a.market).code, a.category);
    try {
      return expectedFee({
        fee: a.fee,
        market: a.market,
        date: a.order_date,
        customerPayment: a.customer_payment,
        platformDiscount: a.platform_discount,
        salesTax: a.sales_tax,
        subtotalAfter: a.subtotal_after,
        customerRefund: a.customer_refund,
        platformDiscountRefund: a.platform_discount_refund,
        salesTaxRefund: a.sales_tax_refund,
        refundSubtotalAfter: a.refund_subtotal_after,
        quantity: a.quantity,
        category,
      }).amount;
    } catch (e) {
      throw inArgumentTerms(e);
    }
  },
});
