// "Now" for the Node tests. FORUMBOT_TEST_NOW=<ISO instant> runs them as if the run had started at
// that instant (time then runs forward at real speed), so a run for any day can be reproduced;
// unset, it is the real now. The .NET tests read the same variable (Bot.Tests/Fixtures/TestClock.cs).
const raw = process.env.FORUMBOT_TEST_NOW?.trim();
const start = raw ? Date.parse(raw) : null;
if (raw && Number.isNaN(start)) throw new Error(`FORUMBOT_TEST_NOW '${raw}' is not an ISO-8601 instant (e.g. 2027-03-28T00:30:00Z)`);
const loadedAt = Date.now();

/** True when FORUMBOT_TEST_NOW moves the run's clock. */
export const testNowIsSet = start !== null;

/** The run's now as a Date. */
export function testNow() {
  return new Date(start === null ? Date.now() : start + (Date.now() - loadedAt));
}
