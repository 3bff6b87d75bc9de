import { h } from '../../core/dom.js';

// Controls wrapped in their <label>, so the visible text is the accessible name.
export function field(text, control, hint) {
  return h('label', { className: 'field' }, h('span', { className: 'field-label' }, text), control,
    hint ? h('small', { className: 'field-hint' }, hint) : null);
}

export function checkbox(text, input) {
  return h('label', { className: 'check' }, input, text);
}

export function section(title, slot, ...children) {
  return h('fieldset', { className: 'form-section' }, h('legend', {}, title), slot, children);
}

export function textArea(name, options = {}) {
  return h('textarea', { name, rows: options.rows ?? 2, required: options.required ?? true, maxLength: options.maxLength ?? 4000 });
}
