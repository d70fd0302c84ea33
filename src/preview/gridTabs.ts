/** The sheet tabs under the grid, as in Excel: one per sheet, the shown one selected. */
import { paneText } from "../taskpane/messages";
import { clear, h } from "../taskpane/dom";

export function createTabs(): HTMLDivElement {
  return h("div", { className: "sheet-tabs", role: "tablist", "aria-label": paneText().preview.sheets });
}

/** Draws one tab per sheet; clicking a tab shows its sheet. */
export function drawTabs(
  tabs: HTMLElement,
  names: readonly string[],
  active: string,
  onPick: (sheet: string) => void,
): void {
  clear(tabs);
  for (const name of names) {
    const b = h(
      "button",
      { type: "button", role: "tab", "aria-selected": String(name === active), "data-sheet": name },
      name,
    );
    b.addEventListener("click", () => onPick(name));
    tabs.append(b);
  }
}
