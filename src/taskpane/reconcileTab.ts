/**
 * The Reconcile tab: pick a sheet holding a TikTok Shop settlement export, and get a NEW sheet that
 * explains every fee line by its rule. The reconciliation code loads only when Reconcile is pressed.
 */
import { errorText } from "../i18n/active";
import { isCoreError } from "../core/errors";
import { SHOP_MARKETS } from "../core/rates/markets";
import type { ColumnMapping } from "../core/settlement";
import { h, PANEL_SHOWN } from "./dom";
import type { SheetChange, WorkbookHost } from "./host";
import { currentLanguage, marketName } from "./language";
import { paneText } from "./messages";

export function reconcileView(host: WorkbookHost): HTMLElement {
  const T = paneText().reconcile;
  // Counts grouped as the reader's language groups them (1.234 in German, 1,234 in English).
  const nf = new Intl.NumberFormat(currentLanguage());
  const canRead = !!host.listSheets && !!host.readSettlement;
  const sheet = h("select", { id: "reconcile-sheet", name: "sheet" });
  // The second source: a saved Open API response the user brings, read on this computer (File.text).
  const sourceRadio = (value: "sheet" | "json", label: string) => {
    const input = h("input", { type: "radio", name: "reconcile-source", value, id: `reconcile-source-${value}` });
    return { input, label: h("label", { className: "choice" }, input, ` ${label}`) };
  };
  const fromSheet = sourceRadio("sheet", T.sourceSheet);
  const fromJson = sourceRadio("json", T.sourceJson);
  fromSheet.input.checked = true;
  const jsonFile = h("input", {
    id: "reconcile-json",
    name: "json",
    type: "file",
    accept: ".json,application/json",
  });
  const market = h(
    "select",
    { id: "reconcile-market", name: "market" },
    h("option", { value: "" }, T.fromFile),
    ...SHOP_MARKETS.map((m) => h("option", { value: m.code }, `${m.code} — ${marketName(m.code, m.name)}`)),
  );
  const tolerance = h("input", {
    id: "reconcile-tolerance",
    name: "tolerance",
    type: "text",
    inputmode: "decimal",
    placeholder: T.tolerancePlaceholder,
  });
  const run = h("button", { className: "primary", type: "button", disabled: !canRead }, T.run);
  const cancel = h("button", { type: "button", hidden: true }, T.cancel);
  const progress = h("progress", { max: 1, value: 0, hidden: true, "aria-label": T.progress });
  const status = h("p", { className: "status", role: "status", "aria-live": "polite" });
  const result = h("div", { className: "reconcile-result" });
  // The column mapping form (or the offer of a saved mapping) for a sheet no dictionary knows.
  const mappingArea = h("div", { className: "mapping-area" });

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
    // A view the pane has dropped (drawn again in another language) stops listening.
    host.onSheetsChanged?.((change) => {
      if (sheet.isConnected) void refresh(change).catch(report);
    });
  }

  let controller: AbortController | null = null;
  cancel.addEventListener("click", () => controller?.abort());
  /** Reconciles the chosen source; a sheet with a confirmed column mapping when one was given. */
  const reconcile = async (json: File | null, mapping?: ColumnMapping, note = "") => {
    mappingArea.replaceChildren();
    controller = new AbortController();
    running = true;
    // aria-disabled, not disabled: a disabled button drops the keyboard focus to the page.
    run.setAttribute("aria-disabled", "true");
    cancel.hidden = false;
    progress.hidden = false;
    progress.removeAttribute("value");
    status.className = "status busy";
    status.textContent = T.loadingReader;
    result.replaceChildren();
    try {
      const { reconcileSheet, reconcileJson } = await import(/* webpackChunkName: "reconcile" */ "./reconcileRun");
      const options = {
        market: market.value || null,
        tolerance: tolerance.value.trim() === "" ? null : tolerance.value.trim(),
        signal: controller.signal,
        onProgress: (step: "Reading" | "Writing", done: number, total: number) => {
          progress.max = Math.max(total, 1);
          progress.value = done;
          status.textContent = (step === "Reading" ? T.reading : T.writing)(nf.format(done), nf.format(total));
        },
      };
      const outcome = json
        ? await reconcileJson(host, { ...options, fileName: json.name, text: await json.text() })
        : await reconcileSheet(host, { ...options, sheet: sheet.value, ...(mapping ? { mapping } : {}) });
      const s = outcome.summary;
      status.className = "status ok";
      status.textContent = note ? `${T.written(outcome.sheetName)} ${note}` : T.written(outcome.sheetName);
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
          h("li", {}, `${outcome.layoutTitle} · ${s.market} · ${s.currency}`),
          h("li", {}, T.orders(nf.format(s.orders), nf.format(s.rows))),
          h("li", {}, matchText, s.mismatched > 0 ? h("strong", { className: "bad" }, mismatchText) : mismatchText),
          h("li", {}, T.notModelled(nf.format(s.notModelled), nf.format(s.skipped))),
          s.lostDigitIds > 0 ? h("li", { className: "warning" }, T.lostDigits(nf.format(s.lostDigitIds))) : null,
        ),
        ...(mismatches ? [mismatches] : []),
      );
    } catch (e) {
      status.className = "status error";
      status.textContent = isCoreError(e) ? errorText(e) : e instanceof Error ? e.message : String(e);
    } finally {
      controller = null;
      running = false;
      run.removeAttribute("aria-disabled");
      cancel.hidden = true;
      progress.hidden = true;
    }
  };

  /**
   * Before a sheet is read: its header known, it is reconciled as ever; else a saved mapping that
   * fits is offered, or the columns are to be mapped (#21). Nothing is applied without a press.
   */
  let preparing = false;
  const prepare = async () => {
    if (!host.readTop) return reconcile(null);
    if (preparing) return;
    preparing = true;
    try {
      await offerMapping(host.readTop);
    } finally {
      preparing = false;
    }
  };
  const offerMapping = async (readTop: NonNullable<WorkbookHost["readTop"]>) => {
    status.className = "status busy";
    status.textContent = T.loadingReader;
    result.replaceChildren();
    mappingArea.replaceChildren();
    const name = sheet.value;
    const { planFor, savedMappings, saveMapping, formFromMapping, TOP_ROWS } = await import(
      /* webpackChunkName: "reconcile" */ "./columnMapping"
    );
    const { mappingFormView, savedOfferView } = await import(/* webpackChunkName: "reconcile" */ "./columnMappingView");
    const rows = await readTop(name, TOP_ROWS);
    const step = planFor(rows, savedMappings(host));
    if (step.kind === "known") return reconcile(null);
    status.className = "status";
    status.textContent = "";
    if (step.kind === "noHeader") {
      status.className = "status error";
      status.textContent = T.mapping.noHeader;
      return;
    }
    const showForm = (form: Parameters<typeof mappingFormView>[0]) => {
      const view = mappingFormView(form, {
        onUse: (mapping) => {
          void (async () => {
            let note: string = T.mapping.saved;
            try {
              await saveMapping(host, mapping);
            } catch (e) {
              // Not saved (no workbook settings): this file is still reconciled with it, and the pane says so.
              note = paneText().settings.couldNotSave(e instanceof Error ? e.message : String(e));
            }
            await reconcile(null, mapping, note);
          })();
        },
        onDiscard: () => {
          mappingArea.replaceChildren();
          status.className = "status";
          status.textContent = T.mapping.discarded;
          run.focus();
        },
      });
      mappingArea.replaceChildren(view);
      view.querySelector("select")?.focus();
    };
    if (step.kind === "saved") {
      mappingArea.replaceChildren(
        savedOfferView({
          onUse: () => void reconcile(null, step.mapping),
          onEdit: () => showForm(formFromMapping(step.mapping, rows)),
        }),
      );
      mappingArea.querySelector("button")?.focus();
    } else showForm(step.form);
  };

  run.addEventListener("click", async () => {
    if (running) return;
    const json = fromJson.input.checked ? (jsonFile.files?.[0] ?? null) : null;
    if (fromJson.input.checked && !json) {
      status.className = "status error";
      status.textContent = T.chooseJson;
      return;
    }
    if (!json && !sheet.value) {
      status.className = "status error";
      status.textContent = T.chooseSheet;
      return;
    }
    if (json) await reconcile(json);
    else await prepare().catch(report);
  });

  const field = (label: string, control: HTMLElement) =>
    h("div", { className: "field" }, h("label", { for: control.id }, label), control);
  const sheetField = field(T.sheet, sheet);
  const jsonField = field(T.jsonFile, jsonFile);
  const showSource = () => {
    sheetField.hidden = fromJson.input.checked;
    jsonField.hidden = !fromJson.input.checked;
  };
  fromSheet.input.addEventListener("change", showSource);
  fromJson.input.addEventListener("change", showSource);
  showSource();
  const view = h(
    "section",
    { "aria-labelledby": "reconcile-title" },
    h("h2", { id: "reconcile-title" }, T.title),
    h("p", { className: "purpose" }, T.purpose),
    canRead ? null : h("p", { className: "notice", role: "note" }, T.needsHost),
    h("fieldset", { className: "reconcile-source" }, h("legend", {}, T.source), fromSheet.label, fromJson.label),
    sheetField,
    jsonField,
    field(T.market, market),
    field(T.tolerance, tolerance),
    h("div", { className: "actions" }, run, cancel),
    progress,
    status,
    mappingArea,
    result,
  );
  // Shown again after another tab: the workbook may have changed meanwhile (hosts without events).
  if (canRead) view.addEventListener(PANEL_SHOWN, () => void refresh().catch(report));
  return view;
}
