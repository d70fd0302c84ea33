/**
 * A minimal xlsx writer for the bench and the tests: a zip of deflated parts written as they are
 * generated (so a 1,000,000-row sheet never sits in memory), the worksheet XML from rows of cells,
 * text as shared strings or inline strings, and whatever `<dimension>` the caller asks for (TikTok's
 * stale one included). Not a general writer: no styles, one or more plain sheets.
 */
import fs from "fs";
import zlib from "zlib";

export type WriteCell = string | number | boolean | null;

interface Written {
  name: string;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** Writes a zip of the given parts, each deflated as its text chunks come. */
export async function writeZip(file: string, parts: { name: string; chunks: Iterable<string> }[]): Promise<void> {
  const fd = fs.openSync(file, "w");
  try {
    let pos = 0;
    const written: Written[] = [];
    for (const part of parts) {
      const name = Buffer.from(part.name, "utf8");
      const offset = pos;
      const header = Buffer.alloc(30 + name.length);
      fs.writeSync(fd, header, 0, header.length, pos); // patched below, once sizes are known
      pos += header.length;
      let crc = 0;
      let size = 0;
      let compressed = 0;
      const deflate = zlib.createDeflateRaw({ level: 6 });
      const drained = new Promise<void>((resolve, reject) => {
        deflate.on("data", (chunk: Buffer) => {
          fs.writeSync(fd, chunk, 0, chunk.length, pos);
          pos += chunk.length;
          compressed += chunk.length;
        });
        deflate.on("end", resolve);
        deflate.on("error", reject);
      });
      let pending = "";
      const flush = async () => {
        const b = Buffer.from(pending, "utf8");
        pending = "";
        crc = zlib.crc32(b, crc);
        size += b.length;
        if (!deflate.write(b)) await new Promise((r) => deflate.once("drain", r));
      };
      for (const chunk of part.chunks) {
        pending += chunk;
        if (pending.length >= 1 << 16) await flush();
      }
      await flush();
      deflate.end();
      await drained;
      header.writeUInt32LE(0x04034b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(0x0800, 6); // UTF-8 names
      header.writeUInt16LE(8, 8);
      header.writeUInt32LE(crc >>> 0, 14);
      header.writeUInt32LE(compressed, 18);
      header.writeUInt32LE(size, 22);
      header.writeUInt16LE(name.length, 26);
      name.copy(header, 30);
      fs.writeSync(fd, header, 0, header.length, offset);
      written.push({ name: part.name, crc: crc >>> 0, compressed, size, offset });
    }
    const cdStart = pos;
    for (const w of written) {
      const name = Buffer.from(w.name, "utf8");
      const e = Buffer.alloc(46 + name.length);
      e.writeUInt32LE(0x02014b50, 0);
      e.writeUInt16LE(20, 4);
      e.writeUInt16LE(20, 6);
      e.writeUInt16LE(0x0800, 8);
      e.writeUInt16LE(8, 10);
      e.writeUInt32LE(w.crc, 16);
      e.writeUInt32LE(w.compressed, 20);
      e.writeUInt32LE(w.size, 24);
      e.writeUInt16LE(name.length, 28);
      e.writeUInt32LE(w.offset, 42);
      name.copy(e, 46);
      fs.writeSync(fd, e, 0, e.length, pos);
      pos += e.length;
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(written.length, 8);
    end.writeUInt16LE(written.length, 10);
    end.writeUInt32LE(pos - cdStart, 12);
    end.writeUInt32LE(cdStart, 16);
    fs.writeSync(fd, end, 0, end.length, pos);
  } finally {
    fs.closeSync(fd);
  }
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export interface SheetSpec {
  name: string;
  rows: () => Iterable<WriteCell[]>;
  /** The `<dimension ref>` written, e.g. a stale `A1:C3`; default none. */
  dimension?: string;
}

/**
 * Writes an xlsx workbook. `strings: "shared"` puts every text in xl/sharedStrings.xml (a first pass
 * over the rows collects them), `"inline"` writes `t="inlineStr"` cells.
 */
export async function writeXlsx(
  file: string,
  sheets: SheetSpec[],
  strings: "shared" | "inline" = "shared",
): Promise<void> {
  const sst = new Map<string, number>();
  const list: string[] = [];
  if (strings === "shared") {
    for (const s of sheets)
      for (const row of s.rows())
        for (const v of row)
          if (typeof v === "string" && !sst.has(v)) {
            sst.set(v, list.length);
            list.push(v);
          }
  }
  function* sheetXml(spec: SheetSpec): Generator<string> {
    yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
    if (spec.dimension) yield `<dimension ref="${spec.dimension}"/>`;
    yield "<sheetData>";
    let r = 0;
    for (const row of spec.rows()) {
      r++;
      let x = `<row r="${r}">`;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v === null) continue;
        const ref = `${colName(c)}${r}`;
        if (typeof v === "number") x += `<c r="${ref}"><v>${v}</v></c>`;
        else if (typeof v === "boolean") x += `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
        else if (strings === "shared") x += `<c r="${ref}" t="s"><v>${sst.get(v)}</v></c>`;
        else x += `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
      }
      yield `${x}</row>`;
    }
    yield "</sheetData></worksheet>";
  }
  const rels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join("");
  const parts: { name: string; chunks: Iterable<string> }[] = [
    {
      name: "[Content_Types].xml",
      chunks: [
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join(
            "",
          )}${strings === "shared" ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ""}</Types>`,
      ],
    },
    {
      name: "_rels/.rels",
      chunks: [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ],
    },
    {
      name: "xl/workbook.xml",
      chunks: [
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
          .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join("")}</sheets></workbook>`,
      ],
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      chunks: [
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}${
          strings === "shared"
            ? `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`
            : ""
        }</Relationships>`,
      ],
    },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, chunks: sheetXml(s) })),
  ];
  if (strings === "shared") {
    parts.push({
      name: "xl/sharedStrings.xml",
      chunks: (function* () {
        yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${list.length}" uniqueCount="${list.length}">`;
        for (const s of list) yield `<si><t xml:space="preserve">${esc(s)}</t></si>`;
        yield "</sst>";
      })(),
    });
  }
  await writeZip(file, parts);
}
