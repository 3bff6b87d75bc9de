import { h, replaceChildren } from '../core/dom.js';
import { t, label } from '../i18n/i18n.js';
import { api } from '../core/api.js';
import { navigate } from '../core/router.js';

// Definition keys are also BPMN process ids: an XML NCName, kept to the lower-case kebab style of the shipped files.
const keyPattern = /^[a-z][a-z0-9-]{1,62}$/;

export function definitionState(definition) {
  const version = definition.latestPublishedVersion ? `v${definition.latestPublishedVersion}` : '';
  return [version, definition.hasDraft ? label('definitionStatus', 'draft') : ''].filter(Boolean).join(' + ');
}

/** The designer's start page: the definitions to open, and a new key to start from a blank diagram. */
export async function renderDefinitionPicker(container) {
  const definitions = await api.get('/api/definitions');
  const key = h('input', { name: 'key', required: true, placeholder: 'new-process', 'aria-label': t('definition.key') });
  const error = h('p', { className: 'form-error', role: 'alert', hidden: true });
  const form = h('form', { className: 'filters' }, key, h('button', { type: 'submit' }, t('designer.create')), error);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = key.value.trim();
    if (!keyPattern.test(value)) {
      error.textContent = t('designer.invalidKey');
      error.hidden = false;
      return;
    }
    navigate(`/designer/${encodeURIComponent(value)}`);
  });

  replaceChildren(container,
    h('h1', {}, t('designer.title')),
    h('section', { className: 'panel' },
      h('h2', {}, t('admin.definitions')),
      h('ul', { className: 'plain-list' }, definitions.map((definition) => h('li', {},
        h('a', { href: `/designer/${encodeURIComponent(definition.key)}` }, definition.key),
        ' ', definition.name ?? '', ' ',
        h('small', {}, definitionState(definition)))))),
    h('section', { className: 'panel' }, h('h2', {}, t('designer.newDefinition')), form));
}
