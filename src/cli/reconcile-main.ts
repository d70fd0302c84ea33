/** Stand-alone entry of `reconcile` (until the main CLI dispatches to it): node build/cli/cli/reconcile-main.js FILE … */
import { reconcileCommand } from "./reconcile";

void reconcileCommand(process.argv.slice(2), process.stdout, process.stderr).then((code) => {
  process.exitCode = code;
});
