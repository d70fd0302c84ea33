/** Settings: the default market for new sheets (stored with the workbook) and the pane's language (the person's). */
import { SHOP_MARKETS } from "../core/rates/markets";
import { isLanguage, type Language, LANGUAGES, pickLanguage } from "../i18n/languages";
import { h } from "./dom";
import type { WorkbookHost } from "./host";
import { currentLanguage, marketName } from "./language";
import { paneText } from "./messages";

export const DEFAULT_MARKET_KEY = "tiktokEconomics.defaultMarket";

/**
 * The default market stored with the workbook, validated: a workbook is a file anyone can edit, so
 * an unknown or crafted value falls back to US with a notice instead of reaching the sheets.
 */
export function storedMarket(host: WorkbookHost): { market: string; notice: string | null } {
  const raw = host.loadSetting(DEFAULT_MARKET_KEY);
  if (raw === null) return { market: "US", notice: null };
  const hit = SHOP_MARKETS.find((m) => m.code === raw.trim().toUpperCase());
  if (hit) return { market: hit.code, notice: null };
  const shown = raw.length > 24 ? `${raw.slice(0, 24)}…` : raw;
  return { market: "US", notice: paneText().settings.badMarket(shown) };
}

export interface LanguageSetting {
  /** The stored choice ("" or null: Office's language). */
  readonly chosen: string | null;
  readonly displayLanguage?: string | null;
  readonly onLanguage: (choice: Language | null) => Promise<void>;
}

/** The value of the "as Office" choice in the language list. */
const AUTO = "auto";

export function settingsView(
  host: WorkbookHost,
  onChange: (market: string) => void,
  language?: LanguageSetting,
): HTMLElement {
  const T = paneText().settings;
  const select = h("select", { name: "default-market", id: "default-market" });
  for (const m of SHOP_MARKETS)
    select.append(h("option", { value: m.code }, `${m.code} — ${marketName(m.code, m.name)} (${m.currency})`));
  select.value = storedMarket(host).market;
  const status = h("p", { className: "status", role: "status", "aria-live": "polite" });
  select.addEventListener("change", async () => {
    onChange(select.value);
    try {
      await host.saveSetting(DEFAULT_MARKET_KEY, select.value);
      status.className = "status ok";
      status.textContent = host.kind === "excel" ? T.savedWorkbook : T.savedSession;
    } catch (e) {
      status.className = "status error";
      status.textContent = T.couldNotSave(e instanceof Error ? e.message : String(e));
    }
  });
  return h(
    "section",
    { "aria-labelledby": "settings-title" },
    h("h2", { id: "settings-title" }, T.title),
    h(
      "label",
      { className: "field", for: "default-market" },
      h("span", { className: "field-label" }, T.defaultMarket),
      select,
      h("span", { className: "hint" }, T.marketHint),
    ),
    status,
    language ? languageField(language) : null,
  );
}

/** Each language in its own name, so a reader finds theirs whatever the pane speaks now. */
function languageField(setting: LanguageSetting): HTMLElement {
  const T = paneText().settings;
  const office = pickLanguage(setting.displayLanguage);
  const officeName = LANGUAGES.find((l) => l.code === office)?.native ?? office;
  const select = h(
    "select",
    { name: "pane-language", id: "pane-language" },
    h("option", { value: AUTO }, T.languageAuto(officeName)),
    ...LANGUAGES.map((l) => h("option", { value: l.code, lang: l.code }, l.native)),
  );
  select.value = setting.chosen && isLanguage(setting.chosen) ? currentLanguage() : AUTO;
  select.addEventListener("change", () => {
    const v = select.value;
    void setting.onLanguage(isLanguage(v) ? v : null);
  });
  return h(
    "label",
    { className: "field language-field", for: "pane-language" },
    h("span", { className: "field-label" }, T.language),
    select,
    h("span", { className: "hint" }, T.languageHint),
  );
}
