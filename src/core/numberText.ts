/**
 * Numbers typed as text, read exactly or refused — never misread.
 *
 * Excel users often have numbers stored as text, copied from a shop export or typed with a
 * country's separators. The rule (the same in every function):
 * - A point is the decimal point; a sign (+, − or -) may lead; an exponent may follow:
 *   "1234.56", "-12", ".5", "5.", "1e3", "1E+3".
 * - Commas are thousands separators only where they cannot be anything else: groups of exactly
 *   three digits after a first group of one to three, and either a decimal point ("1,234.5") or
 *   at least two commas ("1,234,567"). A lone comma could be a decimal comma ("19,99", "1,5",
 *   "1.234,56") or a thousands separator ("1,234"), so it is refused with a message that says
 *   what to type. Other groupings ("1,23,456"), spaces or apostrophes inside a number are refused.
 * - A percentage ("6%", "6 %", "0.5%") is accepted only where a rate or a margin is read, as the
 *   number divided by 100, exactly.
 * Anything else ("12abc", "--5", "$12", "1e") is not a number.
 *
 * Parsing builds the Decimal from the digits themselves (no float in between), so the value is
 * exactly the decimal the text spells.
 */
import { Decimal } from "./decimal";
import { numberReason } from "./messages";

/**
 * Why a text was refused, as message parameters: `why` names the reason (see numberReason in
 * ./messages.ts), `a` and `b` what to type instead ("" when the reason has none).
 */
export interface NumberReason {
  readonly why:
    "percent" | "exponent" | "commaAmbiguous" | "commaDecimal" | "grouping" | "points" | "separators" | "notNumber";
  readonly a: string;
  readonly b: string;
}

export type NumberText =
  | { readonly ok: true; readonly value: Decimal }
  /** `reason` completes `price is text "…": <reason>` in English; `cause` is it as parameters. */
  | { readonly ok: false; readonly reason: string; readonly cause: NumberReason };

export interface NumberTextOptions {
  /** Accept a trailing percent sign (rates and margins). */
  readonly percent?: boolean;
}

/** Sign, digits with an optional point, optional exponent. */
const PLAIN = /^(\d+\.?\d*|\.\d+)(?:e([+-]?\d+))?$/i;
/** Thousands groups of three with a decimal point, or at least two groups. */
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(\.\d*)?$/;
/** Exponents beyond this are refused rather than turned into 0 or Infinity. */
const MAX_EXPONENT = 1000;

/**
 * Reads text as a number by the rule above. Returns the exact value, or why the text was refused
 * and what to type instead.
 */
export function parseNumberText(text: string, options: NumberTextOptions = {}): NumberText {
  let body = text.trim();
  let percent = false;
  if (body.endsWith("%")) {
    body = body.slice(0, -1).trimEnd();
    if (!options.percent) {
      return refuse({ why: "percent", a: "", b: "" });
    }
    percent = true;
  }
  let negative = false;
  const first = body.charAt(0);
  if (first === "-" || first === "+" || first === "\u2212") {
    negative = first !== "+";
    body = body.slice(1);
  }
  let digits: string;
  let exponent = 0;
  const plain = PLAIN.exec(body);
  if (plain) {
    digits = plain[1];
    if (plain[2] !== undefined) {
      exponent = Number(plain[2]);
      if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > MAX_EXPONENT) {
        return refuse({ why: "exponent", a: "", b: "" });
      }
    }
  } else {
    const grouped = GROUPED.exec(body);
    if (grouped && (grouped[2] !== undefined || grouped[1].split(",").length > 2)) {
      digits = grouped[1].replace(/,/g, "") + (grouped[2] ?? "");
    } else {
      return refuse(whyNotANumber(body, negative ? "-" : ""));
    }
  }
  if (percent) exponent -= 2;
  // "digits" is [0-9]+ with at most one point: Decimal reads it exactly, the exponent only shifts it.
  let value = new Decimal(exponent === 0 ? digits : `${digits}e${exponent}`);
  if (negative) value = value.negated();
  return { ok: true, value };
}

function refuse(cause: NumberReason): NumberText {
  return { ok: false, reason: numberReason(cause), cause };
}

/** Explains a refusal, with what to type when the intent can be guessed. */
function whyNotANumber(body: string, sign: string): NumberReason {
  // Decimal comma, possibly with points as thousands separators: "19,99", "1.234,56", "1,5".
  const european = /^(\d{1,3}(?:\.\d{3})+|\d+),(\d+)$/.exec(body);
  if (european) {
    const whole = european[1].replace(/\./g, "");
    const asDecimal = `${sign}${whole}.${european[2]}`;
    if (european[2].length === 3 && !european[1].includes(".")) {
      // "1,234": a thousands separator or a decimal comma; both readings are plausible.
      return { why: "commaAmbiguous", a: `${sign}${whole}${european[2]}`, b: asDecimal };
    }
    return { why: "commaDecimal", a: asDecimal, b: "" };
  }
  if (/^\d[\d,]*(\.\d*)?$/.test(body) && body.includes(",")) {
    const bare = body.replace(/,/g, "");
    return { why: "grouping", a: `${sign}${bare}`, b: "" };
  }
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(body)) {
    return { why: "points", a: `${sign}${body.replace(/\./g, "")}`, b: "" };
  }
  if (/^\d{1,3}(?:[ \u00a0\u202f']\d{3})+([.,]\d+)?$/.test(body)) {
    const bare = body.replace(/[ \u00a0\u202f']/g, "").replace(",", ".");
    return { why: "separators", a: `${sign}${bare}`, b: "" };
  }
  return { why: "notNumber", a: "", b: "" };
}

/**
 * A rate or percentage typed as text ("6%", "0.06", "6 %"), or null when the text is not a number
 * (a category name, say). For the function layer, so every argument that takes a rate reads text
 * the same way readRate does.
 */
export function rateFromText(text: string): Decimal | null {
  const parsed = parseNumberText(text, { percent: true });
  return parsed.ok ? parsed.value : null;
}
