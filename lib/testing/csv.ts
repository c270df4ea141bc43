// A strict RFC 4180 reader for tests (vitest and e2e) that read back the CSV the app writes.

/** The rows of a CSV text (a leading byte order mark is dropped); throws on anything malformed. */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (char === '"') {
      if (cell !== "") throw new SyntaxError(`quote inside an unquoted field at ${i}`);
      let end = i + 1;
      for (;;) {
        const next = source.indexOf('"', end);
        if (next < 0) throw new SyntaxError(`unclosed quote from ${i}`);
        if (source[next + 1] === '"') {
          cell += source.slice(end, next + 1);
          end = next + 2;
          continue;
        }
        cell += source.slice(end, next);
        i = next + 1;
        break;
      }
      if (i < source.length && source[i] !== "," && source[i] !== "\r") throw new SyntaxError(`text after a closing quote at ${i}`);
      continue;
    }
    if (char === ",") {
      row.push(cell);
      cell = "";
      i += 1;
    } else if (char === "\r") {
      if (source[i + 1] !== "\n") throw new SyntaxError(`a bare CR at ${i}`);
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += 2;
    } else if (char === "\n") {
      throw new SyntaxError(`a bare LF at ${i}: rows end with CRLF`);
    } else {
      cell += char;
      i += 1;
    }
  }
  if (cell !== "" || row.length > 0) throw new SyntaxError("the last row has no CRLF");
  return rows;
}

/** The rows after the header, each as an object keyed by the header's names. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => {
    if (row.length !== header.length) throw new SyntaxError(`a row of ${row.length} fields under a header of ${header.length}`);
    return Object.fromEntries(header.map((name, n) => [name, row[n]]));
  });
}
