/** The template gallery: a card per scenario with an Insert button, progress and a clear result. */
import { TEMPLATES } from "../templates";
import { h } from "./dom";
import type { WorkbookHost } from "./host";

export function galleryView(host: WorkbookHost, market: () => string): HTMLElement {
  const list = h("ul", { className: "cards", "aria-label": "Scenario templates" });
  for (const t of TEMPLATES) {
    const status = h("p", { className: "status", role: "status", "aria-live": "polite" });
    const button = h("button", { className: "primary", type: "button", "data-template": t.id }, "Insert");
    button.addEventListener("click", async () => {
      button.disabled = true;
      status.className = "status busy";
      status.textContent = "Inserting…";
      try {
        const sheet = await host.insertPlan(t.build({ market: market() }));
        status.className = "status ok";
        status.textContent = `Inserted as sheet "${sheet}".`;
      } catch (e) {
        status.className = "status error";
        status.textContent = e instanceof Error ? e.message : String(e);
      } finally {
        button.disabled = false;
      }
    });
    list.append(
      h(
        "li",
        { className: "card" },
        h("h3", {}, t.title),
        h("p", { className: "purpose" }, t.purpose),
        h("p", { className: "asks" }, `Asks for: ${t.asks.join("; ")}.`),
        h("div", { className: "actions" }, button),
        status,
      ),
    );
  }
  return h(
    "section",
    { "aria-labelledby": "gallery-title" },
    h("h2", { id: "gallery-title" }, "Scenario sheets"),
    list,
  );
}
