/**
 * The grid's drawing: the table of computed values in a scrolling box, only the rows in view (and
 * a margin) in the page, long text spilling into empty neighbours, the template's charts over the
 * cells, and the selected cell marked. It knows nothing of editing: grid.ts tells it what to show.
 */
import { paneText } from "../taskpane/messages";
import type { EngineValue } from "../engine/workbook";
import { clear, h } from "../taskpane/dom";
import { address, columnLetter } from "../templates/plan";
import { rangeBox } from "./chartData";
import { drawCharts } from "./charts";
import { type Position, spillWidth } from "./gridNavigation";
import { type SheetSize, display, rowWindow } from "./gridModel";
import type { SheetLook } from "./previewHost";

const ROW_HEADER_PX = 40;
const DEFAULT_COLUMN_PX = 90;
const ROW_PX_GUESS = 25;
/** A cell's left and right padding plus its border, in CSS pixels (see preview.css). */
const CELL_CHROME_PX = 13;

/** One sheet as the viewport draws it. */
export interface SheetView {
  readonly name: string;
  readonly values: EngineValue[][];
  readonly look: SheetLook | undefined;
  readonly size: SheetSize;
}

const EMPTY_VIEW: SheetView = { name: "", values: [], look: undefined, size: { rows: 0, columns: 0 } };

export class GridViewport {
  /** The scrolling box. */
  readonly host: HTMLDivElement;
  /** Everything that scrolls: the table, the charts over it, an open editor. */
  readonly canvas: HTMLDivElement;
  /**
   * The grid (role grid): it holds the focus while the grid is used from the keyboard and names the
   * selected cell with aria-activedescendant. The one element for every sheet, so a redraw never
   * loses the focus; charts and the editor lie beside it, not inside it.
   */
  private readonly table: HTMLTableElement;
  private view: SheetView = EMPTY_VIEW;
  /** The rows in the page now (see renderRows), by row index. */
  private readonly rendered = new Map<number, HTMLTableCellElement[]>();
  private shown = { first: 0, last: -1 };
  private body: HTMLTableSectionElement = h("tbody");
  private widths: number[] = [];
  private rowPx = ROW_PX_GUESS;
  private headerPx = ROW_PX_GUESS;
  private selected: Position = { row: 0, column: 0 };
  private freeCharts = () => {};

  constructor() {
    this.table = h("table", { className: "grid", role: "grid", tabindex: "0" });
    this.canvas = h("div", { className: "grid-canvas" }, this.table);
    this.host = h("div", { className: "grid-host" }, this.canvas);
    this.host.addEventListener("scroll", () => this.renderRows());
  }

  /** Draws a sheet afresh (after any change), keeping the scroll position. */
  draw(view: SheetView): void {
    this.freeCharts();
    this.view = view;
    const scroll = { left: this.host.scrollLeft, top: this.host.scrollTop };
    for (const child of Array.from(this.canvas.children)) if (child !== this.table) child.remove();
    const head = this.buildTable();
    const layer = h("div", { className: "chart-layer" });
    this.canvas.append(layer);
    // Rows have one height (preview.css); measure it once the first row is in the page.
    this.body.append(this.buildRow(0));
    this.headerPx = head.getBoundingClientRect().height;
    this.rowPx = this.body.firstElementChild?.getBoundingClientRect().height || ROW_PX_GUESS;
    // The sheet's full height first, so the scroll position survives the redraw.
    clear(this.body);
    this.body.append(this.spacer(view.size.rows * this.rowPx));
    this.host.scrollLeft = scroll.left;
    this.host.scrollTop = scroll.top;
    this.renderRows(true);
    this.freeCharts = drawCharts(layer, view.look?.charts ?? [], view.values, (chart) => {
      const from = rangeBox(chart.from);
      const to = rangeBox(chart.to);
      return {
        left: this.columnLeft(from.left),
        top: this.rowTop(from.top),
        width: this.columnLeft(to.right + 1) - this.columnLeft(from.left),
        height: (to.bottom - from.top + 1) * this.rowPx,
      };
    });
  }

  /** The table's frame: column widths (Excel's points as CSS pixels), the column headers, an empty body. */
  private buildTable(): HTMLTableRowElement {
    const { look, size } = this.view;
    // Excel widths are in points; a CSS pixel is 0.75 pt.
    this.widths = [];
    const colgroup = h("colgroup", {}, h("col", { style: `width: ${ROW_HEADER_PX}px` }));
    for (let c = 0; c < size.columns; c++) {
      const points = look?.widths[columnLetter(c)];
      this.widths.push(points ? Math.round(points / 0.75) : DEFAULT_COLUMN_PX);
      colgroup.append(h("col", { style: `width: ${this.widths[c]}px` }));
    }
    const tableWidth = this.widths.reduce((a, b) => a + b, ROW_HEADER_PX);
    // The corner is no header (it names nothing): an empty cell, as in Excel's select-all corner.
    const head = h("tr", { "aria-rowindex": 1 }, h("td", { className: "corner" }));
    for (let c = 0; c < size.columns; c++) head.append(h("th", { scope: "col" }, columnLetter(c)));
    this.body = h("tbody");
    const table = this.table;
    clear(table);
    table.setAttribute("aria-label", paneText().preview.sheet(this.view.name));
    // Only the rows in view are in the page: the counts and each row's index say where they are.
    table.setAttribute("aria-rowcount", String(size.rows + 1));
    table.setAttribute("aria-colcount", String(size.columns + 1));
    table.style.width = `${tableWidth}px`;
    table.append(colgroup, h("thead", {}, head), this.body);
    return head;
  }

  private buildRow(r: number): HTMLTableRowElement {
    const { values, look, size } = this.view;
    const tr = h("tr", { "aria-rowindex": r + 2 }, h("th", { scope: "row" }, String(r + 1)));
    const rowCells: HTMLTableCellElement[] = [];
    for (let c = 0; c < size.columns; c++) {
      const cell = address(r, c);
      const v = values[r]?.[c] ?? null;
      const { text, kind } = display(v, look?.formats.get(cell));
      const role = look?.roles.get(cell);
      const td = h(
        "td",
        {
          id: `cell-${cell}`,
          role: "gridcell",
          "data-cell": cell,
          "data-row": r,
          "data-column": c,
          className: [kind, role ? `role-${role}` : "", look?.dropdowns?.has(cell) ? "has-list" : ""].join(" ").trim(),
          title: v && typeof v === "object" ? v.message : undefined,
        },
        h("span", { className: "v" }, text),
      );
      rowCells.push(td);
      tr.append(td);
    }
    this.rendered.set(r, rowCells);
    return tr;
  }

  private spacer(px: number): HTMLTableRowElement {
    return h(
      "tr",
      { className: "spacer", "aria-hidden": "true" },
      h("td", { colspan: this.view.size.columns + 1, style: `height: ${px}px` }),
    );
  }

  /**
   * Only the rows in view (and a margin) are in the page, so a 5,000-row statement scrolls and
   * recalculates quickly; spacer rows keep the scroll height of the whole sheet.
   */
  private renderRows(force = false): void {
    const rows = this.view.size.rows;
    const top = Math.max(0, this.host.scrollTop);
    const w = rowWindow(Math.floor(top / this.rowPx), Math.ceil(this.host.clientHeight / this.rowPx), rows);
    if (!force && w.firstVisible >= this.shown.first && w.lastVisible <= this.shown.last) return;
    this.shown = { first: w.first, last: w.last };
    this.rendered.clear();
    clear(this.body);
    if (w.first > 0) this.body.append(this.spacer(w.first * this.rowPx));
    for (let r = w.first; r <= w.last; r++) this.body.append(this.buildRow(r));
    if (w.last < rows - 1) this.body.append(this.spacer((rows - 1 - w.last) * this.rowPx));
    this.spillTexts();
    this.mark(this.selected);
  }

  /** Long text runs on over empty cells to its right, as in Excel, instead of being cut. */
  private spillTexts(): void {
    const { values } = this.view;
    const drawable = this.widths.map((w) => w - CELL_CHROME_PX);
    const spills: { r: number; c: number; need: number }[] = [];
    for (const [r, row] of this.rendered) {
      row.forEach((td, c) => {
        if (!td.classList.contains("text") || typeof values[r]?.[c] !== "string") return;
        const need = (td.firstElementChild as HTMLElement).scrollWidth;
        if (need > drawable[c]) spills.push({ r, c, need });
      });
    }
    for (const { r, c, need } of spills) {
      const { width, covers } = spillWidth(need, c, this.widths, (k) => (values[r]?.[k] ?? null) === null);
      if (covers === 0) continue;
      const row = this.rendered.get(r) ?? [];
      row[c].classList.add("spill");
      (row[c].firstElementChild as HTMLElement).style.width = `${width - CELL_CHROME_PX}px`;
      for (let k = 0; k < covers; k++) row[c + k].classList.add("spill-through");
    }
  }

  /** The cell's element, when its row is in the page. */
  cell(pos: Position): HTMLTableCellElement | undefined {
    return this.rendered.get(pos.row)?.[pos.column];
  }

  /** The cell under a mouse event (one listener for the whole grid, not one per cell). */
  cellAt(target: EventTarget | null): Position | null {
    const td = target instanceof Element ? target.closest<HTMLElement>("td[data-cell]") : null;
    return td ? { row: Number(td.dataset.row), column: Number(td.dataset.column) } : null;
  }

  /** Marks the selected cell (and tells assistive technology which cell it is). */
  mark(pos: Position): void {
    this.selected = pos;
    for (const td of Array.from(this.canvas.querySelectorAll("td.selected"))) td.classList.remove("selected");
    const td = this.cell(pos);
    td?.classList.add("selected");
    if (td) this.table.setAttribute("aria-activedescendant", td.id);
    else this.table.removeAttribute("aria-activedescendant");
  }

  /** An event on the grid itself (not on the editor or a chart in the scrolling box). */
  isGridTarget(target: EventTarget | null): boolean {
    return target === this.table || target === this.host;
  }

  /** Left edge of a column and top edge of a row inside the grid canvas, in CSS pixels. */
  private columnLeft(c: number): number {
    return this.widths.slice(0, c).reduce((a, b) => a + b, ROW_HEADER_PX);
  }

  private rowTop(r: number): number {
    return this.headerPx + r * this.rowPx;
  }

  /** Scrolls just enough to show the cell (under the sticky headers), drawing its rows. */
  scrollTo(pos: Position): void {
    const host = this.host;
    const y = this.rowTop(pos.row);
    if (y - this.headerPx < host.scrollTop) host.scrollTop = y - this.headerPx;
    else if (y + this.rowPx > host.scrollTop + host.clientHeight) host.scrollTop = y + this.rowPx - host.clientHeight;
    const x = this.columnLeft(pos.column);
    const w = this.widths[pos.column] ?? DEFAULT_COLUMN_PX;
    if (x - ROW_HEADER_PX < host.scrollLeft) host.scrollLeft = x - ROW_HEADER_PX;
    else if (x + w > host.scrollLeft + host.clientWidth) host.scrollLeft = x + w - host.clientWidth;
    this.renderRows();
  }

  resetScroll(): void {
    this.host.scrollLeft = 0;
    this.host.scrollTop = 0;
  }

  /** Rows in one screen less one, as PageDown moves in Excel (at least one). */
  pageRows(): number {
    return Math.max(1, Math.floor(this.host.clientHeight / this.rowPx) - 1);
  }

  focus(): void {
    this.table.focus({ preventScroll: true });
  }
}
