/**
 * The preview's workbook view: sheet tabs, a formula bar and a grid of computed values. Selecting a
 * cell shows its formula; editing the formula bar and pressing Enter recalculates.
 */
import { address, columnLetter } from "../templates/plan";
import { clear, h } from "../taskpane/dom";
import { formatNumber } from "./numberFormat";
import type { PreviewWorkbook } from "./previewHost";

const MIN_ROWS = 40;
const MIN_COLUMNS = 12;

export function renderGrid(root: HTMLElement, book: PreviewWorkbook): void {
  let active = book.engine.sheetNames()[0];
  let selected = "A1";

  const nameBox = h("input", { className: "name-box", "aria-label": "Cell address", readonly: true, value: "A1" });
  const formulaBar = h("input", {
    className: "formula-bar",
    "aria-label": "Formula bar",
    spellcheck: "false",
    autocomplete: "off",
  });
  const gridHost = h("div", { className: "grid-host", tabindex: "-1" });
  const tabs = h("div", { className: "sheet-tabs", role: "tablist", "aria-label": "Sheets" });

  const select = (cell: string) => {
    selected = cell;
    nameBox.value = cell;
    const formula = book.engine.formula(active, cell);
    const value = book.engine.value(active, cell);
    formulaBar.value = formula ?? (value === null || typeof value === "object" ? "" : String(value));
    for (const td of Array.from(gridHost.querySelectorAll("td.selected"))) td.classList.remove("selected");
    gridHost.querySelector(`td[data-cell="${cell}"]`)?.classList.add("selected");
  };

  const commit = () => {
    const text = formulaBar.value;
    const asNumber = text.trim() !== "" && !Number.isNaN(Number(text)) ? Number(text) : null;
    book.engine.set(active, selected, text === "" ? null : (asNumber ?? text));
    draw();
    select(selected);
  };

  formulaBar.addEventListener("keydown", (e: KeyboardEvent) => {
    if (e.key === "Enter") {
      e.preventDefault();
      commit();
    } else if (e.key === "Escape") {
      select(selected);
    }
  });

  const draw = () => {
    clear(gridHost);
    const values = book.engine.values(active);
    const look = book.looks.get(active);
    const rows = Math.max(MIN_ROWS, values.length + 5);
    const columns = Math.max(MIN_COLUMNS, (values[0]?.length ?? 0) + 2);
    // Excel widths are in points; a CSS pixel is 0.75 pt.
    const colgroup = h("colgroup", {}, h("col", { style: "width: 40px" }));
    let tableWidth = 40;
    for (let c = 0; c < columns; c++) {
      const points = look?.widths[columnLetter(c)];
      const px = points ? Math.round(points / 0.75) : 90;
      tableWidth += px;
      colgroup.append(h("col", { style: `width: ${px}px` }));
    }
    const head = h("tr", {}, h("th", { className: "corner" }));
    for (let c = 0; c < columns; c++) head.append(h("th", { scope: "col" }, columnLetter(c)));
    const body = h("tbody");
    for (let r = 0; r < rows; r++) {
      const tr = h("tr", {}, h("th", { scope: "row" }, String(r + 1)));
      for (let c = 0; c < columns; c++) {
        const cell = address(r, c);
        const v = values[r]?.[c] ?? null;
        let text = "";
        let kind = "text";
        let title: string | undefined;
        if (typeof v === "number") {
          text = formatNumber(v, look?.formats.get(cell));
          kind = "number";
        } else if (typeof v === "boolean") {
          text = v ? "TRUE" : "FALSE";
          kind = "number";
        } else if (v && typeof v === "object") {
          text = v.error;
          kind = "error";
          title = v.message;
        } else if (typeof v === "string") {
          text = v;
        }
        const role = look?.roles.get(cell);
        const td = h(
          "td",
          { "data-cell": cell, className: [kind, role ? `role-${role}` : ""].join(" ").trim(), title },
          text,
        );
        td.addEventListener("click", () => select(cell));
        td.addEventListener("dblclick", () => {
          select(cell);
          formulaBar.focus();
        });
        tr.append(td);
      }
      body.append(tr);
    }
    gridHost.append(
      h(
        "table",
        { className: "grid", role: "grid", "aria-label": `Sheet ${active}`, style: `width: ${tableWidth}px` },
        colgroup,
        h("thead", {}, head),
        body,
      ),
    );
    clear(tabs);
    for (const name of book.engine.sheetNames()) {
      const b = h(
        "button",
        { type: "button", role: "tab", "aria-selected": String(name === active), "data-sheet": name },
        name,
      );
      b.addEventListener("click", () => {
        active = name;
        draw();
        select("A1");
      });
      tabs.append(b);
    }
  };

  book.onChange((sheet) => {
    active = sheet;
    draw();
    select("A1");
  });
  clear(root);
  root.append(
    h(
      "div",
      { className: "formula-row" },
      nameBox,
      h("span", { className: "fx", "aria-hidden": "true" }, "fx"),
      formulaBar,
    ),
    gridHost,
    tabs,
  );
  draw();
  select("A1");
}
