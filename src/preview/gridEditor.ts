/**
 * The in-cell editor: an input laid over the selected cell, as wide as what is typed, suggesting
 * the cell's list while typing. What its keys mean is decided in gridModel.ts (editorKey) and
 * applied by grid.ts; this module only makes and places the input.
 */
import { paneText } from "../taskpane/messages";
import { h } from "../taskpane/dom";

export interface EditorOptions {
  /** The grid canvas the editor is laid into (positioned relative to it). */
  readonly canvas: HTMLElement;
  /** The cell being edited. */
  readonly cell: HTMLElement;
  /** The cell's address, for the editor's accessible name. */
  readonly address: string;
  readonly initial: string;
  /** The cell's list, offered as suggestions (Excel shows an in-cell dropdown). */
  readonly choices?: readonly string[];
  /** Each change of the text (the formula bar mirrors it). */
  readonly onInput: (text: string) => void;
  readonly onKey: (e: KeyboardEvent) => void;
  /** The editor lost the focus (a click elsewhere keeps what was typed, as in Excel). */
  readonly onBlur: () => void;
}

const CHOICES_ID = "cell-choices";

/** Makes the editor for the cell (not yet in the page: see attachEditor). */
export function createEditor(o: EditorOptions): HTMLInputElement {
  const input = h("input", {
    className: "cell-editor",
    "aria-label": paneText().preview.editCell(o.address),
    spellcheck: "false",
    autocomplete: "off",
  });
  const base = o.canvas.getBoundingClientRect();
  const box = o.cell.getBoundingClientRect();
  input.style.left = `${box.left - base.left}px`;
  input.style.top = `${box.top - base.top}px`;
  input.style.height = `${box.height}px`;
  const fit = () => {
    input.style.width = `max(${box.width}px, ${input.value.length + 2}ch)`;
    o.onInput(input.value);
  };
  if (o.choices) {
    const options = h("datalist", { id: CHOICES_ID }, ...o.choices.map((c) => h("option", { value: c })));
    o.canvas.querySelector(`#${CHOICES_ID}`)?.remove();
    o.canvas.append(options);
    input.setAttribute("list", CHOICES_ID);
  }
  input.value = o.initial;
  fit();
  input.addEventListener("input", fit);
  input.addEventListener("keydown", o.onKey);
  input.addEventListener("blur", o.onBlur);
  return input;
}

/** Puts the editor over its cell, focused with the caret at the end of its text. */
export function attachEditor(canvas: HTMLElement, input: HTMLInputElement): void {
  canvas.append(input);
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
}
