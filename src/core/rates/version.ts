/**
 * The rate book's version: its newest effective date plus a short hash of its content, so a
 * workbook can say exactly which rates it was computed with (=TIKTOK.RATEBOOK()).
 */
import type { RateEntry } from "./types";

/** cyrb53: a fast, well-mixed 53-bit string hash; no crypto needed, only change detection. */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(16).padStart(14, "0");
}

/** Serialises entries with sorted keys so that the hash depends on content, not on key order. */
export function canonicalText(entries: readonly RateEntry[]): string {
  return entries
    .map((e) => JSON.stringify(e, Object.keys(e).sort()))
    .sort()
    .join("\n");
}

export interface RateBookVersion {
  readonly newestEffective: string;
  readonly hash: string;
  /** "2026-06-15+1a2b3c4" — what =TIKTOK.RATEBOOK() shows. */
  readonly label: string;
}

export function rateBookVersion(entries: readonly RateEntry[], newestEffective: string): RateBookVersion {
  const hash = contentHash(canonicalText(entries)).slice(0, 8);
  return { newestEffective, hash, label: `${newestEffective}+${hash}` };
}
