/** Settings: the default market for new sheets, stored with the workbook. */
import { SHOP_MARKETS } from "../core/rates/markets";
import { h } from "./dom";
import type { WorkbookHost } from "./host";
import { PANE_TEXT } from "./messages";

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
  return {
    market: "US",
    notice: `This workbook's saved default market "${shown}" is not one the rate book knows: using US. Choose one in Settings.`,
  };
}

export function settingsView(host: WorkbookHost, onChange: (market: string) => void): HTMLElement {
  const select = h("select", { name: "default-market", id: "default-market" });
  for (const m of SHOP_MARKETS) select.append(h("option", { value: m.code }, `${m.code} — ${m.name} (${m.currency})`));
  select.value = storedMarket(host).market;
  const status = h("p", { className: "status", role: "status", "aria-live": "polite" });
  select.addEventListener("change", async () => {
    onChange(select.value);
    try {
      await host.saveSetting(DEFAULT_MARKET_KEY, select.value);
      status.className = "status ok";
      status.textContent = host.kind === "excel" ? "Saved with this workbook." : "Saved for this session.";
    } catch (e) {
      status.className = "status error";
      status.textContent = `Could not save: ${e instanceof Error ? e.message : String(e)}`;
    }
  });
  return h(
    "section",
    { "aria-labelledby": "settings-title" },
    h("h2", { id: "settings-title" }, "Settings"),
    h(
      "label",
      { className: "field", for: "default-market" },
      h("span", { className: "field-label" }, "Default market for new sheets"),
      select,
      h("span", { className: "hint" }, PANE_TEXT.settings.marketHint),
    ),
    status,
  );
}
