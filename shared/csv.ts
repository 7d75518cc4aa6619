/**
 * CSV that Excel opens correctly: UTF-8 with a byte-order mark (so å, ä, ö survive), CRLF rows,
 * RFC 4180 quoting, and cells that start like a formula (= + - @, tab, CR) prefixed with an apostrophe
 * so a name such as `=HYPERLINK(…)` is shown as text, never run (OWASP CSV injection).
 */
export const CSV_BOM = '\uFEFF';

export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = Array.isArray(value) ? value.join('; ') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (cells: readonly unknown[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** Builds the CSV text page by page from an async source of rows, header first, BOM at the start. */
export async function csvText(
  header: readonly string[],
  rows: AsyncIterable<readonly unknown[]>,
): Promise<string> {
  const parts = [CSV_BOM, csvRow(header)];
  for await (const row of rows) parts.push(csvRow(row));
  return parts.join('');
}
