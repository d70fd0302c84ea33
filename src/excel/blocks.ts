/**
 * Sizing Excel requests for big sheets, with no Office import (tested on its own). Limits
 * (docs/research/office-limits.md): a read returns at most 5,000,000 cells and Excel on the
 * web caps a request and a response at 5 MB each. Blocks stay far below both: at most 5,000 rows and
 * 100,000 cells, which at ~20 bytes a cell is ~2 MB of JSON; a payload error halves the block.
 */
export const MAX_BLOCK_ROWS = 5000;
export const MAX_BLOCK_CELLS = 100_000;

/** Rows per request for a given width. */
export function blockRows(columns: number, maxRows = MAX_BLOCK_ROWS): number {
  return Math.max(1, Math.min(maxRows, Math.floor(MAX_BLOCK_CELLS / Math.max(1, columns))));
}

/** Consecutive runs of column indexes ([0,1,2,7,8] → [[0,3],[7,2]] as [start, count]). */
export function columnRuns(indexes: readonly number[]): [number, number][] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === i) last[1]++;
    else runs.push([i, 1]);
  }
  return runs;
}

/** Excel's answer when a request or response is over its size limit (web: 5 MB). */
export function isPayloadTooLarge(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  const text = `${e?.code ?? ""} ${e?.message ?? ""}`;
  return /PayloadSizeLimitExceeded|payload.*(large|limit)|RequestEntityTooLarge|response.*too large/i.test(text);
}

export class CancelledError extends Error {
  constructor() {
    super("Cancelled: nothing was written.");
    this.name = "CancelledError";
  }
}

export interface BlockOptions {
  readonly maxBlockRows?: number;
  readonly signal?: AbortSignal;
}

/**
 * Runs `total` rows through Excel in blocks, one sync each: `queue` queues a block's reads or writes
 * (rows offset … offset + count − 1), `take` reads its results after the sync. A payload error
 * halves the block and queues it again; Cancel is checked between blocks. Returns the syncs made.
 */
export async function syncInBlocks<T>(
  context: Excel.RequestContext,
  total: number,
  width: number,
  options: BlockOptions & { readonly onBlock?: (done: number) => void },
  queue: (offset: number, count: number) => T,
  take: (offset: number, count: number, queued: T) => void = () => undefined,
): Promise<number> {
  let size = blockRows(width, options.maxBlockRows);
  let done = 0;
  let syncs = 0;
  while (done < total) {
    checkCancelled(options.signal);
    const count = Math.min(size, total - done);
    const queued = queue(done, count);
    try {
      syncs++;
      // One sync per block: the blocks exist to keep each request under Excel's size limits.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (isPayloadTooLarge(e) && size > 1) {
        size = Math.max(1, Math.floor(size / 2));
        continue;
      }
      throw e;
    }
    take(done, count, queued);
    done += count;
    options.onBlock?.(done);
  }
  return syncs;
}

/** Throws CancelledError when the user pressed Cancel. */
export function checkCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new CancelledError();
}
