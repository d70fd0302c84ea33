/**
 * What a language's messages use to say the parameters the core passes: numbers and dates in the
 * language's own way (Intl; the digits are never taken through floating point, so a money amount
 * reads exactly as the core wrote it), a choice list's "or", and the English phrases of
 * ./phrases.ts. Text that is not a number or a date (a sentinel in the tests, a code) is kept as is.
 */
import { MARKETS } from "../core/rates/markets";
import type { Phrase } from "./phrases";

/** "1,234.5", "-0.06", "2,000,000" or 12 in the English form the core writes: said in `locale`. */
export function numberIn(locale: string): (value: string | number) => string {
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === "decimal")?.value ?? ".";
  return (value) => {
    const text = typeof value === "number" ? String(value) : value;
    const m = /^([+\-\u2212]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(text);
    if (!m) return text;
    const [, sign, digits, fraction] = m;
    return `${sign}${whole.format(BigInt(digits.replace(/,/g, "")))}${fraction === undefined ? "" : `${decimal}${fraction}`}`;
  };
}

/** An ISO date (YYYY-MM-DD) as `locale` writes a date; anything else as given. */
export function dateIn(locale: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  return (iso) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    return m ? format.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))) : iso;
  };
}

/**
 * The English phrases a message gets as parameters, in the language (`table`); "category for US"
 * as the language says "<thing> for <market>" (`forMarket`); anything else as given.
 */
export function phrasesIn(
  table: Readonly<Record<Phrase, string>>,
  forMarket: (thing: string, market: string) => string,
): (phrase: string) => string {
  const own = (s: string) => (Object.prototype.hasOwnProperty.call(table, s) ? table[s as Phrase] : undefined);
  return (phrase) => {
    const hit = own(phrase);
    if (hit !== undefined) return hit;
    const m = /^(.+) for ([A-Z]{2,3})$/.exec(phrase);
    const thing = m ? own(m[1]) : undefined;
    return m && thing !== undefined ? forMarket(thing, m[2]) : phrase;
  };
}

/** quotedChoice's `"a", "b" or "c"` with the language's word for "or" (its last " or " only). */
export function orIn(word: string): (list: string) => string {
  return (list) => list.replace(/" or "(?=[^"]*"$)/, `" ${word} "`);
}

/** The text with its first letter in upper case: a phrase that starts a sentence. */
export const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Market codes that are not the ISO region code Intl names (the UK is GB). */
const ISO_REGION: Readonly<Record<string, string>> = { UK: "GB" };

/**
 * A market's English name (the core's Market.name) or code as `locale` names the country
 * ("Mexico" → "Mexiko" in German), through Intl.DisplayNames; as given where Intl cannot name it
 * (an older runtime, a name that is not a market's), so nothing is ever guessed.
 */
export function marketNameIn(locale: string): (nameOrCode: string) => string {
  let say = MARKET_NAMES.get(locale);
  if (!say) {
    say = marketNamer(locale);
    MARKET_NAMES.set(locale, say);
  }
  return say;
}

/** One namer per locale: the pane names a market per option and per label. */
const MARKET_NAMES = new Map<string, (nameOrCode: string) => string>();
let codeOf: ReadonlyMap<string, string> | null = null;

function marketNamer(locale: string): (nameOrCode: string) => string {
  let names: Intl.DisplayNames | null;
  try {
    names = new Intl.DisplayNames([locale], { type: "region" });
  } catch {
    names = null;
  }
  codeOf ??= new Map<string, string>(
    MARKETS.flatMap((m) => [[m.name, m.code] as [string, string], [m.code, m.code] as [string, string]]),
  );
  const codes = codeOf;
  return (nameOrCode) => {
    const code = codes.get(nameOrCode);
    if (!names || code === undefined) return nameOrCode;
    try {
      return names.of(ISO_REGION[code] ?? code) ?? nameOrCode;
    } catch {
      return nameOrCode;
    }
  };
}
