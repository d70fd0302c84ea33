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
import { type Language, pickLanguage } from "../i18n/languages";
import { applyLanguage, startLanguage } from "./language";
import { paneText } from "./messages";
import { LANGUAGE_KEY, memoryPrefs, storagePrefs, type UserPrefs, WELCOME_DISMISSED_KEY } from "./prefs";
import { settingsView, storedMarket } from "./settings";
import { welcomeView } from "./welcome";

interface Tab {
  readonly id: string;
  readonly label: string;
  readonly view: () => HTMLElement;
}

/** The site pages the build emits beside the pane (SitePagesPlugin in webpack.config.js). */
export const SITE_PAGES = { help: "help.html", support: "support.html", privacy: "privacy.html", terms: "terms.html" };

export interface AppOptions {
  /** The person's preferences (first run, language); localStorage when absent. */
  readonly prefs?: UserPrefs;
  /**
   * Put the focus on the welcome (or the selected tab) at start, as a pane that just opened should.
   * The preview says no: its workbook, not the pane, has the focus first.
   */
  readonly focusOnStart?: boolean;
  /**
   * The language Office (or, in the preview, `?lang=`) speaks: the pane's language unless one was
   * chosen in Settings.
   */
  readonly displayLanguage?: string | null;
}

/** Picks the language, loads its words, then renders the pane. */
export async function startApp(root: HTMLElement, host: WorkbookHost, options: AppOptions = {}): Promise<void> {
  const prefs = options.prefs ?? safePrefs();
  await applyLanguage(startLanguage(prefs, options.displayLanguage));
  renderApp(root, host, { ...options, prefs });
}

/** Hidden by one of its actions: not shown again until the pane is opened again. */
let welcomeAwayThisSession = false;

interface RenderState {
  /** The tab to show first (after a language change: Settings). */
  readonly tab?: string;
  /** An element to focus once rendered (the language select after a change). */
  readonly focus?: string;
}

export function renderApp(
  root: HTMLElement,
  host: WorkbookHost,
  options: AppOptions = {},
  state: RenderState = {},
): void {
  const prefs = options.prefs ?? safePrefs();
  const T = paneText();
  const stored = storedMarket(host);
  let market = stored.market;
  /** A language chosen in Settings (null: Office's): remembered, applied, and the pane drawn again in it. */
  const chooseLanguage = async (choice: Language | null) => {
    prefs.set(LANGUAGE_KEY, choice ?? "");
    await applyLanguage(choice ?? pickLanguage(options.displayLanguage));
    renderApp(root, host, options, { tab: "settings", focus: "#pane-language" });
  };
  const tabs: Tab[] = [
    { id: "templates", label: T.tabs.templates, view: () => galleryView(host, () => market) },
    { id: "calculator", label: T.tabs.calculator, view: () => calculatorView(() => market) },
    { id: "reconcile", label: T.tabs.reconcile, view: () => reconcileView(host) },
    {
      id: "settings",
      label: T.tabs.settings,
      view: () =>
        settingsView(host, (m) => (market = m), {
          chosen: prefs.get(LANGUAGE_KEY),
          displayLanguage: options.displayLanguage,
          onLanguage: chooseLanguage,
        }),
    },
    { id: "rates", label: T.tabs.rates, view: aboutRatesView },
  ];

  clear(root);
  const notice = host.kind === "none" ? h("p", { className: "notice", role: "note" }, T.notInExcel) : null;
  const settingNotice = stored.notice ? h("p", { className: "notice", role: "alert" }, stored.notice) : null;
  const tablist = h("div", { role: "tablist", "aria-label": T.tabs.label, className: "tabs" });
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
      h(
        "footer",
        { className: "app-footer" },
        h(
          "nav",
          { className: "site-links", "aria-label": T.footer.linksLabel },
          ...(["support", "privacy", "terms"] as const).map((page) =>
            h("a", { href: SITE_PAGES[page], target: "_blank", rel: "noopener noreferrer" }, T.footer[page]),
          ),
        ),
        h("p", { className: "rate-book" }, T.rateBook(RATE_BOOK_VERSION.label)),
      ),
    ].filter((n): n is HTMLElement => n !== null),
  );
  const first = Math.max(
    0,
    tabs.findIndex((t) => t.id === state.tab),
  );
  select(first, false);

  if (prefs.get(WELCOME_DISMISSED_KEY) !== "1" && !welcomeAwayThisSession) {
    const welcome = welcomeView({
      text: T.welcome,
      helpHref: SITE_PAGES.help,
      // An action opens its tab and puts the welcome away for this session (not for good).
      onAction: (action) => {
        welcomeAwayThisSession = true;
        welcome.remove();
        select(
          tabs.findIndex((t) => t.id === action),
          true,
        );
      },
      onDismiss: () => {
        prefs.set(WELCOME_DISMISSED_KEY, "1");
        welcome.remove();
        // The focus goes to the selected tab, never to the page body.
        const current = buttons.find((b) => b.getAttribute("aria-selected") === "true") ?? buttons[0];
        current.focus();
      },
    });
    root.insertBefore(welcome, tablist);
    if (options.focusOnStart !== false && !state.focus) welcome.querySelector<HTMLElement>("#welcome-title")?.focus();
  }
  if (state.focus) root.querySelector<HTMLElement>(state.focus)?.focus();
}

function safePrefs(): UserPrefs {
  try {
    return storagePrefs();
  } catch {
    return memoryPrefs();
  }
}
