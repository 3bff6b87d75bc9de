/** Downloads rows as a CSV file; the byte-order mark makes Excel read the Chinese text as UTF-8. */
export function downloadCsv(fileName: string, header: string[], rows: unknown[][]): void {
  const lines = [header, ...rows].map((row) => row.map(escapeCell).join(','));
  const blob = new Blob(['\uFEFF', lines.join('\r\n')], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

// RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs a cell as a formula.
function escapeCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
