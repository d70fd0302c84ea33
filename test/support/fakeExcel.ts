/**
 * A counting stand-in for Excel.RequestContext: it records every write the host queues, counts
 * context.sync() calls, and can fail a chosen sync the way Excel reports a bad batch.
 */
export interface FakeWorkbookState {
  sheets: string[];
  tables: string[];
  /** Every property write and method call, as "path = value" or "path(args)". */
  log: string[];
  syncs: number;
  /** 1-based sync number that throws, if any. */
  failOnSync?: number;
  deleted: string[];
}

function recorder(state: FakeWorkbookState, path: string): unknown {
  const target = function () {} as unknown as Record<string, unknown>;
  return new Proxy(target, {
    get(_t, prop) {
      if (prop === "then") return undefined;
      return recorder(state, `${path}.${String(prop)}`);
    },
    set(_t, prop, value) {
      state.log.push(`${path}.${String(prop)} = ${JSON.stringify(value)}`);
      return true;
    },
    apply(_t, _this, args) {
      // The returned object's path keeps the arguments, so a write names its range: getRange("B5").x = 1.
      const call = `${path}(${args.map((a) => JSON.stringify(a)).join(", ")})`;
      state.log.push(call);
      return recorder(state, call);
    },
  });
}

export function fakeContext(state: FakeWorkbookState): Excel.RequestContext {
  const sheetsItems = () => state.sheets.map((name) => ({ name }));
  const worksheets = {
    load: () => undefined,
    get items() {
      return sheetsItems();
    },
    add(name: string) {
      state.log.push(`worksheets.add(${JSON.stringify(name)})`);
      const sheet = recorder(state, `sheet[${name}]`) as Record<string, unknown>;
      return new Proxy(sheet, {
        get(t, prop) {
          if (prop === "delete") {
            return () => {
              state.log.push(`sheet[${name}].delete()`);
              state.deleted.push(name);
            };
          }
          return (t as Record<string | symbol, unknown>)[prop];
        },
      });
    },
  };
  const tables = {
    load: () => undefined,
    get items() {
      return state.tables.map((name) => ({ name }));
    },
  };
  return {
    workbook: { worksheets, tables },
    sync: async () => {
      state.syncs++;
      if (state.failOnSync === state.syncs) throw new Error("InvalidArgument: the range is not valid (simulated)");
    },
  } as unknown as Excel.RequestContext;
}

export function newState(partial: Partial<FakeWorkbookState> = {}): FakeWorkbookState {
  return { sheets: ["Sheet1"], tables: [], log: [], syncs: 0, deleted: [], ...partial };
}
