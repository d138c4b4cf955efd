// End to end in a real browser: the Agents Playground (a local Teams client speaking the real
// Bot Framework protocol) talks to the built bot, which stores in Azurite.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openPersonalChat, screenshotPath, send, startStack } from '../lib/stack.mjs';

describe('Playground personal chat', { timeout: 180_000 }, () => {
  let stack;
  before(async () => { stack = await startStack({ as: 'frontline' }); });
  after(async () => { await stack?.stop(); });

  test('help shows the help card', async () => {
    const page = await openPersonalChat(stack);
    await send(page, 'help');
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: 'ForumBot — help' }).last();
    await card.waitFor({ timeout: 30_000 });
    const text = await card.innerText();
    assert.match(text, /help/);
    assert.match(text, /Commands work in English and Danish/);
    await page.screenshot({ path: screenshotPath('playground-help.png') });
  });
});
