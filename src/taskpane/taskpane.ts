/**
 * Task pane entry. Inside Excel the pane writes through Office.js; in the preview it uses the
 * preview's host; in a plain browser Office.onReady gives no host and inserting explains what is
 * needed.
 */
import { renderApp } from "./app";
import { excelHost, noHost, previewHost } from "./host";

Office.onReady((info) => {
  const root = document.getElementById("main");
  if (!root) return;
  const host = info.host === Office.HostType.Excel ? excelHost : (previewHost() ?? noHost);
  renderApp(root, host);
});
