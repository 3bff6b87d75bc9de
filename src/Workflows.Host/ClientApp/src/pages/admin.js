import { h, replaceChildren } from '../core/dom.js';
import { t } from '../i18n/i18n.js';
import { api } from '../core/api.js';
import { errorMessage } from '../components/error-view.js';
import { userTable } from './admin-users.js';
import { newUserForm } from './admin-user-form.js';
import { departmentTable, newDepartmentForm } from './admin-departments.js';
import { definitionState } from '../designer/definition-picker.js';

export async function render({ container }) {
  const [definitions, users, roles, departments] = await Promise.all([api.get('/api/definitions'),
    api.get('/api/admin/users'), api.get('/api/admin/roles'), api.get('/api/departments')]);
  // After a change the page reloads its lists, so every table shows what the server now holds.
  const reload = () => render({ container });
  replaceChildren(container,
    h('h1', {}, t('admin.title')),
    h('section', { className: 'panel' },
      h('h2', {}, t('admin.definitions')),
      definitionTable(definitions)),
    h('section', { className: 'panel' },
      h('h2', {}, t('admin.users')),
      userTable(users, roles, reload),
      h('h3', {}, t('admin.createUser')),
      newUserForm(departments, roles, reload)),
    h('section', { className: 'panel' },
      h('h2', {}, t('admin.departments')),
      departmentTable(departments),
      h('h3', {}, t('admin.createDepartment')),
      newDepartmentForm(reload)),
    h('section', { className: 'panel' },
      h('h2', {}, t('admin.calendar')),
      dueCalculator()),
    h('section', { className: 'panel' },
      h('h2', {}, t('admin.tools')),
      h('ul', { className: 'plain-list' },
        h('li', {}, h('a', { href: '/hangfire', target: '_blank', rel: 'noopener' }, t('admin.jobs'))),
        h('li', {}, h('a', { href: '/api/docs', target: '_blank', rel: 'noopener' }, t('admin.apiDocs'))))));
}

function definitionTable(definitions) {
  if (definitions.length === 0) {
    return h('p', { className: 'empty' }, t('common.none'));
  }
  return h('table', { className: 'data-table' },
    h('thead', {}, h('tr', {}, h('th', {}, t('definition.key')), h('th', {}, t('definition.name')),
      h('th', {}, t('definition.latestVersion')))),
    h('tbody', {}, definitions.map((definition) => h('tr', {},
      h('td', {}, h('a', { href: `/designer/${encodeURIComponent(definition.key)}` }, definition.key)),
      h('td', {}, definition.name ?? ''),
      h('td', {}, definitionState(definition))))));
}

// Art. 18 and art. 25 count working days; this shows the calendar's answer for any start date.
function dueCalculator() {
  const start = h('input', { type: 'date', required: true, 'aria-label': t('admin.startDate') });
  const days = h('input', { type: 'number', min: 0, max: 3650, value: 5, required: true, 'aria-label': t('admin.workingDays') });
  const result = h('output', { className: 'result' });
  const form = h('form', { className: 'filters' },
    h('label', {}, t('admin.startDate'), ' ', start),
    h('label', {}, t('admin.workingDays'), ' ', days),
    h('button', { type: 'submit' }, t('admin.computeDue')),
    result);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const answer = await api.get(`/api/calendar/due?start=${encodeURIComponent(start.value)}&workingDays=${encodeURIComponent(days.value)}`);
      result.textContent = t(answer.provisional ? 'admin.dueResultProvisional' : 'admin.dueResult', { date: answer.due });
    } catch (error) {
      result.textContent = errorMessage(error);
    }
  });
  return form;
}
