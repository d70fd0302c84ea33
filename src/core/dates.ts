/**
 * Dates in the rate book are ISO calendar dates (YYYY-MM-DD), compared as text. Excel passes dates
 * as serial numbers (1900 date system: 45292 = 2024-01-01), so both forms are read here.
 */
import { invalidValue } from "./errors";
import { message } from "./messages";

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Excel's serial 25569 is 1970-01-01 (it counts the fictitious 1900-02-29). */
const EXCEL_UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * Excel's 1900 date system counts a 29 February 1900 that never was (serial 60, kept from Lotus
 * 1-2-3): serials from 61 on count from 1899-12-30, the ones before it from 1899-12-31.
 */
const FIRST_SERIAL_AFTER_FALSE_LEAP_DAY = 61;

export function excelSerialToIso(serial: number): IsoDate {
  const day = Math.floor(serial);
  // Days since 1899-12-30; serial 60, Excel's 1900-02-29 that no calendar has, is taken as 1900-02-28.
  const days = day >= FIRST_SERIAL_AFTER_FALSE_LEAP_DAY ? day : day === 60 ? 60 : day + 1;
  return new Date((days - EXCEL_UNIX_EPOCH_SERIAL) * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isoToExcelSerial(iso: IsoDate): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw invalidValue("date", message("date.notIso", { text: iso }));
  const days = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY + EXCEL_UNIX_EPOCH_SERIAL;
  return days >= FIRST_SERIAL_AFTER_FALSE_LEAP_DAY ? days : days - 1;
}

/**
 * Reads an as-of date: an Excel serial (from 1 = 1900-01-01 up to 2958465 = 9999-12-31) or ISO
 * text. Returns null when the caller left it out, meaning "the newest rates".
 */
export function readAsOf(value: unknown, argument = "as_of"): IsoDate | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 1 || value > 2958465) {
      throw invalidValue(argument, message("date.notSerial", { argument }));
    }
    return excelSerialToIso(value);
  }
  if (typeof value === "string") {
    const text = value.trim();
    if (isIsoDate(text)) return text;
    throw invalidValue(argument, message("date.notDateText", { argument, text: value }));
  }
  throw invalidValue(
    argument,
    message("date.wrongType", { argument, what: typeof value === "boolean" ? "TRUE/FALSE" : "a range" }),
  );
}

/** The day before an ISO date (used to show where a rate stopped applying). */
export function dayBefore(iso: IsoDate): IsoDate {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - MS_PER_DAY).toISOString().slice(0, 10);
}
