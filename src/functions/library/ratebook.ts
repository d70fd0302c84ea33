/** Functions about the rate book itself. */
import { RATE_BOOK_VERSION } from "../../core/rates";

/** The rate book version: newest effective date + content hash, e.g. "2026-06-15+1a2b3c4d". */
export function rateBookVersion(): string {
  return RATE_BOOK_VERSION.label;
}
