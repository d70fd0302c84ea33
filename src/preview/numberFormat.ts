/**
 * Enough of Excel's number formats to show template results readably in the preview: currency
 * symbols in quotes, thousands separators, fixed decimals, percentages and a literal suffix.
 */
export function formatNumber(value: number, format: string | undefined): string {
  if (!format || format === "General") {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  }
  // Excel's sections: positive; negative; zero. A negative section shows the sign only if it writes one.
  const sections = format.split(";");
  const negativeSection = value < 0 ? sections[1] : undefined;
  const section = negativeSection ?? (value === 0 ? sections[2] : undefined) ?? sections[0];
  const literalPrefix = /^-?"([^"]*)"/.exec(section)?.[1] ?? "";
  const literalSuffix = /"([^"]*)"$/.exec(section)?.[1] ?? "";
  const body = section.replace(/"[^"]*"/g, "").replace(/^-/, "");
  const percent = body.includes("%");
  const decimals = (/\.(0+)/.exec(body)?.[1] ?? "").length;
  const grouped = body.includes(",");
  const n = Math.abs(percent ? value * 100 : value);
  let text = n.toFixed(decimals);
  if (grouped) {
    const [whole, fraction] = text.split(".");
    text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (fraction ? `.${fraction}` : "");
  }
  const sign = value < 0 && (negativeSection === undefined || negativeSection.startsWith("-")) ? "-" : "";
  return `${sign}${literalPrefix}${text}${percent ? "%" : ""}${literalSuffix}`;
}
