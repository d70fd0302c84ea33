/**
 * The preview's workbook view, behaving like Excel: sheet tabs, a name box and formula bar, a grid of
 * computed values with the template's charts over it, and a status bar. Typing into the selected
 * cell replaces it, F2 edits it, arrows/Enter/Tab move (Shift reverses), Escape cancels; long text
 * spills into empty neighbours; the selected cell's error message shows in the status bar.
 *
 * This file wires the parts together: the state and what keys mean (gridModel.ts, pure), the
 * drawing (gridViewport.ts), the in-cell editor (gridEditor.ts) and the tabs (gridTabs.ts).
 */
import { paneText } from "../taskpane/messages";
import { type EngineValue, FormulaProblem } from "../engine/workbook";
import { clear, h } from "../taskpane/dom";
import { address } from "../templates/plan";
import { attachEditor, createEditor } from "./gridEditor";
import {
  type EditCommand,
  type GridState,
  type SheetSize,
  GOTO_LIMIT,
  MIN_SIZE,
  afterPaste,
  badAddressNotice,
  contentText,
  editorKey,
  formulaBarKey,
  goTo,
  gridKey,
  initialState,
  lastUsed,
  listRefusal,
  select,
  setMode,
  sheetSize,
  showSheet,
  statusMessage,
  toggleEditMode,
  withNotice,
} from "./gridModel";
import { type EditMode, type Position, moveBy, parseCellAddress, pastedRows } from "./gridNavigation";
import { createTabs, drawTabs } from "./gridTabs";
import { GridViewport } from "./gridViewport";
import { importFile } from "./importFile";
import type { PreviewWorkbook, SheetLook } from "./previewHost";

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * How a commit went: written; refused by the cell's list (the cell keeps its value); or a formula
 * Excel would not enter ("There's a problem with this formula"), which stays open to be fixed.
 */
type Committed = "written" | "refused" | "badFormula";

/** Where the text being committed was typed. */
type TypedIn = "cell" | "formulaBar";

/** The name box, formula bar and "Open file…" above the grid, and the status bar below it. */
function createChrome() {
  const input = (className: string, label: string, value = "") =>
    h("input", { className, "aria-label": label, spellcheck: "false", autocomplete: "off", value });
  const fileInput = h("input", {
    type: "file",
    className: "import-input",
    accept: ".csv,.tsv,.txt,.xlsx,.xlsm,.xls,.ods",
  });
  const P = paneText().preview;
  const modeLabel = h("span", { className: "status-mode" }, P.ready);
  const cellMessage = h("span", { className: "cell-message" });
  return {
    nameBox: input("name-box", P.nameBox, "A1"),
    formulaBar: input("formula-bar", P.formulaBar),
    fileInput,
    importButton: h("label", { className: "import-button", title: P.openFileTitle }, P.openFile, fileInput),
    modeLabel,
    cellMessage,
    statusBar: h("div", { className: "status-bar", role: "status", "aria-live": "polite" }, modeLabel, cellMessage),
  };
}

class Grid {
  private state: GridState;
  private values: EngineValue[][] = [];
  private look: SheetLook | undefined;
  private size: SheetSize = MIN_SIZE;
  private editor: HTMLInputElement | null = null;
  private readonly viewport = new GridViewport();
  private readonly chrome = createChrome();
  private readonly tabs = createTabs();

  constructor(
    root: HTMLElement,
    private readonly book: PreviewWorkbook,
  ) {
    this.state = initialState(book.engine.sheetNames()[0]);
    this.listenToGrid();
    this.listenToChrome();
    book.onChange((sheet) => this.show(sheet));
    const c = this.chrome;
    clear(root);
    root.append(
      // "Open file…" first: Tab in the formula bar commits and goes to the grid (as in Excel), so
      // after it "Open file…" could be reached only backwards.
      h(
        "div",
        { className: "formula-row" },
        c.importButton,
        c.nameBox,
        h("span", { className: "fx", "aria-hidden": "true" }, "fx"),
        c.formulaBar,
      ),
      this.viewport.host,
      c.statusBar,
      this.tabs,
    );
    this.draw();
  }

  /** The keyboard on the grid, at the selected cell. */
  focus(): void {
    this.viewport.scrollTo(this.state.selected);
    this.viewport.focus();
  }

  private get selectedAddress(): string {
    return address(this.state.selected.row, this.state.selected.column);
  }

  /** What the formula bar shows for a cell: its formula, else the value as typed. */
  private contentOf(pos: Position): string {
    return contentText(this.book.engine.content(this.state.sheet, address(pos.row, pos.column)));
  }

  private showStatus(): void {
    const { selected } = this.state;
    const cell = this.selectedAddress;
    const value = this.values[selected.row]?.[selected.column] ?? null;
    const status = statusMessage(this.state, cell, value, this.look?.dropdowns?.get(cell)?.prompt);
    const { modeLabel, cellMessage } = this.chrome;
    modeLabel.textContent = status.mode;
    cellMessage.dataset.cell = cell;
    cellMessage.textContent = status.text;
    cellMessage.classList.toggle("error", status.error);
  }

  private notify(text: string, error: boolean): void {
    this.state = withNotice(this.state, { text, error });
    this.showStatus();
  }

  /** Shows a new selection (or the same one afresh): name box, formula bar, mark, status. */
  private select(pos: Position, scroll = true): void {
    this.state = select(this.state, pos);
    this.chrome.nameBox.value = this.selectedAddress;
    if (this.state.mode === "ready") this.chrome.formulaBar.value = this.contentOf(pos);
    if (scroll) this.viewport.scrollTo(pos);
    this.viewport.mark(pos);
    this.showStatus();
  }

  private setMode(mode: EditMode): void {
    this.state = setMode(this.state, mode);
  }

  private closeEditor(): void {
    const e = this.editor;
    this.editor = null;
    e?.remove();
    this.setMode("ready");
  }

  /**
   * Writes text into the selected cell as Excel would read it (numbers, TRUE, formulas). The cell
   * is left as it was when its list refuses the text (Excel's stop alert) or when it is a formula
   * Excel would not enter; either way the status bar says why.
   */
  private commit(typed: string): Committed {
    this.closeEditor();
    const cell = this.selectedAddress;
    const refusal = listRefusal(this.look?.dropdowns?.get(cell), typed, cell);
    if (refusal) {
      this.select(this.state.selected, false);
      this.notify(refusal.text, refusal.error);
      return "refused";
    }
    try {
      this.book.engine.set(this.state.sheet, cell, typed === "" ? null : typed);
      this.draw();
      return "written";
    } catch (err) {
      this.draw();
      if (err instanceof FormulaProblem) {
        this.notify(`${cell}: ${err.message}`, true);
        return "badFormula";
      }
      this.notify(`${cell}: not changed — ${errorText(err)}`, true);
      return "refused";
    }
  }

  /** After "There's a problem with this formula": the formula stays where it was typed, to be fixed (as in Excel). */
  private keepTyping(text: string, where: TypedIn): void {
    if (where === "cell") {
      this.beginEdit(text, "edit");
      return;
    }
    const bar = this.chrome.formulaBar;
    bar.value = text;
    bar.focus();
    this.setMode("edit");
    this.showStatus();
  }

  private cancel(): void {
    this.closeEditor();
    this.select(this.state.selected, false);
    this.viewport.focus();
  }

  /** Applies an editor's or the formula bar's key: commit and move, cancel, or switch the edit mode. */
  private applyEdit(command: EditCommand, text: string, where: TypedIn): void {
    if (command.kind === "commit") {
      const committed = this.commit(text);
      if (committed === "badFormula") return this.keepTyping(text, where);
      const to = committed === "written" && moveBy(this.state.selected, command.key, command.shift, this.size);
      if (to) this.select(to);
      this.viewport.focus();
    } else if (command.kind === "cancel") {
      this.cancel();
    } else {
      this.state = toggleEditMode(this.state);
      this.showStatus();
    }
  }

  private beginEdit(initial: string, how: Exclude<EditMode, "ready">): void {
    const cell = this.selectedAddress;
    this.viewport.scrollTo(this.state.selected);
    const td = this.viewport.cell(this.state.selected);
    if (!td) return;
    this.closeEditor();
    this.setMode(how);
    const input: HTMLInputElement = createEditor({
      canvas: this.viewport.canvas,
      cell: td,
      address: cell,
      initial,
      choices: this.look?.dropdowns?.get(cell)?.choices,
      onInput: (text) => (this.chrome.formulaBar.value = text),
      onKey: (e) => {
        const command = editorKey(this.state.mode, e, this.size);
        if (!command) return;
        e.preventDefault();
        this.applyEdit(command, input.value, "cell");
      },
      // Clicking elsewhere keeps what was typed, as Excel does.
      onBlur: () => {
        if (this.editor === input) this.commit(input.value);
      },
    });
    this.editor = input;
    attachEditor(this.viewport.canvas, input);
    this.showStatus();
  }

  private onGridKey(e: KeyboardEvent): void {
    const command = gridKey(this.state, e, {
      size: this.size,
      pageRows: this.viewport.pageRows(),
      lastUsed: lastUsed(this.values),
    });
    if (!command || command.kind === "leave") return;
    e.preventDefault();
    if (command.kind === "undo" || command.kind === "redo") {
      const engine = this.book.engine;
      if (command.kind === "redo" ? engine.redo() : engine.undo()) this.draw();
    } else if (command.kind === "select") this.select(command.to);
    else if (command.kind === "edit") this.beginEdit(command.text ?? this.contentOf(this.state.selected), command.how);
    else this.commit("");
  }

  private onMouseDown(e: MouseEvent): void {
    const pos = this.viewport.cellAt(e.target);
    if (!pos) return;
    // The grid keeps the focus (no text selection); what was being typed is kept, as in Excel.
    e.preventDefault();
    if (e.detail > 1) return;
    const bar = this.chrome.formulaBar;
    if (this.editor && !this.commit(this.editor.value)) return;
    else if (document.activeElement === bar && bar.value !== this.contentOf(this.state.selected))
      this.commit(bar.value);
    this.select(pos, false);
    this.viewport.focus();
  }

  /** Pastes tab-separated rows (what Excel and sheets put on the clipboard) from the selection, as typed. */
  private paste(text: string): void {
    const rows = pastedRows(text);
    try {
      this.book.engine.setBlock(this.state.sheet, this.selectedAddress, rows);
      this.state = afterPaste(this.state, rows);
      this.draw();
    } catch (err) {
      const where = err instanceof FormulaProblem ? `${err.cell}: ` : "";
      this.notify(`Not pasted: ${where}${errorText(err)}`, true);
    }
  }

  private listenToGrid(): void {
    const host = this.viewport.host;
    const onGrid = (e: Event) => this.viewport.isGridTarget(e.target);
    host.addEventListener("keydown", (e) => {
      if (onGrid(e)) this.onGridKey(e);
    });
    this.viewport.canvas.addEventListener("mousedown", (e) => this.onMouseDown(e));
    this.viewport.canvas.addEventListener("dblclick", (e) => {
      const pos = this.viewport.cellAt(e.target);
      if (!pos) return;
      this.select(pos, false);
      this.beginEdit(this.contentOf(this.state.selected), "edit");
    });
    // Copy gives the selected cell's shown text.
    host.addEventListener("copy", (e) => {
      if (!onGrid(e)) return;
      e.preventDefault();
      e.clipboardData?.setData("text/plain", this.viewport.cell(this.state.selected)?.textContent ?? "");
    });
    host.addEventListener("paste", (e) => {
      const text = onGrid(e) ? (e.clipboardData?.getData("text/plain") ?? "") : "";
      if (text === "") return;
      e.preventDefault();
      this.paste(text);
    });
  }

  private onNameBoxKey(e: KeyboardEvent): void {
    const nameBox = this.chrome.nameBox;
    if (e.key === "Escape") {
      e.preventDefault();
      nameBox.value = this.selectedAddress;
      this.viewport.focus();
    } else if (e.key === "Enter") {
      e.preventDefault();
      const to = parseCellAddress(nameBox.value, GOTO_LIMIT);
      if (!to) {
        const typed = nameBox.value;
        nameBox.value = this.selectedAddress;
        this.notify(badAddressNotice(typed).text, true);
        return;
      }
      const beyond = to.row >= this.size.rows || to.column >= this.size.columns;
      this.state = goTo(this.state, to, this.size);
      if (beyond) this.draw();
      this.select(to);
      this.viewport.focus();
    }
  }

  private async openFile(): Promise<void> {
    const fileInput = this.chrome.fileInput;
    const file = fileInput.files?.[0];
    if (!file) return;
    let notice: { text: string; error: boolean };
    try {
      const names = await importFile(this.book, file);
      notice = { text: `Opened "${file.name}" as ${names.map((n) => `sheet "${n}"`).join(", ")}.`, error: false };
    } catch (err) {
      notice = { text: `Could not open "${file.name}": ${errorText(err)}`, error: true };
    }
    fileInput.value = "";
    this.notify(notice.text, notice.error);
  }

  private listenToChrome(): void {
    const { nameBox, formulaBar, fileInput } = this.chrome;
    nameBox.addEventListener("focus", () => nameBox.select());
    nameBox.addEventListener("keydown", (e) => this.onNameBoxKey(e));
    fileInput.addEventListener("change", () => void this.openFile());
    formulaBar.addEventListener("focus", () => {
      if (this.editor) return;
      this.setMode("edit");
      this.showStatus();
    });
    formulaBar.addEventListener("blur", () => {
      if (this.state.mode !== "edit" || this.editor) return;
      this.setMode("ready");
      this.showStatus();
    });
    formulaBar.addEventListener("keydown", (e) => {
      const command = formulaBarKey(e);
      if (!command) return;
      e.preventDefault();
      this.applyEdit(command, formulaBar.value, "formulaBar");
    });
  }

  /** Draws the shown sheet afresh from the engine (after any change), keeping the selection. */
  private draw(): void {
    const sheet = this.state.sheet;
    this.values = this.book.engine.values(sheet);
    this.look = this.book.looks.get(sheet);
    this.size = sheetSize(this.values, this.look?.charts ?? [], this.state.reach);
    this.viewport.draw({ name: sheet, values: this.values, look: this.look, size: this.size });
    drawTabs(this.tabs, this.book.engine.sheetNames(), sheet, (name) => this.show(name));
    this.select(this.state.selected, false);
  }

  private show(sheet: string): void {
    this.closeEditor();
    this.state = showSheet(this.state, sheet);
    this.viewport.resetScroll();
    this.draw();
  }
}

/** Draws the workbook into `root`; `focus` puts the keyboard on the grid (F6 from the task pane). */
export function renderGrid(root: HTMLElement, book: PreviewWorkbook): { focus(): void } {
  return new Grid(root, book);
}
