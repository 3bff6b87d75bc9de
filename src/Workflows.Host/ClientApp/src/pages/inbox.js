import { h, replaceChildren } from '../core/dom.js';
import { t, formatDateTime } from '../i18n/i18n.js';
import { api } from '../core/api.js';
import { getUser } from '../core/session.js';
import { dueBadge, isOverdue } from '../components/due-badge.js';
import { errorMessage } from '../components/error-view.js';
import { takeFlash } from '../core/flash.js';
import { startProcessPanel } from '../components/start-process.js';

export async function render({ container }) {
  const [page, definitions] = await Promise.all([api.get('/api/tasks?status=open&take=200'), api.get('/api/definitions').catch(() => [])]);
  const tasks = page.items;
  const me = getUser().userName;
  const mine = tasks.filter((task) => task.assignee === me);
  const group = tasks.filter((task) => task.assignee !== me);
  const status = h('p', { className: 'form-error', role: 'alert', hidden: true });

  const refresh = () => render({ container });
  const flash = takeFlash();
  replaceChildren(container,
    h('h1', {}, t('inbox.title')),
    flash && h('p', { className: 'flash', role: 'status', dataset: { testid: 'flash' } }, flash),
    status,
    section('inbox-mine', t('inbox.mine'), mine, me, status, refresh),
    section('inbox-group', t('inbox.group'), group, me, status, refresh),
    startProcessPanel(definitions));
}

function section(id, title, tasks, me, status, refresh) {
  return h('section', { id, className: 'panel' },
    h('h2', {}, title, ' ', h('span', { className: 'count' }, tasks.length)),
    tasks.length === 0
      ? h('p', { className: 'empty' }, t('inbox.empty'))
      : h('table', { className: 'data-table' },
        h('thead', {}, h('tr', {},
          h('th', {}, t('task.name')), h('th', {}, t('task.project')), h('th', {}, t('task.process')),
          h('th', {}, t('task.assignee')), h('th', {}, t('task.created')), h('th', {}, t('task.due')), h('th', {}, ''))),
        h('tbody', {}, tasks.map((task) => row(task, me, status, refresh)))));
}

function row(task, me, status, refresh) {
  return h('tr', { className: isOverdue(task) ? 'overdue' : '', dataset: { taskId: task.id } },
    h('td', {}, h('a', { href: `/tasks/${encodeURIComponent(task.id)}` }, task.name || task.activityId)),
    h('td', {}, task.businessKey || ''),
    h('td', {}, `${task.definitionKey} v${task.definitionVersion}`),
    h('td', {}, task.assignee || t('task.unassigned')),
    h('td', {}, formatDateTime(task.createdAt)),
    h('td', {}, dueBadge(task)),
    h('td', { className: 'actions' }, claimButton(task, me, status, refresh)));
}

function claimButton(task, me, status, refresh) {
  if (task.assignee && task.assignee !== me) {
    return null;
  }
  const claimed = task.assignee === me;
  const action = claimed ? 'unclaim' : 'claim';
  return h('button', {
    type: 'button',
    className: 'small',
    onclick: async (event) => {
      const button = event.currentTarget;
      button.disabled = true;
      try {
        await api.post(`/api/tasks/${encodeURIComponent(task.id)}/${action}`);
        await refresh();
      } catch (error) {
        status.textContent = errorMessage(error);
        status.hidden = false;
        button.disabled = false;
      }
    }
  }, t(claimed ? 'task.unclaim' : 'task.claim'));
}
