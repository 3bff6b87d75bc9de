import { h, replaceChildren } from '../core/dom.js';

/**
 * Shows each server message beside the part of a form it is about. `slots` maps a slot name to an
 * element; `rules` is a list of [pattern, slotName], first match wins, so a message naming 第九条 lands
 * in the data-sharing section. Messages no rule places are returned for a summary.
 */
export function placeProblems(messages, slots, rules) {
  for (const slot of Object.values(slots)) {
    replaceChildren(slot);
    slot.hidden = true;
  }
  const unplaced = [];
  for (const message of messages) {
    const rule = rules.find(([pattern, name]) => pattern.test(message) && slots[name]);
    if (!rule) {
      unplaced.push(message);
      continue;
    }
    const slot = slots[rule[1]];
    slot.append(h('li', {}, message));
    slot.hidden = false;
  }
  return unplaced;
}

/** The list element a form section shows its server messages in. */
export function problemSlot(name) {
  return h('ul', { className: 'field-problems', role: 'alert', hidden: true, dataset: { problems: name } });
}
