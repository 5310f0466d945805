/**
 * A number as en-GB writes it, its thousands grouped by commas ("100,000", "2,500.5").
 * Note: written out rather than with toLocaleString, whose first use costs tens of milliseconds
 * of CPU; the alignment on the first screen describes budget tiers with it (issue 17). Gives
 * what `n.toLocaleString('en-GB')` gives for numbers with up to three decimals (tested).
 */
export function groupedNumber(n: number): string {
  const rounded = Math.round(n * 1000) / 1000;
  const [whole = '0', fraction] = String(Math.abs(rounded)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
