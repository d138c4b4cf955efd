// End to end in a real browser: the chair of Fritidsjobnetværket (Mikkel Hansen, a demo user)
// links the forum's channel in the Agents Playground; the schedule CLI's pass at the agenda moment
// posts the agenda there; he opens an item from the card, adds a follow-up in the form that opens
// in the card, and the follow-up's owner card arrives in his 1:1 chat.
// FORUMBOT_UPDATE_DOCS=1 refreshes docs/meeting-cycle.png and docs/meeting-owner-card.png from this run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PNG } from 'pngjs';
import { openPersonalChat, root, screenshotPath, startStack } from '../lib/stack.mjs';
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
 * Fritidsjobnetværket meets on the first Tuesday of the month at 09:00 (cadence "0 9 * * 2#1") and
 * posts its agenda 1 day before (agendaDaysBefore), at 09:00 too. The first meeting whose agenda
 * moment is more than an hour ahead: the stack's clock starts just after it.
 */
function nextFritidsjobAgenda(now) {
  for (let i = 0; i < 24; i++) {
    const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + i, 1));
    const year = first.getUTCFullYear();
    const month = first.getUTCMonth() + 1;
    const tuesday = 1 + ((2 - first.getUTCDay() + 7) % 7);
    const local = (daysBefore) => {
      const d = new Date(Date.UTC(year, month - 1, tuesday - daysBefore));
      return localToUtc(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), 9, 0);
    };
    if (local(1).getTime() > now.getTime() + 3600_000) return { agenda: local(1), meeting: local(0) };
  }
  throw new Error('no meeting found');
}

const agendaMoment = nextFritidsjobAgenda(testNow());
const clockStart = new Date(agendaMoment.agenda.getTime() + 2 * 60_000);
const iso = (date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Two PNGs next to each other on white, top-aligned, as one PNG buffer. */
function sideBySide(leftFile, rightFile, gap = 24) {
  const [left, right] = [leftFile, rightFile].map((f) => PNG.sync.read(readFileSync(f)));
  const out = new PNG({ width: left.width + gap + right.width, height: Math.max(left.height, right.height) });
  out.data.fill(255);
  PNG.bitblt(left, out, 0, 0, left.width, left.height, 0, 0);
  PNG.bitblt(right, out, 0, 0, right.width, right.height, left.width + gap, 0);
  return PNG.sync.write(out);
}

/** Writes in the channel's new-post box, @mentioning the bot as Teams requires there. */
async function postToBot(page, text) {
  const box = page.locator('[data-lexical-editor="true"][role="textbox"]').first();
  await box.click();
  await page.keyboard.type('@Forum');
  await page.locator('[role="menuitem"]').filter({ hasText: 'ForumBot' }).first().click();
  await page.keyboard.type(` ${text}`);
  await page.locator('button:has-text("Post")').first().click();
}

describe('The meeting cycle in the Playground', { timeout: 300_000 }, () => {
  let stack;
  const saved = process.env.Scheduling__Enabled;
  before(async () => {
    // The schedule CLI does the passes; the bot's own scheduler must not hold the lease meanwhile.
    process.env.Scheduling__Enabled = 'false';
    stack = await startStack({ as: 'chair', clockStart });
  });
  after(async () => {
    await stack?.stop();
    if (saved === undefined) delete process.env.Scheduling__Enabled; else process.env.Scheduling__Enabled = saved;
  });

  /** One scheduler pass and dispatch by the admin CLI, on the stack's clock. */
  function schedule(at) {
    // Two quick attempts: messages to people the Playground does not know fail fast.
    const env = stack.cliEnv({ Scheduling__MaxAttempts: '2', Scheduling__RetryBaseDelayMilliseconds: '200' });
    const run = spawnSync('dotnet', [stack.dll, 'schedule', '--at', at], { env, encoding: 'utf8', timeout: 240_000 });
    assert.equal(run.status, 0, `schedule --at ${at} failed (${run.status}): ${run.stderr}${run.stdout}`);
    return run.stdout;
  }

  test('the agenda is posted in the linked channel; a follow-up added from the card reaches its owner', async () => {
    const page = await openPersonalChat(stack); // tells the bot where Mikkel's 1:1 and tenant are
    await page.setViewportSize({ width: 1280, height: 1600 });
    await page.waitForTimeout(2000);

    await page.locator('text=Møder').first().click();
    await page.waitForTimeout(1500);
    await postToBot(page, 'link forum fritidsjob');
    await page.locator('.ac-adaptiveCard').filter({ hasText: 'Fritidsjobnetværket' }).last().waitFor({ timeout: 30_000 });

    const out = schedule(iso(agendaMoment.agenda));
    assert.match(out, /Sent [1-9]/, out);

    // The agenda is a new post in the channel, in Danish (the channel's language), with its standing items.
    const agenda = page.locator('.ac-adaptiveCard').filter({ hasText: 'Dagsorden: Fritidsjobnetværket' }).last();
    await agenda.waitFor({ timeout: 60_000 });
    const text = await agenda.innerText();
    for (const item of ['Nyt fra arbejdsgiverne', 'Unge på venteliste', 'Eventuelt']) assert.ok(text.includes(item), `the agenda lists "${item}"`);
    assert.match(text, /Ingen opdatering fra/);
    await agenda.scrollIntoViewIfNeeded();
    await agenda.screenshot({ path: screenshotPath('meeting-agenda.png') });

    // Open the first item: the item card with the follow-up form replaces the agenda for the chair.
    await agenda.locator('button[aria-label="Åbn"]').first().click();
    const item = page.locator('.ac-adaptiveCard').filter({ hasText: 'Add a follow-up' }).last();
    await item.waitFor({ timeout: 30_000 });
    assert.match(await item.innerText(), /Nyt fra arbejdsgiverne/);
    await item.locator('textarea[maxlength="500"]').fill('Ring til Netto om sommerjob');
    // A compact ChoiceSet renders as a combobox (as in Teams): open it and pick the owner.
    await item.locator('input[role="combobox"][placeholder="Choose who does it"]').click();
    await page.locator('[role="option"]').filter({ hasText: 'Mikkel Hansen' }).first().click();
    const due = new Date(agendaMoment.meeting.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
    const date = item.locator('input[role="combobox"][placeholder="Select a date..."]');
    await date.fill(due);
    await date.press('Enter');
    await page.keyboard.press('Escape');
    await item.scrollIntoViewIfNeeded();
    await item.screenshot({ path: screenshotPath('meeting-item-form.png') });
    await item.locator('button[aria-label="Add follow-up"]').click();
    const added = page.locator('.ac-adaptiveCard').filter({ hasText: 'Ring til Netto' }).last();
    await added.waitFor({ timeout: 30_000 });

    // The owner's card goes out through the outbox: the next pass sends it to Mikkel's 1:1 chat.
    const sent = schedule(iso(stack.now()));
    assert.match(sent, /Sent [1-9]/, sent);
    await page.locator('text=Personal Chat').first().click();
    const owner = page.locator('.ac-adaptiveCard').filter({ hasText: 'Ring til Netto om sommerjob' }).last();
    await owner.waitFor({ timeout: 60_000 });
    const ownerText = await owner.innerText();
    assert.match(ownerText, /Follow-up for you/);
    assert.match(ownerText, /Fritidsjobnetværket/);
    assert.equal(await owner.locator('button[aria-label="Mark done…"]').count(), 1);
    await owner.scrollIntoViewIfNeeded();
    await owner.screenshot({ path: screenshotPath('meeting-owner-card.png') });

    const picture = sideBySide(screenshotPath('meeting-agenda.png'), screenshotPath('meeting-item-form.png'));
    writeFileSync(screenshotPath('meeting-cycle.png'), picture);
    const docsPicture = path.join(root, 'docs', 'meeting-cycle.png');
    if (process.env.FORUMBOT_UPDATE_DOCS === '1' || !existsSync(docsPicture)) writeFileSync(docsPicture, picture);
    const docsOwner = path.join(root, 'docs', 'meeting-owner-card.png');
    if (process.env.FORUMBOT_UPDATE_DOCS === '1' || !existsSync(docsOwner)) writeFileSync(docsOwner, readFileSync(screenshotPath('meeting-owner-card.png')));
  });
});
