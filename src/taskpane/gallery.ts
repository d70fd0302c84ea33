/** The template gallery: a card per scenario with an Insert button, progress and a clear result. */
import { templateList } from "../templates/catalog";
import { h } from "./dom";
import type { WorkbookHost } from "./host";
import { currentLanguage, sheetsText } from "./language";
import { paneText } from "./messages";

export function galleryView(host: WorkbookHost, market: () => string): HTMLElement {
  const T = paneText().gallery;
  const list = h("ul", { className: "cards", "aria-label": T.listLabel });
  const text = sheetsText();
  for (const t of templateList(text)) {
    const status = h("p", { className: "status", role: "status", "aria-live": "polite" });
    // Seven buttons read "Insert": the accessible name says which sheet (and starts with what is seen).
    const button = h(
      "button",
      { className: "primary", type: "button", "data-template": t.id, "aria-label": T.insertLabel(t.title) },
      T.insertButton,
    );
    let busy = false;
    button.addEventListener("click", async () => {
      if (busy) return;
      busy = true;
      // aria-disabled, not disabled: a disabled button loses the focus, which falls to the page body.
      button.setAttribute("aria-disabled", "true");
      status.className = "status busy";
      status.textContent = T.inserting;
      try {
        // The builders load with the first Insert: the gallery itself only needs the titles.
        const { templateById } = await import(/* webpackChunkName: "templates" */ "../templates");
        const template = templateById(t.id);
        if (!template) throw new Error(T.missing(t.id));
        // The sheet is written in the pane's language (src/i18n/<language>/sheets.ts).
        const sheet = await host.insertPlan(template.build({ market: market() }, text), {
          language: currentLanguage(),
        });
        status.className = "status ok";
        status.textContent = T.inserted(sheet);
      } catch (e) {
        status.className = "status error";
        status.textContent = e instanceof Error ? e.message : String(e);
      } finally {
        busy = false;
        button.removeAttribute("aria-disabled");
      }
    });
    list.append(
      h(
        "li",
        { className: "card" },
        h("h3", {}, t.title),
        h("p", { className: "purpose" }, t.purpose),
        h("p", { className: "asks" }, T.asks(t.asks.join("; "))),
        h("div", { className: "actions" }, button),
        status,
      ),
    );
  }
  return h("section", { "aria-labelledby": "gallery-title" }, h("h2", { id: "gallery-title" }, T.title), list);
}
