'use strict';
/**
 * Checks on an expanded card's JSON, before any rendering: template leftovers and buttons without a title.
 * Each returns a list of messages (empty when the card is fine).
 */

/** Every string in the card with its JSON path. */
function strings(node, path = '$') {
  if (typeof node === 'string') return [{ path, value: node }];
  if (Array.isArray(node)) return node.flatMap((child, i) => strings(child, `${path}[${i}]`));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

/** Every object in the card with its JSON path. */
function objects(node, path = '$', out = []) {
  if (Array.isArray(node)) node.forEach((child, i) => objects(child, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    out.push({ path, obj: node });
    for (const [k, v] of Object.entries(node)) objects(v, `${path}.${k}`, out);
  }
  return out;
}

/** "${" anywhere (an unresolved binding) and templating keywords that should have been consumed. */
function templateLeftovers(card) {
  const problems = [];
  for (const { path, value } of strings(card)) {
    if (value.includes('${')) problems.push(`unexpanded binding at ${path}: ${JSON.stringify(value.slice(0, 80))}`);
  }
  for (const { path, obj } of objects(card)) {
    for (const key of ['$data', '$when', '$index', '$root']) {
      if (Object.prototype.hasOwnProperty.call(obj, key)) problems.push(`templating keyword ${key} left at ${path}`);
    }
  }
  return problems;
}

/**
 * Actions whose title is missing or blank: card actions, ActionSet actions, fallbacks and selectActions.
 * (A selectAction has no visible title, so only a blank string there is reported.)
 */
function blankActionTitles(card) {
  const problems = [];
  for (const { path, obj } of objects(card)) {
    if (typeof obj.type !== 'string' || !obj.type.startsWith('Action.')) continue;
    if (/\.selectAction$/.test(path)) {
      if (typeof obj.title === 'string' && obj.title.trim() === '') problems.push(`blank selectAction title at ${path}`);
      continue;
    }
    if (typeof obj.title !== 'string' || obj.title.trim() === '') {
      problems.push(`${obj.type} without a title at ${path}${obj.title === undefined ? '' : ` (${JSON.stringify(obj.title)})`}`);
    }
  }
  return problems;
}

function jsonProblems(card) {
  return [...templateLeftovers(card), ...blankActionTitles(card)];
}

module.exports = { jsonProblems, templateLeftovers, blankActionTitles, strings, objects };
