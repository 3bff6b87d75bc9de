import { h } from '../core/dom.js';
import { t } from '../i18n/i18n.js';
import { api } from '../core/api.js';
import { navigate } from '../core/router.js';
import { errorMessage } from './error-view.js';

/**
 * "发起申请": starts a published process and opens its first task when the caller may handle it
 * (a new-project application starts with the department filling in 填报立项申请).
 */
export function startProcessPanel(definitions) {
  const published = definitions.filter((definition) => definition.latestPublishedVersion);
  if (published.length === 0) {
    return null;
  }
  const choice = h('select', { name: 'definitionKey', 'aria-label': t('start.process') },
    published.map((definition) => h('option', { value: definition.key }, definition.name || definition.key)));
  const error = h('p', { className: 'form-error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', className: 'primary' }, t('start.submit'));
  const form = h('form', { className: 'filters', dataset: { testid: 'start-process' } }, choice, submit, error);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    error.hidden = true;
    try {
      const instance = await api.post('/api/instances', { definitionKey: choice.value, variables: {} });
      navigate(await firstTaskPath(instance));
    } catch (failure) {
      error.textContent = errorMessage(failure);
      error.hidden = false;
    } finally {
      submit.disabled = false;
    }
  });
  return h('section', { className: 'panel' }, h('h2', {}, t('start.title')), form);
}

/** The first open task of a just-started instance the caller may see, else the instance page. */
export async function firstTaskPath(instance) {
  const page = await api.get('/api/tasks?status=open&take=200');
  const first = page.items.find((task) => task.instanceId === instance.instanceId);
  return first ? `/tasks/${encodeURIComponent(first.id)}` : `/instances/${encodeURIComponent(instance.instanceId)}`;
}
