/**
 * Named positions for a template's rows, so formulas say `at("price")` instead of row 7 and a row
 * added to the inputs moves every reference with it.
 */
export class RowLayout {
  private readonly rows = new Map<string, number>();
  private nextRow: number;

  /** `first` is the 1-based sheet row of the first position. */
  constructor(first: number) {
    this.nextRow = first;
  }

  /** Takes the next row for a name (names are unique within a layout) and returns it. */
  add(name: string): number {
    if (this.rows.has(name)) throw new Error(`row "${name}" is placed twice`);
    const row = this.nextRow++;
    this.rows.set(name, row);
    return row;
  }

  /** Leaves rows empty (a gap between blocks). */
  skip(count = 1): this {
    this.nextRow += count;
    return this;
  }

  /** The row a name was given; an unknown name is a template bug, so it throws. */
  row(name: string): number {
    const row = this.rows.get(name);
    if (row === undefined) throw new Error(`no row named "${name}"`);
    return row;
  }

  /** The address of a named row in a column, e.g. cell("B", "price") → "B7". */
  cell(column: string, name: string): string {
    return `${column}${this.row(name)}`;
  }

  /** The row after the last one placed. */
  get next(): number {
    return this.nextRow;
  }
}
