/** Amounts as the pane shows them: "USD 1,234.50", from a Decimal (never through a float). */
export function formatMoney(value: { toFixed(dp: number): string }, currency: string, minorUnit: number): string {
  const [whole, fraction] = value.toFixed(minorUnit).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${currency} ${fraction ? `${grouped}.${fraction}` : grouped}`;
}
