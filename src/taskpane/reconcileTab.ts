/**
 * The Reconcile tab: pick a sheet holding a TikTok Shop settlement export, and get a NEW sheet that
 * explains every fee line by its rule. The reconciliation code loads only when Reconcile is pressed.
 */
import { SHOP_MARKETS } from "../core/rates/markets";
import { h } from "./dom";
import type { WorkbookHost } from "./host";

const nf = new Intl.NumberFormat("en-US");

export function reconcileView(host: WorkbookHost): HTMLElement {
  const canRead = !!host.listSheets && !!host.readSettlement;
  const sheet = h("select", { id: "reconcile-sheet", name: "sheet" });
  const market = h(
    "select",
    { id: "reconcile-market", name: "market" },
    h("option", { value: "" }, "From the file's currency"),
    ...SHOP_MARKETS.map((m) => h("option", { value: m.code }, `${m.code} — ${m.name}`)),
  );
  const tolerance = h("input", {
    id: "reconcile-tolerance",
    name: "tolerance",
    type: "text",
    inputmode: "decimal",
    placeholder: "one minor unit",
  });
  const run = h("button", { className: "primary", type: "button", disabled: !canRead }, "Reconcile");
  const cancel = h("button", { type: "button", hidden: true }, "Cancel");
  const progress = h("progress", { max: 1, value: 0, hidden: true, "aria-label": "Progress" });
  const status = h("p", { className: "status", role: "status", "aria-live": "polite" });
  const result = h("div", { className: "reconcile-result" });

  const refresh = async () => {
    if (!host.listSheets) return;
    const names = await host.listSheets();
    const chosen = sheet.value;
    sheet.replaceChildren(...names.map((n) => h("option", { value: n }, n)));
    if (names.includes(chosen)) sheet.value = chosen;
  };
  if (canRead) void refresh().catch((e) => (status.textContent = String(e)));

  let controller: AbortController | null = null;
  cancel.addEventListener("click", () => controller?.abort());
  run.addEventListener("click", async () => {
    if (!sheet.value) {
      status.className = "status error";
      status.textContent = "Choose the sheet that holds the export (open or paste the file into this workbook first).";
      return;
    }
    controller = new AbortController();
    run.disabled = true;
    cancel.hidden = false;
    progress.hidden = false;
    progress.removeAttribute("value");
    status.className = "status busy";
    status.textContent = "Loading the statement reader…";
    result.replaceChildren();
    try {
      const { reconcileSheet } = await import(/* webpackChunkName: "reconcile" */ "./reconcileRun");
      const outcome = await reconcileSheet(host, {
        sheet: sheet.value,
        market: market.value || null,
        tolerance: tolerance.value.trim() === "" ? null : tolerance.value.trim(),
        signal: controller.signal,
        onProgress: (step, done, total) => {
          progress.max = Math.max(total, 1);
          progress.value = done;
          status.textContent = `${step} rows: ${nf.format(done)} of ${nf.format(total)}…`;
        },
      });
      const s = outcome.summary;
      status.className = "status ok";
      status.textContent = `Written to the new sheet "${outcome.sheetName}".`;
      result.replaceChildren(
        h(
          "ul",
          { className: "summary" },
          h("li", {}, `${s.layoutTitle} · ${s.market} · ${s.currency}`),
          h("li", {}, `${nf.format(s.orders)} orders in ${nf.format(s.rows)} rows`),
          h("li", {}, `${nf.format(s.matched)} match, ${nf.format(s.mismatched)} mismatch`),
          h("li", {}, `${nf.format(s.notModelled)} not modelled, ${nf.format(s.skipped)} skipped`),
          s.lostDigitIds > 0
            ? h("li", { className: "warning" }, `${nf.format(s.lostDigitIds)} IDs stored as numbers lost digits`)
            : null,
        ),
      );
    } catch (e) {
      status.className = "status error";
      status.textContent = e instanceof Error ? e.message : String(e);
    } finally {
      controller = null;
      run.disabled = !canRead;
      cancel.hidden = true;
      progress.hidden = true;
    }
  });

  const field = (label: string, control: HTMLElement) =>
    h("div", { className: "field" }, h("label", { for: control.id }, label), control);
  return h(
    "section",
    { "aria-labelledby": "reconcile-title" },
    h("h2", { id: "reconcile-title" }, "Reconcile a settlement"),
    h(
      "p",
      { className: "purpose" },
      "Open or paste a TikTok Shop export (Income “Order details”, statement order details or unsettled orders) into a sheet, then choose it. The sheet is only read; the result goes to a new sheet.",
    ),
    canRead
      ? null
      : h("p", { className: "notice", role: "note" }, "Reconciling needs Excel or the preview (npm run preview)."),
    field("Sheet", sheet),
    field("Market", market),
    field("Tolerance per fee", tolerance),
    h("div", { className: "actions" }, run, cancel),
    progress,
    status,
    result,
  );
}
