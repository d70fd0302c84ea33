/**
 * The pane's own preferences, which belong to the person rather than to a workbook: whether the
 * welcome was dismissed, and the language chosen in Settings. (The default market is the
 * workbook's: host.loadSetting.) Inside Office they go to roaming settings where the host has them
 * (Outlook only today) and otherwise to localStorage under Office's partition key, as Microsoft
 * asks of add-ins; outside Office (the preview, a browser) to plain localStorage. Where storage is
 * refused (private modes, blocked third-party storage) they live only while the pane is open.
 */
export interface UserPrefs {
  get(key: string): string | null;
  /** Never throws: a preference that cannot be kept is still used for this session. */
  set(key: string, value: string): void;
}

export const WELCOME_DISMISSED_KEY = "tiktokEconomics.welcomeDismissed";
export const LANGUAGE_KEY = "tiktokEconomics.language";

/** Kept for this page only. */
export function memoryPrefs(): UserPrefs {
  const values = new Map<string, string>();
  return { get: (k) => values.get(k) ?? null, set: (k, v) => void values.set(k, v) };
}

/** localStorage (keys prefixed with `prefix`), falling back to memory for whatever it refuses. */
export function storagePrefs(prefix = "", storage: () => Storage | null = defaultStorage): UserPrefs {
  const memory = memoryPrefs();
  return {
    get: (key) => {
      const kept = memory.get(key);
      if (kept !== null) return kept;
      try {
        return storage()?.getItem(prefix + key) ?? null;
      } catch {
        return null;
      }
    },
    set: (key, value) => {
      memory.set(key, value);
      try {
        storage()?.setItem(prefix + key, value);
      } catch {
        // Storage full or refused: the memory copy serves this session.
      }
    },
  };
}

function defaultStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** What the pane needs of Office.context (loosely: either part may be missing on a host). */
interface OfficeContextLike {
  readonly partitionKey?: string;
  readonly roamingSettings?: {
    get(name: string): unknown;
    set(name: string, value: unknown): void;
    saveAsync(callback?: (result: unknown) => void): void;
  };
}

/** Preferences inside Office: roaming settings when the host offers them, else partitioned localStorage. */
export function officePrefs(context: OfficeContextLike | undefined): UserPrefs {
  const roaming = context?.roamingSettings;
  if (roaming) {
    const memory = memoryPrefs();
    return {
      get: (key) => {
        const kept = memory.get(key);
        if (kept !== null) return kept;
        try {
          const value = roaming.get(key);
          return typeof value === "string" ? value : null;
        } catch {
          return null;
        }
      },
      set: (key, value) => {
        memory.set(key, value);
        try {
          roaming.set(key, value);
          roaming.saveAsync();
        } catch {
          // Kept in memory for this session.
        }
      },
    };
  }
  // Office partitions an add-in's storage per host document domain; the key keeps ours apart.
  const partition = context?.partitionKey;
  return storagePrefs(partition ? `${partition}/` : "");
}
