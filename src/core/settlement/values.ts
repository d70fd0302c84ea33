/**
 * Reading one cell of a settlement export: amounts, dates and order IDs as TikTok writes them
 * (docs/research/settlement.md §1): `/` and blanks are empty; amounts may carry a currency
 * (`GBP 8.00`) or a decimal comma (`BRL 35,91`); dates come as `YYYY/MM/DD`, `dd/mm/yyyy hh:mm:ss`,
 * `YYYYMMDD` integers or Excel serials; IDs are 18-digit strings that must never pass through a
 * JS number. An unreadable value raises `invalidValue` naming the column — never a guessed number.
 */
import { Decimal, ZERO } from "../decimal";
import { type IsoDate, excelSerialToIso, isIsoDate } from "../dates";
import { invalidValue } from "../errors";
import { message } from "./messages";

/** What a cell can hold after a CSV or xlsx reader: text, a number, a date, a boolean or nothing. */
export type Cell = string | number | boolean | Date | null | undefined;

const EMPTY_TEXT = /^[\s/\-–—]*$/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;
/** One dot before exactly three digits: thousands in a dot-grouping locale, or three decimals. */
const AMBIGUOUS_DOT = /^[+-]?\d{1,3}\.\d{3}$/;
const CURRENCY_AFFIX = /^([A-Z]{3}|[A-Za-z]{0,3}[$£€¥₫₱฿₹]|Rp|RM)\s*|\s*([A-Z]{3}|[$£€¥₫₱฿])$/;
const THOUSANDS_COMMA = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const THOUSANDS_DOT_DECIMAL_COMMA = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d{1,2}$/;

/** True for a blank cell, `/`, or a dash: TikTok's ways of writing "nothing here". */
export function isEmptyCell(value: Cell): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === "string" && EMPTY_TEXT.test(value);
}

// Frequent cell texts parsed once: most cells of a file are "0" or prices that repeat. Bounded:
// when full it starts over, so memory stays flat on any file.
const SMALL_CACHE = new Map<string, Decimal>();
const CACHE_LIMIT = 100_000;

/**
 * An amount, or null for an empty cell. Signs are kept as in the file (fees negative).
 * `column` names the column in the error when the text is not an amount.
 */
export function readAmount(value: Cell, column: string): Decimal | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw invalidValue(column, message("settlement.amountNotFinite", { column, value: String(value) }));
    // Decimal(number) uses the shortest text that round-trips, so 12.34 stays 12.34; an xlsx cell
    // computed in Excel may carry binary noise past Excel's 15 significant digits (0.30000000000000004),
    // which is cut there.
    if (value === 0) return ZERO;
    if (Number.isInteger(value) && Math.abs(value) < 1e15) return new Decimal(value);
    return new Decimal(value).toSignificantDigits(15);
  }
  if (typeof value !== "string")
    throw invalidValue(column, message("settlement.amountWrongType", { column, what: typeof value }));
  const cached = SMALL_CACHE.get(value);
  if (cached) return cached;
  // The common case, "12.34" or "-0.60", goes straight to a Decimal.
  if (PLAIN_NUMBER.test(value) && !AMBIGUOUS_DOT.test(value)) {
    const d = new Decimal(value);
    if (SMALL_CACHE.size >= CACHE_LIMIT) SMALL_CACHE.clear();
    SMALL_CACHE.set(value, d);
    return d;
  }
  if (EMPTY_TEXT.test(value)) return null;
  let text = value.trim().replace(/^'/, "");
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  text = text.replace(CURRENCY_AFFIX, "").replace(/\s+/g, "");
  if (text.startsWith("-") && /^-[A-Za-z$£€]/.test(text)) text = "-" + text.slice(1).replace(CURRENCY_AFFIX, "");
  // "100.000" is 100,000 in an IDR file saved with dot thousands and 100 elsewhere: refused, never
  // guessed (money in two-decimal currencies has no third decimal, so only such files write it).
  if (AMBIGUOUS_DOT.test(text)) {
    throw invalidValue(column, message("settlement.amountAmbiguousDot", { column, text: value }));
  }
  let normal: string | null = null;
  if (PLAIN_NUMBER.test(text)) normal = text;
  else if (THOUSANDS_COMMA.test(text)) normal = text.replace(/,/g, "");
  else if (THOUSANDS_DOT_DECIMAL_COMMA.test(text)) normal = text.replace(/\./g, "").replace(",", ".");
  else if (DECIMAL_COMMA.test(text)) normal = text.replace(",", ".");
  if (normal === null) throw invalidValue(column, message("settlement.amountNotNumber", { column, text: value }));
  let d = new Decimal(normal);
  if (negative) d = d.negated();
  if (SMALL_CACHE.size >= CACHE_LIMIT) SMALL_CACHE.clear();
  SMALL_CACHE.set(value, d);
  return d;
}

const MS_PER_DAY = 86_400_000;

function isoOf(y: number, m: number, d: number): IsoDate | null {
  const iso = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * A calendar date, or null for an empty cell. `monthFirst` reads an ambiguous `01/02/2026` as
 * 2 January (US order exports); by default it is 1 February, as in UK and VN files. A first part
 * above 12 or a trailing AM/PM settles the question whatever the default.
 */
export function readDate(value: Cell, column: string, monthFirst = false): IsoDate | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw invalidValue(column, message("settlement.dateInvalid", { column }));
    return new Date(value.getTime() - value.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  }
  if (typeof value === "number") return dateFromNumber(value, column);
  if (typeof value !== "string")
    throw invalidValue(column, message("settlement.dateWrongType", { column, what: typeof value }));
  if (EMPTY_TEXT.test(value)) return null;
  const text = value.trim();
  let m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:[ T].*)?$/.exec(text);
  if (m) return checked(isoOf(+m[1], +m[2], +m[3]), value, column);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+(.*))?$/.exec(text);
  if (m) {
    const a = +m[1];
    const b = +m[2];
    const pm = m[4] !== undefined && /[AP]M$/i.test(m[4]);
    const dayFirst = a > 12 || (!(b > 12) && !pm && !monthFirst);
    return checked(dayFirst ? isoOf(+m[3], b, a) : isoOf(+m[3], a, b), value, column);
  }
  if (/^\d{8}$/.test(text)) return dateFromNumber(Number(text), column);
  if (/^\d+(\.\d+)?$/.test(text)) return dateFromNumber(Number(text), column);
  throw invalidValue(column, message("settlement.dateNotDate", { column, text: value }));
}

function checked(iso: IsoDate | null, raw: string, column: string): IsoDate {
  if (iso === null) throw invalidValue(column, message("settlement.dateNotCalendar", { column, text: raw }));
  return iso;
}

/** `YYYYMMDD` integers (US profit-and-loss files) or Excel serials (xlsx date cells read raw). */
function dateFromNumber(n: number, column: string): IsoDate {
  if (Number.isInteger(n) && n >= 19000101 && n <= 29991231) {
    return checked(isoOf(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100), String(n), column);
  }
  if (Number.isFinite(n) && n >= 1 && n <= 2958465) return excelSerialToIso(n);
  throw invalidValue(column, message("settlement.dateNumberNotDate", { column, value: String(n) }));
}

/** Days between two ISO dates (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return (Date.parse(b) - Date.parse(a)) / MS_PER_DAY;
}

export interface OrderId {
  /** The ID as text, exactly as the file wrote it (tabs, quotes and a leading apostrophe removed). */
  readonly id: string;
  /**
   * The cell held a JS number of 1e15 or more: Excel (or a reader) already turned the 18-digit ID
   * into a float and its last digits are gone. Such an ID is shown but never matched.
   */
  readonly lostDigits: boolean;
}

/** An order or adjustment ID, or null for an empty cell. */
export function readId(value: Cell): OrderId | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    const lostDigits = Math.abs(value) >= 1e15 || !Number.isInteger(value);
    const text = Number.isInteger(value) ? BigInt(value).toString() : String(value);
    return { id: text, lostDigits };
  }
  if (typeof value !== "string") return null;
  const text = value.replace(/^[\s'"=]+|[\s'"]+$/g, "");
  if (text === "" || text === "/") return null;
  // Text such as "5.76e+17" is a number that was already turned into a float before it was saved.
  if (/^\d(\.\d+)?e\+?\d+$/i.test(text)) return { id: text, lostDigits: true };
  return { id: text, lostDigits: false };
}

/** The cell as trimmed text (for types, reasons, statuses, categories). */
export function readText(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  return String(value).trim();
}
