// Every Adaptive Card the bot sent during the .NET tests (dumped by Bot.Tests' CapturingConnector
// and invoke helpers into FORUMBOT_CARD_DUMP_DIR, default test-output/cards) must be a valid
// Teams Adaptive Card 1.5. Run after the .NET tests: `node --test tools/tests/cards.test.mjs`.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { MAX_CARD_BYTES, validateCard } from '../lib/validate-cards.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dumpDir = process.env.FORUMBOT_CARD_DUMP_DIR || path.join(root, 'test-output', 'cards');

// The .NET suite sends a few hundred cards; far fewer means the dump did not happen.
const MIN_CARDS = Number(process.env.FORUMBOT_CARD_DUMP_MIN || 50);

const good = () => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: 'Update', wrap: true },
    { type: 'Input.ChoiceSet', id: 'status', label: 'Status', isRequired: true, errorMessage: 'Choose one', style: 'expanded',
      choices: [{ title: 'On track', value: 'on-track' }] },
    { type: 'Container', id: 'more', isVisible: false, items: [{ type: 'Input.Text', id: 'text', label: 'Text', isMultiline: true }] },
    { type: 'ActionSet', actions: [{ type: 'Action.ToggleVisibility', title: 'More', targetElements: ['more'] }] },
  ],
  actions: [{ type: 'Action.Execute', title: 'Send', verb: 'update.submit', data: { verb: 'update.submit' } }],
});

/** Deliberately broken cards: each must be rejected for the reason named. */
const broken = {
  'unknown element type': (c) => c.body.push({ type: 'Carousel', pages: [] }),
  'element Teams does not render at 1.5': (c) => c.body.push({ type: 'Media', sources: [{ url: 'https://example.org/a.mp4' }] }),
  'unknown action type': (c) => c.actions.push({ type: 'Action.Http', title: 'x', method: 'POST', url: 'https://example.org' }),
  'input without id': (c) => c.body.push({ type: 'Input.Number', label: 'n' }),
  'nested input without id': (c) => c.body[2].items.push({ type: 'Input.Toggle', title: 't' }),
  'duplicate ids': (c) => c.body.push({ type: 'Input.Text', id: 'status', label: 'again' }),
  'choice without value': (c) => c.body[1].choices.push({ title: 'Blocked' }),
  'Action.Execute without verb': (c) => delete c.actions[0].verb,
  'version 1.6': (c) => { c.version = '1.6'; },
  'not an AdaptiveCard': (c) => { c.type = 'HeroCard'; },
  'over the size limit': (c) => c.body.push({ type: 'TextBlock', text: 'x'.repeat(MAX_CARD_BYTES), wrap: true }),
};

describe('Adaptive Card validation', () => {
  test('a well-formed Teams 1.5 card passes', () => {
    assert.deepEqual(validateCard(good()), []);
  });

  for (const [reason, breakIt] of Object.entries(broken)) {
    test(`rejects a card with ${reason}`, () => {
      const card = good();
      breakIt(card);
      assert.notDeepEqual(validateCard(card), [], `a card with ${reason} passed`);
    });
  }

  test('every card the bot sent in the .NET tests is a valid Teams Adaptive Card 1.5', (t) => {
    const files = existsSync(dumpDir) ? readdirSync(dumpDir).filter((f) => f.endsWith('.json')) : [];
    if (!process.env.FORUMBOT_CARD_DUMP_DIR && files.length === 0) {
      t.skip(`no cards in ${dumpDir}: run the .NET tests first (the TEST command sets FORUMBOT_CARD_DUMP_DIR)`);
      return;
    }
    assert.ok(files.length >= MIN_CARDS, `only ${files.length} cards dumped in ${dumpDir}, expected at least ${MIN_CARDS}`);
    const failures = [];
    for (const file of files) {
      let card;
      try {
        card = JSON.parse(readFileSync(path.join(dumpDir, file), 'utf8'));
      } catch (error) {
        failures.push(`${file}: not JSON (${error.message})`);
        continue;
      }
      for (const problem of validateCard(card)) failures.push(`${file}: ${problem}`);
    }
    assert.deepEqual(failures, [], `${failures.length} problem(s) in ${files.length} cards`);
  });
});
