// End to end in a real browser: the schedule CLI's pass sends Sara Nielsen (frontline demo user)
// her update cards for Fritidsjobnetværket's next meeting; she fills one in the Agents Playground
// and submits it (Action.Execute), and the submitted summary replaces the form.
// FORUMBOT_UPDATE_DOCS=1 refreshes docs/update-card.png from this run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PNG } from 'pngjs';
import { openPersonalChat, root, screenshotPath, send, startStack } from '../lib/stack.mjs';
import { testNow } from '../lib/test-now.mjs';

const zone = 'Europe/Copenhagen';

/** A wall-clock time in the zone as a UTC Date (tries both Copenhagen offsets). */
function localToUtc(year, month, day, hour, minute) {
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(Date.UTC(year, month - 1, day, hour - offsetHours, minute));
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23',
    }).formatToParts(candidate).map((p) => [p.type, Number(p.value)]));
    if (parts.day === day && parts.hour === hour && parts.minute === minute) return candidate;
  }
  throw new Error(`no UTC instant for ${year}-${month}-${day} ${hour}:${minute} in ${zone}`);
}

/**
 * Fritidsjobnetværket meets on the first Tuesday of the month at 09:00 (cadence "0 9 * * 2#1"),
 * asks for updates 7 days before and wants them 2 days before. The first meeting whose deadline
 * is still an hour away: a pass as of its prompt sends the cards, and they can be submitted then.
 */
function nextFritidsjobRequest(now) {
  for (let i = 0; i < 24; i++) {
    const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + i, 1));
    const year = first.getUTCFullYear();
    const month = first.getUTCMonth() + 1;
    const tuesday = 1 + ((2 - first.getUTCDay() + 7) % 7);
    const local = (daysBefore) => {
      const d = new Date(Date.UTC(year, month - 1, tuesday - daysBefore));
      return localToUtc(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), 9, 0);
    };
    if (local(2).getTime() > now.getTime() + 3600_000) return { prompt: local(7), deadline: local(2) };
  }
  throw new Error('no meeting found');
}

// Any day: when the prompt is still ahead (the usual case), the bot's and the CLI's clock start
// just after it (the test-only ForumBot:Testing:ClockStart), since a sending pass may not be in the
// future and cards are answered on the service's clock; otherwise they run on the run's now.
const now = testNow();
const request = nextFritidsjobRequest(now);
const clockStart = request.prompt > now ? new Date(request.prompt.getTime() + 2 * 60_000) : undefined;

/** Two PNGs next to each other on white, top-aligned, as one PNG buffer. */
function sideBySide(leftFile, rightFile, gap = 24) {
  const [left, right] = [leftFile, rightFile].map((f) => PNG.sync.read(readFileSync(f)));
  const out = new PNG({ width: left.width + gap + right.width, height: Math.max(left.height, right.height) });
  out.data.fill(255);
  PNG.bitblt(left, out, 0, 0, left.width, left.height, 0, 0);
  PNG.bitblt(right, out, 0, 0, right.width, right.height, left.width + gap, 0);
  return PNG.sync.write(out);
}

describe('Frontline update card in the Playground', { timeout: 300_000 }, () => {
  let stack;
  const saved = process.env.Scheduling__Enabled;
  before(async () => {
    // The schedule CLI does the pass; the bot's own scheduler must not hold the lease meanwhile.
    process.env.Scheduling__Enabled = 'false';
    stack = await startStack({ as: 'frontline', clockStart });
  });
  after(async () => {
    await stack?.stop();
    if (saved === undefined) delete process.env.Scheduling__Enabled; else process.env.Scheduling__Enabled = saved;
  });

  test('the schedule pass delivers the update card; filled and submitted, it becomes the summary', async () => {
    // Open the chat first: the Playground's installationUpdate tells the bot where Sara's tenant lives.
    const page = await openPersonalChat(stack);
    await page.setViewportSize({ width: 1280, height: 1500 }); // room for the whole card in one screenshot
    await page.waitForTimeout(2000);
    // Sara writes once, so the bot knows the locale Teams sends for her (the Playground's: en-US).
    await send(page, 'help');
    await page.waitForTimeout(3000);

    const at = request.prompt.toISOString().replace(/\.\d{3}Z$/, 'Z');
    assert.ok(stack.now() >= request.prompt && stack.now() < request.deadline, `the bot's clock ${stack.now().toISOString()} is not within ${at}'s request`);
    // The Playground knows only Sara's chat; the other contacts' messages fail there. Two quick
    // attempts keep the pass from spending minutes in backoff on them.
    const env = stack.cliEnv({ Scheduling__MaxAttempts: '2', Scheduling__RetryBaseDelayMilliseconds: '200' });
    const run = spawnSync('dotnet', [stack.dll, 'schedule', '--at', at], { env, encoding: 'utf8', timeout: 240_000 });
    assert.equal(run.status, 0, `schedule --at ${at} failed (${run.status}): ${run.stderr}${run.stdout}`);
    assert.match(run.stdout, /Sent [1-9]/, run.stdout);

    const title = 'Update: Fritidsjob i Tingbjerg-Husum';
    const form = page.locator('.ac-adaptiveCard').filter({ hasText: title }).last();
    await form.waitFor({ timeout: 60_000 });
    assert.match(await form.innerText(), /Fritidsjobnetværket/);
    assert.match(await form.innerText(), /How is it going\?/);

    // The card follows the locale Teams last sent for Sara (en-US in the Playground), not her registry's da-DK.
    await form.locator('input[type="radio"][value="at-risk"]').check();
    await form.locator('input[role="spinbutton"]').fill('12');
    const texts = form.locator('textarea');
    await texts.nth(0).fill('Fem unge er startet i fritidsjob i Netto og Føtex.');
    await texts.nth(1).fill('For få arbejdsgivere i Husum.');
    await texts.nth(2).fill('Kontakt til flere butikker via Jobcenter København.');
    await form.locator('button[aria-label="Choose organisations…"]').click();
    // A multi-select ChoiceSet renders as a combobox (as in Teams): open it, pick, close.
    await form.locator('input[role="combobox"][placeholder="Choose organisations"]').click();
    await page.locator('[role="menuitemcheckbox"]').filter({ hasText: 'Jobcenter København, Ungeindsatsen Nordvest' }).click();
    await page.keyboard.press('Escape');
    await form.scrollIntoViewIfNeeded();
    await form.screenshot({ path: screenshotPath('update-card-filled.png') });
    await form.locator('button[aria-label="Send update"]').click();

    const summary = page.locator('.ac-adaptiveCard').filter({ hasText: 'Update submitted ✓' }).last();
    await summary.waitFor({ timeout: 30_000 });
    const text = await summary.innerText();
    assert.match(text, /Fritidsjob i Tingbjerg-Husum/);
    assert.match(text, /You can change it until/);
    assert.match(text, /At risk/);
    assert.match(text, /Fem unge er startet i fritidsjob/);
    assert.match(text, /Jobcenter/);
    assert.equal(await summary.locator('button[aria-label="Edit"]').count(), 1);
    // Replaced in place: the form for this initiative is gone; the other initiative's form is still there.
    assert.equal(await page.locator('.ac-adaptiveCard').filter({ hasText: title }).count(), 0);
    assert.equal(await page.locator('.ac-adaptiveCard').filter({ hasText: 'Update: Kom i gang' }).count(), 1);

    await summary.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('update-card-chat.png') });
    await summary.screenshot({ path: screenshotPath('update-card-submitted.png') });
    // The filled form next to what replaced it. It goes to docs/ only when
    // asked (or missing), so that a TEST run does not leave the committed picture modified.
    const picture = sideBySide(screenshotPath('update-card-filled.png'), screenshotPath('update-card-submitted.png'));
    writeFileSync(screenshotPath('update-card.png'), picture);
    const docsPicture = path.join(root, 'docs', 'update-card.png');
    if (process.env.FORUMBOT_UPDATE_DOCS === '1' || !existsSync(docsPicture)) writeFileSync(docsPicture, picture);
  });
});
