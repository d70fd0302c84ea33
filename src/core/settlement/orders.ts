/**
 * The order export (Orders → Manage orders → Export, sheet OrderSKUList), indexed by order ID so a
 * settlement can be joined to it: which delivered orders were never settled, which settled IDs
 * have no order, and each order's category. One row per SKU; the row under the header may be
 * TikTok's field descriptions ("Platform unique order ID."), which is skipped.
 */
import type { IsoDate } from "../dates";
import { invalidValue } from "../errors";
import { message } from "./messages";
import { HEADER_SCAN_ROWS, type Header, detectHeaderRow, refusal } from "./layouts";
import { type Cell, readDate, readId, readText } from "./values";

export interface OrderRecord {
  readonly status: string;
  readonly created: IsoDate | null;
  readonly delivered: IsoDate | null;
  readonly category: string;
}

export interface OrderIndex {
  readonly orders: ReadonlyMap<string, OrderRecord>;
  /** IDs that arrived as numbers ≥ 1e15 (digits lost): counted, never matched. */
  readonly lostDigitIds: number;
  readonly rows: number;
}

export interface OrderIndexBuilder {
  push(row: readonly Cell[]): void;
  finish(): OrderIndex;
}

/** Builds the index row by row (rows of a CSV stream or an xlsx sheet, header included). */
export function createOrderIndex(): OrderIndexBuilder {
  const pending: (readonly Cell[])[] = [];
  let header: Header | null = null;
  const orders = new Map<string, OrderRecord>();
  let lostDigitIds = 0;
  let rows = 0;
  let firstDataRow = true;

  function take(row: readonly Cell[], h: Header): void {
    const idCell = row[h.index.orderId as number];
    const idText = readText(idCell);
    if (idText === "") return;
    // The description row: free text where an ID belongs.
    if (firstDataRow && /[a-z]{3,}\s/i.test(idText)) {
      firstDataRow = false;
      return;
    }
    firstDataRow = false;
    rows++;
    const id = readId(idCell);
    if (!id) return;
    if (id.lostDigits) {
      lostDigitIds++;
      return;
    }
    if (orders.has(id.id)) return; // further SKU lines of the same order
    const at = (k: keyof Header["index"]) => (h.index[k] === undefined ? null : row[h.index[k] as number]);
    const status = readText(at("orderStatus"));
    const monthFirst = /[AP]M\s*$/i.test(readText(at("orderCreated")));
    let created: IsoDate | null = null;
    let delivered: IsoDate | null = null;
    try {
      created = readDate(at("orderCreated"), "Created Time", monthFirst);
      delivered = readDate(at("orderDelivered"), "Delivered Time", monthFirst);
    } catch {
      // A date the reader cannot place leaves the order without one; the join does not need it.
    }
    orders.set(id.id, { status, created, delivered, category: readText(at("productCategory")) });
  }

  return {
    push(row) {
      if (header) return take(row, header);
      pending.push(row);
      const h = detectHeaderRow(row, pending.length - 1);
      if (h) {
        if (h.layout.id !== "orderExport") {
          throw invalidValue("orders", message("settlement.ordersNotOrderExport", { layout: h.layout.title }));
        }
        header = h;
        pending.length = 0;
      } else if (pending.length >= HEADER_SCAN_ROWS) {
        throw refusal(pending);
      }
    },
    finish() {
      if (!header) throw refusal(pending);
      return { orders, lostDigitIds, rows };
    },
  };
}

/** Delivered or completed: an order the seller should have been paid for. */
export function isDelivered(record: OrderRecord): boolean {
  if (/cancel|batal|return|refund/i.test(record.status)) return false;
  return /deliver|complet|selesai|terkirim/i.test(record.status) || record.delivered !== null;
}
