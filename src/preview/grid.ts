/**
 * The preview's workbook view, behaving like Excel: sheet tabs, a name box and formula bar, a grid of
 * computed values with the template's charts over it, and a status bar. Typing into the selected
 * cell replaces it, F2 edits it, arrows/Enter/Tab move (Shift reverses), Escape cancels; long text
 * spills into empty neighbours; the selected cell's error message shows in the status bar.
 */
import type { EngineValue } from "../engine/workbook";
import { clear, h } from "../taskpane/dom";
import { address, columnLetter } from "../templates/plan";
import { rangeBox } from "./chartData";
import { drawCharts } from "./charts";
import {
  type EditMode,
  type Position,
  jumpBy,
  moveBy,
  parseCellAddress,
  pastedRows,
  spillWidth,
  startsEntry,
} from "./gridNavigation";
import { importFile } from "./importFile";
import { formatNumber } from "./numberFormat";
import type { PreviewWorkbook, SheetLook } from "./previewHost";

/** An empty sheet still shows Excel's first screen: A–L and 40 rows. */
const MIN_ROWS = 40;
const MIN_COLUMNS = 12;
/** Room to type beyond the last used cell. */
const SPARE_ROWS = 5;
const SPARE_COLUMNS = 2;
const ROW_HEADER_PX = 40;
const DEFAULT_COLUMN_PX = 90;
const ROW_PX_GUESS = 25;
/** How far the name box can go: the engine's rows, and columns A–IV (columns are all drawn). */
const GOTO_LIMIT = { rows: 200_000, columns: 256 };
/** Rows drawn above and below the visible ones, so short scrolls need no redraw. */
const OVERSCAN_ROWS = 20;
/** A cell's left and right padding plus its border, in CSS pixels (see preview.css). */
const CELL_CHROME_PX = 13;

const MODE_LABEL: Record<EditMode, string> = { ready: "Ready", enter: "Enter", edit: "Edit" };

function display(v: EngineValue, format: string | undefined): { text: string; kind: string } {
  if (typeof v === "number") return { text: formatNumber(v, format), kind: "number" };
  if (typeof v === "boolean") return { text: v ? "TRUE" : "FALSE", kind: "boolean" };
  if (v && typeof v === "object") return { text: v.error, kind: "error" };
  return { text: v ?? "", kind: "text" };
}

export function renderGrid(root: HTMLElement, book: PreviewWorkbook): void {
  let active = book.engine.sheetNames()[0];
  let selected: Position = { row: 0, column: 0 };
  let size = { rows: MIN_ROWS, columns: MIN_COLUMNS };
  let values: EngineValue[][] = [];
  /** The rows in the page now (see renderRows), by row index. */
  const rendered = new Map<number, HTMLTableCellElement[]>();
  let shown = { first: 0, last: -1 };
  let body: HTMLTableSectionElement = h("tbody");
  let look: SheetLook | undefined;
  let widths: number[] = [];
  let rowPx = ROW_PX_GUESS;
  /** The farthest cell gone to with the name box: the sheet is drawn at least that far. */
  let reach: Position = { row: 0, column: 0 };
  let headerPx = ROW_PX_GUESS;
  let mode: EditMode = "ready";
  let editor: HTMLInputElement | null = null;
  /** A message about the last action (a refused edit, an opened file), shown until the selection moves. */
  let notice: { text: string; error: boolean } | null = null;
  let freeCharts = () => {};

  const nameBox = h("input", {
    className: "name-box",
    "aria-label": "Cell address (type one and press Enter to go there)",
    spellcheck: "false",
    autocomplete: "off",
    value: "A1",
  });
  const formulaBar = h("input", {
    className: "formula-bar",
    "aria-label": "Formula bar",
    spellcheck: "false",
    autocomplete: "off",
  });
  const fileInput = h("input", {
    type: "file",
    className: "import-input",
    accept: ".csv,.tsv,.txt,.xlsx,.xlsm,.xls,.ods",
  });
  const importButton = h(
    "label",
    { className: "import-button", title: "Open a CSV or Excel file as a new sheet" },
    "Open file…",
    fileInput,
  );
  const canvas = h("div", { className: "grid-canvas" });
  const gridHost = h("div", { className: "grid-host", tabindex: "0", "aria-label": "Cells" }, canvas);
  const modeLabel = h("span", { className: "status-mode" }, "Ready");
  const cellMessage = h("span", { className: "cell-message" });
  const statusBar = h(
    "div",
    { className: "status-bar", role: "status", "aria-live": "polite" },
    modeLabel,
    cellMessage,
  );
  const tabs = h("div", { className: "sheet-tabs", role: "tablist", "aria-label": "Sheets" });

  const selectedAddress = () => address(selected.row, selected.column);

  const markSelected = () => {
    for (const td of Array.from(canvas.querySelectorAll("td.selected"))) td.classList.remove("selected");
    const td = rendered.get(selected.row)?.[selected.column];
    td?.classList.add("selected");
    gridHost.setAttribute("aria-activedescendant", td?.id ?? "");
  };

  /** What the formula bar shows for a cell: its formula, else the value as typed. */
  const contentOf = (pos: Position): string => {
    const content = book.engine.content(active, address(pos.row, pos.column));
    if (content === null) return "";
    if (typeof content === "boolean") return content ? "TRUE" : "FALSE";
    return String(content);
  };

  const showStatus = () => {
    modeLabel.textContent = MODE_LABEL[mode];
    const v = values[selected.row]?.[selected.column] ?? null;
    cellMessage.dataset.cell = selectedAddress();
    const isError = Boolean(v && typeof v === "object");
    if (notice) cellMessage.textContent = notice.text;
    else if (v && typeof v === "object") cellMessage.textContent = `${selectedAddress()}: ${v.error} — ${v.message}`;
    // Excel's input message for a cell with a list.
    else cellMessage.textContent = look?.dropdowns?.get(selectedAddress())?.prompt ?? "";
    cellMessage.classList.toggle("error", notice ? notice.error : isError);
  };

  const select = (pos: Position, scroll = true) => {
    selected = pos;
    notice = null;
    nameBox.value = selectedAddress();
    if (mode === "ready") formulaBar.value = contentOf(pos);
    if (scroll) scrollTo(pos);
    markSelected();
    showStatus();
  };

  const closeEditor = () => {
    const e = editor;
    editor = null;
    e?.remove();
    mode = "ready";
  };

  /**
   * Writes text into the selected cell as Excel would read it (numbers, TRUE, formulas); false when
   * the cell's list refuses it (Excel's stop alert), leaving the cell as it was.
   */
  const commit = (typed: string): boolean => {
    closeEditor();
    const list = look?.dropdowns?.get(selectedAddress());
    const text = typed;
    // Excel's list check ignores case and skips formulas.
    if (list?.strict && text.trim() !== "" && !text.startsWith("=")) {
      const choices = list.choices;
      if (!choices.some((c) => c.toLowerCase() === text.trim().toLowerCase())) {
        select(selected, false);
        const shown = choices.slice(0, 12).join(", ") + (choices.length > 12 ? ", …" : "");
        notice = { text: `${selectedAddress()}: "${text}" is not in this cell's list (${shown}).`, error: true };
        showStatus();
        return false;
      }
    }
    try {
      book.engine.set(active, selectedAddress(), text === "" ? null : text);
      draw();
      return true;
    } catch (err) {
      draw();
      notice = {
        text: `${selectedAddress()}: not changed — ${err instanceof Error ? err.message : String(err)}`,
        error: true,
      };
      showStatus();
      return false;
    }
  };

  const cancel = () => {
    closeEditor();
    select(selected, false);
    gridHost.focus({ preventScroll: true });
  };

  const move = (key: string, shift: boolean) => {
    const to = moveBy(selected, key, shift, size);
    if (to) select(to);
  };

  const beginEdit = (initial: string, how: Exclude<EditMode, "ready">) => {
    scrollTo(selected);
    const td = rendered.get(selected.row)?.[selected.column];
    if (!td) return;
    closeEditor();
    mode = how;
    const input = h("input", {
      className: "cell-editor",
      "aria-label": `Edit ${selectedAddress()}`,
      spellcheck: "false",
      autocomplete: "off",
    });
    const base = canvas.getBoundingClientRect();
    const box = td.getBoundingClientRect();
    input.style.left = `${box.left - base.left}px`;
    input.style.top = `${box.top - base.top}px`;
    input.style.height = `${box.height}px`;
    const fit = () => {
      input.style.width = `max(${box.width}px, ${input.value.length + 2}ch)`;
      formulaBar.value = input.value;
    };
    const list = look?.dropdowns?.get(selectedAddress());
    if (list) {
      // The cell's list as suggestions while typing (Excel shows it as an in-cell dropdown).
      const options = h("datalist", { id: "cell-choices" }, ...list.choices.map((c) => h("option", { value: c })));
      canvas.querySelector("#cell-choices")?.remove();
      canvas.append(options);
      input.setAttribute("list", "cell-choices");
    }
    input.value = initial;
    fit();
    input.addEventListener("input", fit);
    input.addEventListener("keydown", (e: KeyboardEvent) => {
      if (e.key === "Enter" || e.key === "Tab" || (mode === "enter" && moveBy(selected, e.key, false, size))) {
        e.preventDefault();
        if (commit(input.value)) move(e.key, e.shiftKey);
        gridHost.focus({ preventScroll: true });
      } else if (e.key === "Escape") {
        e.preventDefault();
        cancel();
      } else if (e.key === "F2") {
        // As in Excel, F2 switches between moving the caret (Edit) and pointing with arrows (Enter).
        e.preventDefault();
        mode = mode === "edit" ? "enter" : "edit";
        showStatus();
      }
    });
    // Clicking elsewhere keeps what was typed, as Excel does.
    input.addEventListener("blur", () => {
      if (editor === input) commit(input.value);
    });
    editor = input;
    canvas.append(input);
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    showStatus();
  };

  gridHost.addEventListener("keydown", (e: KeyboardEvent) => {
    if (e.target !== gridHost) return;
    const ctrl = e.ctrlKey || e.metaKey;
    if (ctrl && (e.key === "z" || e.key === "y" || e.key === "Z")) {
      e.preventDefault();
      const redo = e.key === "y" || e.shiftKey;
      if (redo ? book.engine.redo() : book.engine.undo()) draw();
      return;
    }
    const jump = jumpBy(selected, e, size, Math.max(1, Math.floor(gridHost.clientHeight / rowPx) - 1), lastUsed());
    const step = moveBy(selected, e.key, e.shiftKey, size);
    if (e.key === "Tab" && step?.column === selected.column) {
      // At the sheet's edge Tab leaves the grid, so the keyboard is never trapped in it.
      return;
    }
    if (jump) {
      e.preventDefault();
      select(jump);
    } else if (step) {
      e.preventDefault();
      move(e.key, e.shiftKey);
    } else if (e.key === "F2") {
      e.preventDefault();
      beginEdit(contentOf(selected), "edit");
    } else if (e.key === "Delete") {
      e.preventDefault();
      commit("");
    } else if (e.key === "Backspace") {
      e.preventDefault();
      beginEdit("", "enter");
    } else if (startsEntry(e)) {
      e.preventDefault();
      beginEdit(e.key, "enter");
    }
  });

  /** The cell under a mouse event (one listener for the whole grid, not one per cell). */
  const cellAt = (target: EventTarget | null): Position | null => {
    const td = target instanceof Element ? target.closest<HTMLElement>("td[data-cell]") : null;
    return td ? { row: Number(td.dataset.row), column: Number(td.dataset.column) } : null;
  };

  canvas.addEventListener("mousedown", (e: MouseEvent) => {
    const pos = cellAt(e.target);
    if (!pos) return;
    // The grid keeps the focus (no text selection); what was being typed is kept, as in Excel.
    e.preventDefault();
    if (e.detail > 1) return;
    if (editor && !commit(editor.value)) return;
    else if (document.activeElement === formulaBar && formulaBar.value !== contentOf(selected))
      commit(formulaBar.value);
    select(pos, false);
    gridHost.focus({ preventScroll: true });
  });
  canvas.addEventListener("dblclick", (e: MouseEvent) => {
    const pos = cellAt(e.target);
    if (!pos) return;
    select(pos, false);
    beginEdit(contentOf(selected), "edit");
  });

  /** Excel's Ctrl+End: the last used row and the last used column (that cell may be empty). */
  const lastUsed = (): Position => {
    let row = 0;
    let column = 0;
    values.forEach((cells, r) =>
      cells.forEach((v, c) => {
        if (v === null) return;
        row = Math.max(row, r);
        column = Math.max(column, c);
      }),
    );
    return { row, column };
  };

  // Copy gives the selected cell's shown text; paste fills cells from the selection as typed
  // (tab-separated columns, one line per row: what Excel and sheets put on the clipboard).
  gridHost.addEventListener("copy", (e: ClipboardEvent) => {
    if (e.target !== gridHost) return;
    e.preventDefault();
    e.clipboardData?.setData("text/plain", rendered.get(selected.row)?.[selected.column]?.textContent ?? "");
  });
  gridHost.addEventListener("paste", (e: ClipboardEvent) => {
    if (e.target !== gridHost) return;
    const text = e.clipboardData?.getData("text/plain") ?? "";
    if (text === "") return;
    e.preventDefault();
    const rows = pastedRows(text);
    try {
      book.engine.setBlock(active, selectedAddress(), rows);
      reach = {
        row: Math.max(reach.row, selected.row + rows.length - 1),
        column: Math.max(reach.column, selected.column + Math.max(...rows.map((r) => r.length)) - 1),
      };
      draw();
    } catch (err) {
      notice = { text: `Not pasted: ${err instanceof Error ? err.message : String(err)}`, error: true };
      showStatus();
    }
  });

  nameBox.addEventListener("focus", () => nameBox.select());
  nameBox.addEventListener("keydown", (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.preventDefault();
      nameBox.value = selectedAddress();
      gridHost.focus({ preventScroll: true });
    } else if (e.key === "Enter") {
      e.preventDefault();
      const to = parseCellAddress(nameBox.value, GOTO_LIMIT);
      if (!to) {
        const typed = nameBox.value;
        nameBox.value = selectedAddress();
        notice = {
          text: `"${typed}" is not a cell in this preview: type an address such as B12 (rows 1–200000, columns A–IV).`,
          error: true,
        };
        showStatus();
        return;
      }
      if (to.row >= size.rows || to.column >= size.columns) {
        reach = to;
        selected = to;
        draw();
      }
      select(to);
      gridHost.focus({ preventScroll: true });
    }
  });

  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    try {
      const names = await importFile(book, file);
      notice = { text: `Opened "${file.name}" as ${names.map((n) => `sheet "${n}"`).join(", ")}.`, error: false };
    } catch (err) {
      notice = {
        text: `Could not open "${file.name}": ${err instanceof Error ? err.message : String(err)}`,
        error: true,
      };
    }
    fileInput.value = "";
    showStatus();
  });

  formulaBar.addEventListener("focus", () => {
    if (editor) return;
    mode = "edit";
    showStatus();
  });
  formulaBar.addEventListener("blur", () => {
    if (mode === "edit" && !editor) {
      mode = "ready";
      showStatus();
    }
  });
  formulaBar.addEventListener("keydown", (e: KeyboardEvent) => {
    if (e.key === "Enter" || e.key === "Tab") {
      e.preventDefault();
      if (commit(formulaBar.value)) move(e.key, e.shiftKey);
      gridHost.focus({ preventScroll: true });
    } else if (e.key === "Escape") {
      e.preventDefault();
      cancel();
    }
  });

  const sheetSize = (charts: readonly { from: string; to: string }[]) => {
    let used = 0;
    for (const row of values) used = Math.max(used, row.length);
    let rows = values.length;
    for (const c of charts) {
      const box = rangeBox(`${c.from}:${c.to}`);
      rows = Math.max(rows, box.bottom + 1);
      used = Math.max(used, box.right + 1);
    }
    return {
      rows: Math.min(GOTO_LIMIT.rows, Math.max(MIN_ROWS, rows + SPARE_ROWS, reach.row + 1 + SPARE_ROWS)),
      columns: Math.min(
        GOTO_LIMIT.columns,
        Math.max(MIN_COLUMNS, used + SPARE_COLUMNS, reach.column + 1 + SPARE_COLUMNS),
      ),
    };
  };

  /** Long text runs on over empty cells to its right, as in Excel, instead of being cut. */
  const spillTexts = () => {
    const drawable = widths.map((w) => w - CELL_CHROME_PX);
    const spills: { r: number; c: number; need: number }[] = [];
    for (const [r, row] of rendered) {
      row.forEach((td, c) => {
        if (!td.classList.contains("text") || typeof values[r]?.[c] !== "string") return;
        const need = (td.firstElementChild as HTMLElement).scrollWidth;
        if (need > drawable[c]) spills.push({ r, c, need });
      });
    }
    for (const { r, c, need } of spills) {
      const { width, covers } = spillWidth(need, c, widths, (k) => (values[r]?.[k] ?? null) === null);
      if (covers === 0) continue;
      const row = rendered.get(r) ?? [];
      row[c].classList.add("spill");
      (row[c].firstElementChild as HTMLElement).style.width = `${width - CELL_CHROME_PX}px`;
      for (let k = 0; k < covers; k++) row[c + k].classList.add("spill-through");
    }
  };

  const buildRow = (r: number): HTMLTableRowElement => {
    const tr = h("tr", {}, h("th", { scope: "row" }, String(r + 1)));
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
    rendered.set(r, rowCells);
    return tr;
  };

  const spacer = (px: number) =>
    h(
      "tr",
      { className: "spacer", "aria-hidden": "true" },
      h("td", { colspan: size.columns + 1, style: `height: ${px}px` }),
    );

  /**
   * Only the rows in view (and a margin) are in the page, so a 5,000-row statement scrolls and
   * recalculates quickly; spacer rows keep the scroll height of the whole sheet.
   */
  const renderRows = (force = false) => {
    const top = Math.max(0, gridHost.scrollTop);
    const firstVisible = Math.min(size.rows - 1, Math.floor(top / rowPx));
    const lastVisible = Math.min(size.rows - 1, firstVisible + Math.ceil(gridHost.clientHeight / rowPx) + 1);
    if (!force && firstVisible >= shown.first && lastVisible <= shown.last) return;
    shown = {
      first: Math.max(0, firstVisible - OVERSCAN_ROWS),
      last: Math.min(size.rows - 1, lastVisible + OVERSCAN_ROWS),
    };
    rendered.clear();
    clear(body);
    if (shown.first > 0) body.append(spacer(shown.first * rowPx));
    for (let r = shown.first; r <= shown.last; r++) body.append(buildRow(r));
    if (shown.last < size.rows - 1) body.append(spacer((size.rows - 1 - shown.last) * rowPx));
    spillTexts();
    markSelected();
  };

  /** Left edge of a column and top edge of a row inside the grid canvas, in CSS pixels. */
  const columnLeft = (c: number) => widths.slice(0, c).reduce((a, b) => a + b, ROW_HEADER_PX);
  const rowTop = (r: number) => headerPx + r * rowPx;

  const scrollTo = (pos: Position) => {
    const y = rowTop(pos.row);
    if (y - headerPx < gridHost.scrollTop) gridHost.scrollTop = y - headerPx;
    else if (y + rowPx > gridHost.scrollTop + gridHost.clientHeight)
      gridHost.scrollTop = y + rowPx - gridHost.clientHeight;
    const x = columnLeft(pos.column);
    const w = widths[pos.column] ?? DEFAULT_COLUMN_PX;
    if (x - ROW_HEADER_PX < gridHost.scrollLeft) gridHost.scrollLeft = x - ROW_HEADER_PX;
    else if (x + w > gridHost.scrollLeft + gridHost.clientWidth) gridHost.scrollLeft = x + w - gridHost.clientWidth;
    renderRows();
  };

  const draw = () => {
    freeCharts();
    const scroll = { left: gridHost.scrollLeft, top: gridHost.scrollTop };
    clear(canvas);
    values = book.engine.values(active);
    look = book.looks.get(active);
    const charts = look?.charts ?? [];
    size = sheetSize(charts);
    // Excel widths are in points; a CSS pixel is 0.75 pt.
    widths = [];
    const colgroup = h("colgroup", {}, h("col", { style: `width: ${ROW_HEADER_PX}px` }));
    for (let c = 0; c < size.columns; c++) {
      const points = look?.widths[columnLetter(c)];
      widths.push(points ? Math.round(points / 0.75) : DEFAULT_COLUMN_PX);
      colgroup.append(h("col", { style: `width: ${widths[c]}px` }));
    }
    const tableWidth = widths.reduce((a, b) => a + b, ROW_HEADER_PX);
    const head = h("tr", {}, h("th", { className: "corner" }));
    for (let c = 0; c < size.columns; c++) head.append(h("th", { scope: "col" }, columnLetter(c)));
    body = h("tbody");
    const table = h(
      "table",
      {
        className: "grid",
        role: "grid",
        "aria-label": `Sheet ${active}`,
        "aria-rowcount": size.rows + 1,
        style: `width: ${tableWidth}px`,
      },
      colgroup,
      h("thead", {}, head),
      body,
    );
    const layer = h("div", { className: "chart-layer" });
    canvas.append(table, layer);
    // Rows have one height (preview.css); measure it once the first row is in the page.
    body.append(buildRow(0));
    headerPx = head.getBoundingClientRect().height;
    rowPx = body.firstElementChild?.getBoundingClientRect().height || ROW_PX_GUESS;
    // The sheet's full height first, so the scroll position survives the redraw.
    clear(body);
    body.append(spacer(size.rows * rowPx));
    gridHost.scrollLeft = scroll.left;
    gridHost.scrollTop = scroll.top;
    renderRows(true);
    freeCharts = drawCharts(layer, charts, values, (chart) => {
      const from = rangeBox(chart.from);
      const to = rangeBox(chart.to);
      return {
        left: columnLeft(from.left),
        top: rowTop(from.top),
        width: columnLeft(to.right + 1) - columnLeft(from.left),
        height: (to.bottom - from.top + 1) * rowPx,
      };
    });
    drawTabs();
    select(selected, false);
  };

  const drawTabs = () => {
    clear(tabs);
    for (const name of book.engine.sheetNames()) {
      const b = h(
        "button",
        { type: "button", role: "tab", "aria-selected": String(name === active), "data-sheet": name },
        name,
      );
      b.addEventListener("click", () => show(name));
      tabs.append(b);
    }
  };

  const show = (sheet: string) => {
    closeEditor();
    active = sheet;
    selected = { row: 0, column: 0 };
    reach = { row: 0, column: 0 };
    gridHost.scrollLeft = 0;
    gridHost.scrollTop = 0;
    draw();
  };

  gridHost.addEventListener("scroll", () => renderRows());
  book.onChange(show);
  clear(root);
  root.append(
    h(
      "div",
      { className: "formula-row" },
      nameBox,
      h("span", { className: "fx", "aria-hidden": "true" }, "fx"),
      formulaBar,
      importButton,
    ),
    gridHost,
    statusBar,
    tabs,
  );
  draw();
}
