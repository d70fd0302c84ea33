/**
 * The "Map the columns" form of the Reconcile tab (#21) and the offer of a saved mapping: the DOM
 * side of columnMapping.ts. Every control is a labelled native control (keyboard as ever), the
 * selects as wide as the pane (320 px). Only "Use these columns" makes a mapping, confirmed.
 */
import { errorText } from "../i18n/active";
import { isCoreError } from "../core/errors";
import type { ColumnMapping, TransactionKind } from "../core/settlement";
import {
  FORM_KEYS,
  type FormKey,
  KINDS,
  type MappingForm,
  mappingFromForm,
  reasonText,
  withTypeColumn,
} from "./columnMapping";
import { h } from "./dom";
import { columnLabel } from "./language";
import { paneText } from "./messages";

export interface MappingFormHandlers {
  /** The user confirmed: the mapping is confirmed and checked by the core. */
  readonly onUse: (mapping: ColumnMapping) => void;
  readonly onDiscard: () => void;
}

export function mappingFormView(initial: MappingForm, handlers: MappingFormHandlers): HTMLElement {
  const T = paneText().reconcile.mapping;
  let form = initial;
  // A column without a name cannot be chosen (its value would read as "(none)").
  const named = form.header.filter((c) => c.trim() !== "");
  const choices = (selected: string | null) => [
    h("option", { value: "", selected: selected === null }, T.none),
    ...named.map((c) => h("option", { value: c, selected: c === selected }, c)),
  ];
  const typesBox = h("div", { className: "mapping-types" });
  const drawTypes = () => {
    if (form.types.length === 0) {
      typesBox.replaceChildren();
      return;
    }
    typesBox.replaceChildren(
      h(
        "fieldset",
        {},
        h("legend", {}, T.types),
        ...form.types.map((t, i) => {
          const select = h(
            "select",
            { id: `mapping-type-${i}` },
            h("option", { value: "", selected: t.kind === null }, T.choose),
            ...KINDS.map((k) => h("option", { value: k, selected: k === t.kind }, T.kinds[k])),
          );
          select.addEventListener("change", () => {
            form.types[i] = { value: t.value, kind: select.value === "" ? null : (select.value as TransactionKind) };
          });
          return h("div", { className: "field" }, h("label", { for: select.id }, t.value), select);
        }),
      ),
    );
  };

  const field = (key: FormKey) => {
    const select = h(
      "select",
      { id: `mapping-${key}`, name: key, "aria-describedby": `mapping-${key}-why` },
      ...choices(form.columns[key]),
    );
    const evidence = form.evidence[key];
    const left = form.leftToUser.includes(key);
    const why = h(
      "p",
      { id: `mapping-${key}-why`, className: left ? "hint left-to-user" : "hint" },
      evidence ? reasonText(evidence) : left ? T.leftToUser : "",
    );
    select.addEventListener("change", () => {
      const column = select.value === "" ? null : select.value;
      if (key === "type") {
        form = withTypeColumn(form, column);
        drawTypes();
      } else form.columns[key] = column;
      // The reason is the suggestion's: it no longer speaks for another column.
      why.hidden = evidence !== undefined && evidence.column !== column;
    });
    return h(
      "div",
      { className: left ? "field left" : "field" },
      h("label", { for: select.id }, columnLabel(key, T.keys[key])),
      select,
      why,
    );
  };

  const fees = h(
    "fieldset",
    { className: "mapping-fees" },
    h("legend", {}, T.fees),
    h(
      "div",
      { className: "fee-list" },
      ...named.map((c) => {
        const box = h("input", { type: "checkbox", value: c, checked: form.fees.includes(c) });
        box.addEventListener("change", () => {
          form.fees = box.checked ? [...form.fees.filter((f) => f !== c), c] : form.fees.filter((f) => f !== c);
        });
        return h("label", { className: "choice" }, box, ` ${c}`);
      }),
    ),
  );

  const error = h("p", { className: "status error", role: "alert" });
  const use = h("button", { className: "primary", type: "button" }, T.use);
  const discard = h("button", { type: "button" }, T.discard);
  use.addEventListener("click", () => {
    error.textContent = "";
    let mapping: ColumnMapping;
    try {
      mapping = mappingFromForm(form);
    } catch (e) {
      error.textContent = isCoreError(e) ? errorText(e) : e instanceof Error ? e.message : String(e);
      return;
    }
    handlers.onUse(mapping);
  });
  discard.addEventListener("click", () => handlers.onDiscard());
  drawTypes();
  return h(
    "section",
    { className: "column-mapping", "aria-labelledby": "mapping-title" },
    h("h3", { id: "mapping-title" }, T.title),
    h("p", { className: "hint" }, T.intro),
    ...FORM_KEYS.map(field),
    fees,
    typesBox,
    error,
    h("div", { className: "actions" }, use, discard),
  );
}

/** A saved mapping fits the sheet: offered, never applied without the user's press. */
export function savedOfferView(handlers: { onUse: () => void; onEdit: () => void }): HTMLElement {
  const T = paneText().reconcile.mapping;
  const use = h("button", { className: "primary", type: "button" }, T.useSaved);
  const edit = h("button", { type: "button" }, T.editSaved);
  use.addEventListener("click", handlers.onUse);
  edit.addEventListener("click", handlers.onEdit);
  return h(
    "section",
    { className: "column-mapping saved-mapping", "aria-labelledby": "saved-mapping-title" },
    h("p", { id: "saved-mapping-title" }, T.offer),
    h("div", { className: "actions" }, use, edit),
  );
}
