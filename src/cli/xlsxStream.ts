/**
 * A streaming reader of xlsx worksheets: rows come out as the sheet's XML is inflated, so a
 * 1,000,000-row Income file is read in bounded memory (SheetJS builds the whole workbook first).
 *
 * What it reads: the zip's central directory (zip64 too), `xl/workbook.xml` and its relationships
 * (sheet names → parts), `xl/sharedStrings.xml` (loaded first and kept: cells point into it), then
 * one worksheet's `<row>`/`<c>` elements, inflated with node's zlib (raw deflate) chunk by chunk.
 * Cells read as SheetJS reads them with `cellDates: false`, so the reconciler sees the same values
 * whichever reader ran: numbers as numbers (dates are serials), shared and inline strings as text
 * (rich-text runs joined, phonetic runs left out, `_xHHHH_` escapes decoded), booleans, errors and
 * empty cells as null, `t="d"` ISO dates as serials. Rows are placed by their `r` attribute, never by
 * the sheet's `<dimension>` (TikTok writes it stale); missing rows come out as empty rows.
 *
 * Not read here: .xls (OLE) and .xlsb workbooks (the caller keeps SheetJS for them), styles (no
 * number is turned into a date here: the reconciler reads serials), formulas (their cached value is
 * the cell's value).
 */
import fs from "fs";
import zlib from "zlib";
import type { Cell } from "../core/settlement";

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

export interface XlsxSheet {
  readonly name: string;
  /** The worksheet's part in the zip, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part: string;
}

/** The zip could not be read as an xlsx workbook this reader knows (the caller may try SheetJS). */
export class XlsxFormatError extends Error {}

const u16 = (b: Buffer, at: number) => b.readUInt16LE(at);
const u32 = (b: Buffer, at: number) => b.readUInt32LE(at);
const u64 = (b: Buffer, at: number) => Number(b.readBigUInt64LE(at));

function readAt(fd: number, at: number, length: number): Buffer {
  const b = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = fs.readSync(fd, b, done, length - done, at + done);
    if (n === 0) break;
    done += n;
  }
  return done === length ? b : b.subarray(0, done);
}

/** The entries of a zip's central directory. */
function centralDirectory(fd: number, fileSize: number): Map<string, Entry> {
  const tailLength = Math.min(fileSize, 65_557);
  const tail = readAt(fd, fileSize - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new XlsxFormatError("no zip end-of-central-directory record (truncated?)");
  let count = u16(tail, eocd + 10);
  let cdSize = u32(tail, eocd + 12);
  let cdOffset = u32(tail, eocd + 16);
  if ((cdOffset === 0xffffffff || count === 0xffff || cdSize === 0xffffffff) && eocd >= 20) {
    const loc = eocd - 20;
    if (u32(tail, loc) === 0x07064b50) {
      const z64 = readAt(fd, u64(tail, loc + 8), 56);
      if (u32(z64, 0) !== 0x06064b50) throw new XlsxFormatError("damaged zip64 directory");
      count = u64(z64, 32);
      cdSize = u64(z64, 40);
      cdOffset = u64(z64, 48);
    }
  }
  const cd = readAt(fd, cdOffset, cdSize);
  if (cd.length < cdSize) throw new XlsxFormatError("the zip's central directory is cut short (truncated?)");
  const entries = new Map<string, Entry>();
  let p = 0;
  for (let n = 0; n < count && p + 46 <= cd.length; n++) {
    if (u32(cd, p) !== 0x02014b50) throw new XlsxFormatError("damaged zip central directory");
    const method = u16(cd, p + 10);
    let compressedSize = u32(cd, p + 20);
    let size = u32(cd, p + 24);
    const nameLength = u16(cd, p + 28);
    const extraLength = u16(cd, p + 30);
    const commentLength = u16(cd, p + 32);
    let localOffset = u32(cd, p + 42);
    const name = cd.toString("utf8", p + 46, p + 46 + nameLength);
    // Zip64 extra field: the 64-bit values of the fields that are 0xffffffff, in this order.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = u16(cd, e);
      const len = u16(cd, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff) ((size = u64(cd, q)), (q += 8));
        if (compressedSize === 0xffffffff) ((compressedSize = u64(cd, q)), (q += 8));
        if (localOffset === 0xffffffff) localOffset = u64(cd, q);
      }
      e += 4 + len;
    }
    entries.set(name.replace(/\\/g, "/").replace(/^\//, "").toLowerCase(), {
      name,
      method,
      compressedSize,
      size,
      localOffset,
    });
    p = extraEnd + commentLength;
  }
  return entries;
}

/** The text of one entry, inflated chunk by chunk. */
async function* entryText(file: string, fd: number, entry: Entry): AsyncGenerator<string> {
  const local = readAt(fd, entry.localOffset, 30);
  if (local.length < 30 || u32(local, 0) !== 0x04034b50) throw new XlsxFormatError(`damaged zip entry ${entry.name}`);
  const start = entry.localOffset + 30 + u16(local, 26) + u16(local, 28);
  if (entry.compressedSize === 0) return;
  const raw = fs.createReadStream(file, { start, end: start + entry.compressedSize - 1, highWaterMark: 1 << 16 });
  let source: NodeJS.ReadableStream;
  if (entry.method === 8) source = raw.pipe(zlib.createInflateRaw({ chunkSize: 1 << 16 }));
  else if (entry.method === 0) source = raw;
  else throw new XlsxFormatError(`zip entry ${entry.name} uses compression method ${entry.method}`);
  const decoder = new TextDecoder("utf-8");
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    raw.destroy();
    if (source !== raw) (source as zlib.InflateRaw).destroy();
  }
}

async function wholeText(file: string, fd: number, entry: Entry): Promise<string> {
  let s = "";
  for await (const t of entryText(file, fd, entry)) s += t;
  return s;
}

const ENTITY: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML entities and OOXML's `_xHHHH_` escapes decoded (`_x005F_` escapes an underscore). */
function unescapeXml(s: string): string {
  if (s.indexOf("&") >= 0) {
    s = s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
      e[0] === "#"
        ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
        : ENTITY[e],
    );
  }
  if (s.indexOf("_x") >= 0)
    s = s.replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s;
}

const ATTRS = new Map<string, RegExp>();

function attr(attrs: string, name: string): string | null {
  let re = ATTRS.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRS.set(name, re);
  }
  const m = re.exec(attrs);
  if (!m) return null;
  const v = m[1] ?? m[2];
  return v.indexOf("&") >= 0 || v.indexOf("_x") >= 0 ? unescapeXml(v) : v;
}

/** The text of a string item (`<si>` or `<is>`): its `<t>` runs, without phonetic `<rPh>` runs. */
function stringItem(xml: string): string {
  const body =
    xml.indexOf("<rPh") >= 0 || xml.indexOf(":rPh") >= 0
      ? xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, "")
      : xml;
  let out = "";
  const re = /<(?:\w+:)?t(?:\s[^>]*)?(?:\/>|>([^<]*)<\/(?:\w+:)?t>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) out += m[1] ?? "";
  return unescapeXml(out);
}

/** Elements `<tag …>…</tag>` (or `<tag …/>`) of a streamed text, whole, as they complete. */
async function* elements(chunks: AsyncIterable<string>, tag: string): AsyncGenerator<string> {
  const close = new RegExp(`</(?:\\w+:)?${tag}>|<(?:\\w+:)?${tag}\\b[^>]*/>`, "g");
  let buf = "";
  for await (const chunk of chunks) {
    buf += chunk;
    let last = -1;
    close.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = close.exec(buf)) !== null) last = m.index + m[0].length;
    if (last < 0) {
      // No element closed yet: keep the tail from the last opening (headers before the data).
      continue;
    }
    yield buf.slice(0, last);
    buf = buf.slice(last);
  }
  if (buf) yield buf;
}

/** 0-based column of a cell reference (`AB12` → 27), or -1. */
function columnOf(ref: string): number {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) c = c * 26 + (code - 64);
    else if (code >= 97 && code <= 122) c = c * 26 + (code - 96);
    else break;
  }
  return i === 0 ? -1 : c - 1;
}

/** An ISO date-time as an Excel serial (the 1900 system), as SheetJS gives `t="d"` cells without cellDates. */
function isoToSerial(text: string): Cell {
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}${text.includes("T") ? "" : "T00:00:00"}Z`);
  if (Number.isNaN(t)) return text;
  return t / 86_400_000 + 25_569;
}

const ROW_RE = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL_RE = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const V_RE = /<(?:\w+:)?v(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?v>/;
const IS_RE = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/;

/**
 * The shared strings, compact: their UTF-8 bytes end to end in one buffer with an offset table, so a
 * file whose every order ID is a shared string (1,000,000 of them) costs about its text, not a JS
 * string object per item that keeps its slice of the XML alive. Texts looked up again (types,
 * currencies, dates) come from a bounded cache.
 */
class SharedStrings {
  private bytes = Buffer.alloc(1 << 16);
  private used = 0;
  private offsets = new Uint32Array(1 << 12);
  private count = 0;
  private readonly cache = new Map<number, string>();

  push(text: string): void {
    const need = Buffer.byteLength(text, "utf8");
    if (this.used + need > this.bytes.length) {
      const next = Buffer.alloc(Math.max(this.bytes.length * 2, this.used + need));
      this.bytes.copy(next, 0, 0, this.used);
      this.bytes = next;
    }
    this.used += this.bytes.write(text, this.used, "utf8");
    if (this.count + 1 >= this.offsets.length) {
      const next = new Uint32Array(this.offsets.length * 2);
      next.set(this.offsets);
      this.offsets = next;
    }
    this.offsets[++this.count] = this.used;
  }

  /** Drops the room left for growth, once every item is in. */
  trim(): void {
    this.bytes = Buffer.from(this.bytes.subarray(0, this.used));
    this.offsets = this.offsets.slice(0, this.count + 1);
  }

  get(i: number): string | null {
    if (!(i >= 0 && i < this.count)) return null;
    const hit = this.cache.get(i);
    if (hit !== undefined) return hit;
    const text = this.bytes.toString("utf8", this.offsets[i], this.offsets[i + 1]);
    if (this.cache.size >= 4096) this.cache.clear();
    this.cache.set(i, text);
    return text;
  }
}

/** An open xlsx workbook: its sheets, read one at a time as rows. */
export class XlsxStreamBook {
  private strings: SharedStrings | null = null;

  private constructor(
    private readonly file: string,
    private readonly fd: number,
    private readonly entries: Map<string, Entry>,
    readonly sheets: readonly XlsxSheet[],
  ) {}

  /** Opens a workbook; XlsxFormatError when it is no xlsx this reader knows (e.g. .xlsb). */
  static async open(file: string): Promise<XlsxStreamBook> {
    const fd = fs.openSync(file, "r");
    try {
      const entries = centralDirectory(fd, fs.fstatSync(fd).size);
      const wb = entries.get("xl/workbook.xml");
      if (!wb) throw new XlsxFormatError("no xl/workbook.xml");
      const workbook = await wholeText(file, fd, wb);
      const relsEntry = entries.get("xl/_rels/workbook.xml.rels");
      const rels = new Map<string, string>();
      if (relsEntry) {
        const text = await wholeText(file, fd, relsEntry);
        for (const m of text.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
          const id = attr(m[1], "Id");
          const target = attr(m[1], "Target");
          if (id && target) rels.set(id, target);
        }
      }
      const sheets: XlsxSheet[] = [];
      let n = 0;
      for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
        n++;
        const name = attr(m[1], "name") ?? `Sheet${n}`;
        const rid = attr(m[1], "r:id") ?? attr(m[1], "[\\w]+:id");
        let target = rid ? rels.get(rid) : undefined;
        target ??= `worksheets/sheet${n}.xml`;
        const part = target.startsWith("/") ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, "/");
        sheets.push({ name, part: normalizePart(part) });
      }
      return new XlsxStreamBook(file, fd, entries, sheets);
    } catch (e) {
      fs.closeSync(fd);
      throw e;
    }
  }

  close(): void {
    fs.closeSync(this.fd);
  }

  /** The shared strings, read once (cells of every sheet point into them). */
  private async sharedStrings(): Promise<SharedStrings> {
    if (this.strings) return this.strings;
    const strings = new SharedStrings();
    const entry = this.entries.get("xl/sharedstrings.xml");
    if (entry) {
      for await (const block of elements(entryText(this.file, this.fd, entry), "si")) {
        for (const m of block.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) {
          strings.push(m[1] === undefined ? "" : stringItem(m[1]));
        }
      }
    }
    strings.trim();
    this.strings = strings;
    return strings;
  }

  /** Every row of a sheet, in order; a row the XML leaves out is an empty row. */
  async *rows(sheet: XlsxSheet): AsyncGenerator<Cell[]> {
    const entry = this.entries.get(sheet.part.toLowerCase());
    if (!entry) throw new XlsxFormatError(`the sheet "${sheet.name}" has no part ${sheet.part}`);
    const strings = await this.sharedStrings();
    let next = 0;
    for await (const block of elements(entryText(this.file, this.fd, entry), "row")) {
      ROW_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = ROW_RE.exec(block)) !== null) {
        const r = attr(m[1], "r");
        const at = r === null ? next : Number(r) - 1;
        for (; next < at; next++) yield [];
        yield m[2] === undefined ? [] : cellsOf(m[2], strings);
        next = at + 1;
      }
    }
  }
}

function normalizePart(part: string): string {
  const out: string[] = [];
  for (const seg of part.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** The cells of one row's XML, by column. */
function cellsOf(xml: string, strings: SharedStrings): Cell[] {
  const cells: Cell[] = [];
  let col = 0;
  CELL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CELL_RE.exec(xml)) !== null) {
    const attrs = m[1];
    const ref = attr(attrs, "r");
    const c = ref === null ? col : columnOf(ref);
    col = (c < 0 ? col : c) + 1;
    const body = m[2];
    if (body === undefined) continue;
    const type = attr(attrs, "t") ?? "n";
    let value: Cell = null;
    if (type === "inlineStr") {
      const is = IS_RE.exec(body);
      value = is ? stringItem(is[1]) : null;
    } else {
      const v = V_RE.exec(body);
      if (v === null) continue;
      const text = v[1];
      switch (type) {
        case "s":
          value = strings.get(Number(text));
          break;
        case "str":
          value = unescapeXml(text);
          break;
        case "b":
          value = text === "1" || text === "true";
          break;
        case "e":
          value = null;
          break;
        case "d":
          value = isoToSerial(unescapeXml(text));
          break;
        default:
          value = text === "" ? null : Number(text);
      }
    }
    if (value === null) continue;
    while (cells.length < col - 1) cells.push(null);
    cells[col - 1] = value;
  }
  return cells;
}
