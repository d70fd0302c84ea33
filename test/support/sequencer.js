/**
 * Jest's own order (failed suites first, then the slowest of the last run), except that the first
 * suite needing each shared build (test/support/builds.ts: `sharedBuild("…")`) moves to the front.
 * After a source change the first suite to need a build makes it while any other needing it waits,
 * idle: this way the two workers start on different builds, and the production build (for a
 * suite of a few seconds, otherwise run near the end) is made early instead of at the tail.
 */
const fs = require("fs");
const Sequencer = require("@jest/test-sequencer").default;

const SHARED_BUILD = /\bsharedBuild\("(\w+)"\)/;

function buildOf(test) {
  try {
    return SHARED_BUILD.exec(fs.readFileSync(test.path, "utf8"))?.[1] ?? null;
  } catch {
    return null;
  }
}

class SharedBuildsFirst extends Sequencer {
  async sort(tests) {
    const ordered = await super.sort(tests);
    const seen = new Set();
    const first = [];
    for (const test of ordered) {
      const build = buildOf(test);
      if (build && !seen.has(build)) {
        seen.add(build);
        first.push(test);
      }
    }
    return [...first, ...ordered.filter((t) => !first.includes(t))];
  }
}

module.exports = SharedBuildsFirst;
