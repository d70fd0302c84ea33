/**
 * The day the sources cited in the rate book were read: the research behind every entry
 * (docs/research/rates.md, with its source registry S01…S228) was compiled from pages read on or
 * before this day. An entry read later carries its own date.
 */
export const RESEARCH_READ = "2026-11-24";
