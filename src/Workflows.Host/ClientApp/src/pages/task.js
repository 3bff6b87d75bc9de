import { h, replaceChildren } from '../core/dom.js';
import { t, formatDateTime } from '../i18n/i18n.js';
import { api } from '../core/api.js';
import { navigate } from '../core/router.js';
import { getUser } from '../core/session.js';
import { setFlash } from '../core/flash.js';
import { dueBadge } from '../components/due-badge.js';
import { renderError, errorMessage } from '../components/error-view.js';
import { createTaskForm } from '../components/task-form.js';
import { instanceDiagram } from '../components/diagram-viewer.js';
import { collaborationSection } from '../components/task-collaboration/collaboration-section.js';

export async function render({ container, params }) {
  const taskUrl = `/api/tasks/${encodeURIComponent(params.id)}`;
  const detail = await api.get(taskUrl);
  // detail.task carries dueAt, workingDaysLeft and overdue, which the due badge shows.
  const task = { ...detail.task, candidateGroups: detail.candidateGroups, candidateUsers: detail.candidateUsers };
  const collaboration = collaborationSection(taskUrl);
  const alert = h('div', { className: 'alert', role: 'alert', hidden: true, dataset: { testid: 'task-alert' } });
  const formHost = h('div', { className: 'task-form', dataset: { testid: 'task-form' } });
  const submit = h('button', { type: 'button', className: 'primary', disabled: true, dataset: { testid: 'submit-task' } }, t('task.submit'));
  const diagramHost = h('div');

  replaceChildren(container,
    h('h1', {}, task.name || task.activityId),
    summary(task),
    claimBar(task, taskUrl, container),
    alert,
    h('section', { className: 'panel' }, h('h2', {}, t('task.form')), formHost, h('div', { className: 'form-actions' }, submit)),
    collaboration.element,
    h('section', { className: 'panel' }, h('h2', {}, t('task.diagram')), diagramHost));

  const form = detail.formSchema ? await createTaskForm(formHost, detail.formSchema, detail.variables) : null;
  if (!form) {
    formHost.append(h('p', { className: 'empty' }, t('task.noForm')));
  }
  // Listen before the diagram loads: the form is usable at once, the diagram may take a moment.
  submit.addEventListener('click', () => complete({ container, taskUrl, form, submit, alert }));
  submit.disabled = false;
  const [diagram] = await Promise.all([showDiagram(diagramHost, task), collaboration.load()]);

  return () => {
    form?.destroy();
    diagram?.dispose();
  };
}

async function complete({ container, taskUrl, form, submit, alert }) {
  alert.hidden = true;
  const variables = form ? form.submit() : {};
  if (variables === null) {
    return;
  }
  submit.disabled = true;
  try {
    await api.post(`${taskUrl}/complete`, { variables });
    setFlash(t('task.completed'));
    navigate('/inbox');
  } catch (error) {
    submit.disabled = false;
    if (error.status === 403) {
      renderError(container, error);
    } else if (error.status === 409) {
      showAlert(alert, t('task.alreadyHandled'), 'conflict');
      submit.disabled = true;
      form?.setDisabled(true);
    } else if (error.status === 400 && form) {
      const unmatched = form.showServerErrors(error.fieldErrors);
      showAlert(alert, [t('task.invalid'), ...unmatched].join(' '), 'invalid');
    } else {
      showAlert(alert, errorMessage(error), 'failed');
    }
  }
}

function showAlert(alert, message, kind) {
  alert.textContent = message;
  alert.dataset.kind = kind;
  alert.hidden = false;
}

function summary(task) {
  return h('dl', { className: 'summary' },
    h('dt', {}, t('task.businessKey')), h('dd', {}, task.businessKey || '—'),
    h('dt', {}, t('task.process')), h('dd', {},
      h('a', { href: `/instances/${encodeURIComponent(task.instanceId)}` }, `${task.definitionKey} v${task.definitionVersion}`)),
    h('dt', {}, t('task.assignee')), h('dd', { dataset: { testid: 'task-assignee' } },
      task.assignee || `${t('task.unassigned')} (${[...task.candidateGroups, ...task.candidateUsers].join(', ')})`),
    h('dt', {}, t('task.created')), h('dd', {}, formatDateTime(task.createdAt)),
    h('dt', {}, t('task.due')), h('dd', {}, dueBadge(task)));
}

function claimBar(task, taskUrl, container) {
  const me = getUser().userName;
  if (task.assignee && task.assignee !== me) {
    return h('p', { className: 'note' }, t('task.claimedBy', { user: task.assignee }));
  }
  const action = task.assignee === me ? 'unclaim' : 'claim';
  return h('p', {},
    h('button', {
      type: 'button',
      className: 'small',
      onclick: async () => {
        try {
          await api.post(`${taskUrl}/${action}`);
          await navigate(location.pathname, { replace: true });
        } catch (error) {
          renderError(container, error);
        }
      }
    }, t(action === 'claim' ? 'task.claim' : 'task.unclaim')));
}

async function showDiagram(host, task) {
  if (!task.instanceId) {
    return null;
  }
  try {
    const instance = await api.get(`/api/instances/${encodeURIComponent(task.instanceId)}`);
    const diagram = instanceDiagram(instance);
    host.append(diagram.element);
    return diagram;
  } catch (error) {
    host.append(h('p', { className: 'form-error' }, `${t('diagram.failed')}: ${errorMessage(error)}`));
    return null;
  }
}
