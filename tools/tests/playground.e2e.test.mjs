// End to end in a real browser: the Agents Playground (a local Teams client speaking the real
// Bot Framework protocol) talks to the built bot, which stores in Azurite and has the demo
// network loaded, as the README's RUN command sets it up.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openPersonalChat, screenshotPath, send, startStack } from '../lib/stack.mjs';

describe('Playground personal chat', { timeout: 180_000 }, () => {
  let stack;
  let page;
  before(async () => {
    stack = await startStack({ as: 'frontline' });
    page = await openPersonalChat(stack);
  });
  after(async () => { await stack?.stop(); });

  const lastCardWith = (text) => page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();

  test('help shows the help card with every command', async () => {
    await send(page, 'help');
    const card = lastCardWith('ForumBot — help');
    await card.waitFor({ timeout: 30_000 });
    const text = await card.innerText();
    assert.match(text, /Commands work in English and Danish/);
    for (const command of ['who works on', 'forums', 'overlaps', 'update', 'agenda', 'followups', 'propose', 'close meeting']) {
      assert.ok(text.includes(command), `the help card lists "${command}"`);
    }
    await page.screenshot({ path: screenshotPath('playground-help.png') });
  });

  test('who works on leisure jobs lists the leisure-job initiatives', async () => {
    await send(page, 'who works on leisure jobs');
    const card = lastCardWith('leisure jobs');
    await card.waitFor({ timeout: 30_000 });
    const text = await card.innerText();
    assert.match(text, /Fritidsjob/i);
    assert.match(text, /Sara Nielsen|Camilla Friis|Bilal Hussain/);
    await page.screenshot({ path: screenshotPath('playground-who-works-on.png') });
  });
});
