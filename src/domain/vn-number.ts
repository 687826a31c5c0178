/** Vietnamese number formatting: a dot groups thousands ("1.234"), as in official documents. */
export function formatCount(n: number): string {
  const sign = n < 0 ? '−' : '';
  const digits = String(Math.abs(Math.trunc(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A change with its sign, "+12", "−3", "0". */
export function formatDelta(n: number): string {
  if (n > 0) return `+${formatCount(n)}`;
  return formatCount(n);
}

/** File sizes the way a reader expects them: "350 KB", "1,2 MB" (decimal comma). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} byte`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1).replace('.', ',')} MB`;
}
