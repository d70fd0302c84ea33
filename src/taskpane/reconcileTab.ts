/**
 * The Reconcile tab: pick a sheet holding a TikTok Shop settlement export, and get a NEW sheet that
 * explains every fee line by its rule. The reconciliation code loads only when Reconcile is pressed.
 */
import { SHOP_MARKETS } from "../core/rates/markets";
import { h, PANEL_SHOWN } from "./dom";
import type { SheetChange, WorkbookHost } from "./host";
import { PANE_TEXT } from "./messages";

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

  let running = false;
  /**
   * Lists the workbook's sheets again. A sheet the user just added (a file opened, a sheet pasted)
   * becomes the choice, unless a reconciliation is running; sheets the add-in wrote never do.
   */
  const refresh = async (change?: SheetChange) => {
    if (!host.listSheets) return;
    const names = await host.listSheets();
    const chosen = sheet.value;
    sheet.replaceChildren(...names.map((n) => h("option", { value: n }, n)));
    const wanted = change && change.sheet && !change.byAddin && !running ? change.sheet : chosen;
    if (names.includes(wanted)) sheet.value = wanted;
    else if (names.includes(chosen)) sheet.value = chosen;
  };
  const report = (e: unknown) => {
    status.className = "status error";
    status.textContent = e instanceof Error ? e.message : String(e);
  };
  if (canRead) {
    void refresh().catch(report);
    host.onSheetsChanged?.((change) => void refresh(change).catch(report));
  }

  let controller: AbortController | null = null;
  cancel.addEventListener("click", () => controller?.abort());
  run.addEventListener("click", async () => {
    if (running) return;
    if (!sheet.value) {
      status.className = "status error";
      status.textContent = "Choose the sheet that holds the export (open or paste the file into this workbook first).";
      return;
    }
    controller = new AbortController();
    running = true;
    // aria-disabled, not disabled: a disabled button drops the keyboard focus to the page.
    run.setAttribute("aria-disabled", "true");
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
      const T = PANE_TEXT.reconcile;
      status.className = "status ok";
      status.textContent = `Written to the new sheet "${outcome.sheetName}".`;
      const [matchText, mismatchText] = T.counts(nf.format(s.matched), nf.format(s.mismatched));
      const mismatches =
        outcome.mismatches.length === 0
          ? null
          : h(
              "section",
              { className: "mismatches", "aria-labelledby": "mismatches-title" },
              h("h3", { id: "mismatches-title" }, T.mismatchesTitle),
              h(
                "ul",
                {},
                ...outcome.mismatches.map((m) =>
                  h(
                    "li",
                    { className: m.overcharged ? "overcharged" : "undercharged" },
                    h("span", { className: "order" }, m.order),
                    ...m.fees.map((f) => h("span", { className: "fee" }, f)),
                    h("strong", { className: "verdict" }, m.verdict),
                  ),
                ),
              ),
              s.mismatched > outcome.mismatches.length
                ? h("p", { className: "hint" }, T.more(nf.format(s.mismatched - outcome.mismatches.length)))
                : null,
            );
      result.replaceChildren(
        h(
          "ul",
          { className: "reconcile-summary" },
          h("li", {}, `${s.layoutTitle} · ${s.market} · ${s.currency}`),
          h("li", {}, `${nf.format(s.orders)} orders in ${nf.format(s.rows)} rows`),
          h("li", {}, matchText, s.mismatched > 0 ? h("strong", { className: "bad" }, mismatchText) : mismatchText),
          h("li", {}, `${nf.format(s.notModelled)} not modelled, ${nf.format(s.skipped)} skipped`),
          s.lostDigitIds > 0
            ? h("li", { className: "warning" }, `${nf.format(s.lostDigitIds)} IDs stored as numbers lost digits`)
            : null,
        ),
        ...(mismatches ? [mismatches] : []),
      );
    } catch (e) {
      status.className = "status error";
      status.textContent = e instanceof Error ? e.message : String(e);
    } finally {
      controller = null;
      running = false;
      run.removeAttribute("aria-disabled");
      cancel.hidden = true;
      progress.hidden = true;
    }
  });

  const field = (label: string, control: HTMLElement) =>
    h("div", { className: "field" }, h("label", { for: control.id }, label), control);
  const view = h(
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
  // Shown again after another tab: the workbook may have changed meanwhile (hosts without events).
  if (canRead) view.addEventListener(PANEL_SHOWN, () => void refresh().catch(report));
  return view;
}
