/**
 * `tiktok-economics reconcile …` run in-process, as the settlement CLI tests call it: the exit code
 * and everything written to stdout and stderr.
 */
import { Writable } from "stream";
import { reconcileCommand } from "../../src/cli/reconcile";

function sink() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join("") };
}

export async function runReconcile(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = sink();
  const err = sink();
  const code = await reconcileCommand(argv, out.stream, err.stream);
  return { code, out: out.text(), err: err.text() };
}
