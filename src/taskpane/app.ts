/**
 * The task pane: tabs for the gallery, the calculator, Reconcile, settings and the rates. Each tab's
 * view is made the first time it is shown and then kept (hidden while another tab is selected), so
 * what was typed in it survives a switch; a view hears \`PANEL_SHOWN\` each time its tab is selected.
 */
import { RATE_BOOK_VERSION } from "../core/rates";
import { aboutRatesView } from "./aboutRates";
import { calculatorView } from "./calculator";
import { clear, h, PANEL_SHOWN } from "./dom";
import { galleryView } from "./gallery";
import { reconcileView } from "./reconcileTab";
import type { WorkbookHost } from "./host";
import { settingsView, storedMarket } from "./settings";

interface Tab {
  readonly id: string;
  readonly label: string;
  readonly view: () => HTMLElement;
}

export function renderApp(root: HTMLElement, host: WorkbookHost): void {
  const stored = storedMarket(host);
  let market = stored.market;
  const tabs: Tab[] = [
    { id: "templates", label: "Templates", view: () => galleryView(host, () => market) },
    { id: "calculator", label: "Calculator", view: () => calculatorView(() => market) },
    { id: "reconcile", label: "Reconcile", view: () => reconcileView(host) },
    { id: "settings", label: "Settings", view: () => settingsView(host, (m) => (market = m)) },
    { id: "rates", label: "Rates", view: aboutRatesView },
  ];

  clear(root);
  const notice =
    host.kind === "none"
      ? h(
          "p",
          { className: "notice", role: "note" },
          "Not running in Excel: the calculator works here; inserting sheets needs Excel or the preview (npm run preview).",
        )
      : null;
  const settingNotice = stored.notice ? h("p", { className: "notice", role: "alert" }, stored.notice) : null;
  const tablist = h("div", { role: "tablist", "aria-label": "TikTok Economics", className: "tabs" });
  const panels = h("div", { className: "panels" });
  const buttons: HTMLButtonElement[] = [];
  const tabPanels = tabs.map((t) =>
    h("div", {
      role: "tabpanel",
      id: `panel-${t.id}`,
      "aria-labelledby": `tab-${t.id}`,
      tabindex: "0",
      hidden: true,
    }),
  );
  panels.append(...tabPanels);
  const views: (HTMLElement | null)[] = tabs.map(() => null);
  const select = (index: number, focus: boolean) => {
    buttons.forEach((b, i) => {
      b.setAttribute("aria-selected", String(i === index));
      b.tabIndex = i === index ? 0 : -1;
    });
    tabPanels.forEach((p, i) => (p.hidden = i !== index));
    const kept = views[index];
    if (kept) kept.dispatchEvent(new Event(PANEL_SHOWN));
    else tabPanels[index].append((views[index] = tabs[index].view()));
    if (focus) buttons[index].focus();
  };
  tabs.forEach((t, i) => {
    const b = h(
      "button",
      { role: "tab", id: `tab-${t.id}`, type: "button", "aria-controls": `panel-${t.id}` },
      t.label,
    );
    b.addEventListener("click", () => select(i, false));
    // Arrow keys move between tabs, as in every Office pane (WAI-ARIA tabs pattern).
    b.addEventListener("keydown", (e: KeyboardEvent) => {
      const last = tabs.length - 1;
      const next =
        e.key === "ArrowRight"
          ? i === last
            ? 0
            : i + 1
          : e.key === "ArrowLeft"
            ? i === 0
              ? last
              : i - 1
            : e.key === "Home"
              ? 0
              : e.key === "End"
                ? last
                : null;
      if (next !== null) {
        e.preventDefault();
        select(next, true);
      }
    });
    buttons.push(b);
    tablist.append(b);
  });
  root.append(
    ...[
      notice,
      settingNotice,
      tablist,
      panels,
      h("footer", { className: "app-footer" }, `Rate book ${RATE_BOOK_VERSION.label}`),
    ].filter((n): n is HTMLElement => n !== null),
  );
  select(0, false);
}
