// Checks Adaptive Cards the way Teams will take them: parsed and validated by the `adaptivecards`
// 3.0.6 renderer's own parser (unknown element or action types, duplicate ids, missing required
// properties), plus what that parser does not check: schema version 1.5, only the element and
// action types Teams renders at 1.5, an id on every input, a verb on every Action.Execute, and a
// size well under Teams' message limit.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AC = require('adaptivecards/dist/adaptivecards.min.js');

export const CARD_VERSION = '1.5';

// Teams answers 413 above about 100 KB per message (card, envelope and all); a card stays at a
// quarter of that, so two or three of them, or a long summary, never get near it.
export const MAX_CARD_BYTES = 28 * 1024;

// Element types Teams renders in a 1.5 card (Media needs 1.6 in Teams; TextRun only inside
// RichTextBlock; Column, TableRow and TableCell only inside their containers).
export const TEAMS_ELEMENTS = new Set([
  'TextBlock', 'RichTextBlock', 'Image', 'ImageSet', 'Container', 'ColumnSet', 'FactSet', 'ActionSet', 'Table',
  'Input.Text', 'Input.Number', 'Input.Date', 'Input.Time', 'Input.Toggle', 'Input.ChoiceSet',
]);

// Action types Teams supports (Action.Http is Outlook-only).
export const TEAMS_ACTIONS = new Set(['Action.Execute', 'Action.Submit', 'Action.OpenUrl', 'Action.ShowCard', 'Action.ToggleVisibility']);

const IGNORED_EVENTS = new Set([AC.ValidationEvent.Hint]);

/** Every problem found in one card, as "path: reason" lines; an empty list means valid. */
export function validateCard(card) {
  if (card === null || typeof card !== 'object' || Array.isArray(card)) return ['$: not a JSON object'];
  const problems = [];
  if (card.type !== 'AdaptiveCard') problems.push(`$.type: "${card.type}" is not "AdaptiveCard"`);
  if (card.version !== CARD_VERSION) problems.push(`$.version: "${card.version}" is not "${CARD_VERSION}"`);
  const bytes = Buffer.byteLength(JSON.stringify(card), 'utf8');
  if (bytes >= MAX_CARD_BYTES) problems.push(`$: ${bytes} bytes, at or over the ${MAX_CARD_BYTES}-byte limit`);
  walkCard(card, '$', problems);
  problems.push(...parserProblems(card));
  return problems;
}

/** What the adaptivecards parser reports while parsing and validating the card. */
export function parserProblems(card) {
  const problems = [];
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  try {
    parsed.parse(card, context);
  } catch (error) {
    return [`parser: threw ${error.message}`];
  }
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    if (!IGNORED_EVENTS.has(event.event)) problems.push(`parser: ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of parsed.validateProperties().validationEvents) {
    if (!IGNORED_EVENTS.has(event.event)) problems.push(`parser: ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  return problems;
}

function walkCard(card, path, problems) {
  list(card.body).forEach((element, i) => walkElement(element, `${path}.body[${i}]`, problems));
  list(card.actions).forEach((action, i) => walkAction(action, `${path}.actions[${i}]`, problems));
  if (card.selectAction) walkAction(card.selectAction, `${path}.selectAction`, problems);
}

function walkElement(element, path, problems, allowed = TEAMS_ELEMENTS) {
  if (element === null || typeof element !== 'object') {
    problems.push(`${path}: not an element object`);
    return;
  }
  const type = element.type;
  if (!allowed.has(type)) problems.push(`${path}: element type "${type}" is not supported by Teams at 1.5`);
  if (typeof type === 'string' && type.startsWith('Input.') && !(typeof element.id === 'string' && element.id.length > 0)) {
    problems.push(`${path}: ${type} has no id`);
  }
  if (element.selectAction) walkAction(element.selectAction, `${path}.selectAction`, problems);
  if (element.fallback && typeof element.fallback === 'object') walkElement(element.fallback, `${path}.fallback`, problems);
  switch (type) {
    case 'Container':
      list(element.items).forEach((item, i) => walkElement(item, `${path}.items[${i}]`, problems));
      break;
    case 'ColumnSet':
      list(element.columns).forEach((column, i) => walkColumn(column, `${path}.columns[${i}]`, problems));
      break;
    case 'ImageSet':
      list(element.images).forEach((image, i) => walkElement(image, `${path}.images[${i}]`, problems, new Set(['Image'])));
      break;
    case 'RichTextBlock':
      list(element.inlines).forEach((inline, i) => {
        if (typeof inline !== 'string' && inline?.type !== 'TextRun') problems.push(`${path}.inlines[${i}]: only TextRun or text inside RichTextBlock`);
      });
      break;
    case 'ActionSet':
      list(element.actions).forEach((action, i) => walkAction(action, `${path}.actions[${i}]`, problems));
      break;
    case 'Table':
      list(element.rows).forEach((row, r) => list(row?.cells).forEach((cell, c) =>
        list(cell?.items).forEach((item, i) => walkElement(item, `${path}.rows[${r}].cells[${c}].items[${i}]`, problems))));
      break;
    default:
      break;
  }
}

function walkColumn(column, path, problems) {
  if (column?.type !== undefined && column.type !== 'Column') problems.push(`${path}: "${column.type}" inside a ColumnSet`);
  if (column?.selectAction) walkAction(column.selectAction, `${path}.selectAction`, problems);
  list(column?.items).forEach((item, i) => walkElement(item, `${path}.items[${i}]`, problems));
}

function walkAction(action, path, problems) {
  if (action === null || typeof action !== 'object') {
    problems.push(`${path}: not an action object`);
    return;
  }
  if (!TEAMS_ACTIONS.has(action.type)) problems.push(`${path}: action type "${action.type}" is not supported by Teams`);
  if (action.type === 'Action.Execute' && !(typeof action.verb === 'string' && action.verb.length > 0)) {
    problems.push(`${path}: Action.Execute has no verb`);
  }
  if (action.type === 'Action.ShowCard' && action.card) walkCard(action.card, `${path}.card`, problems);
  if (action.fallback && typeof action.fallback === 'object') walkAction(action.fallback, `${path}.fallback`, problems);
}

function list(value) {
  return Array.isArray(value) ? value : [];
}
