import { h } from '../core/dom.js';
import { t, label } from '../i18n/i18n.js';
import { api } from '../core/api.js';
import { problemOutput, showProblem, clearProblem, selectOf } from './admin-forms.js';

/**
 * The user accounts with their department and roles, as /api/admin/users lists them; each role is a
 * chip that removes it, and a select adds another. `onChange` reloads the page after a change.
 */
export function userTable(users, roles, onChange) {
  if (users.length === 0) {
    return h('p', { className: 'empty' }, t('common.none'));
  }
  const problem = problemOutput('user-role-error');
  const change = async (request) => {
    clearProblem(problem);
    try {
      await request();
      await onChange();
    } catch (error) {
      showProblem(problem, error);
    }
  };
  return h('div', {},
    problem,
    h('table', { className: 'data-table', dataset: { testid: 'users' } },
      h('thead', {}, h('tr', {}, h('th', {}, t('login.userName')), h('th', {}, t('admin.displayName')),
        h('th', {}, t('project.department')), h('th', {}, t('admin.roles')), h('th', {}, t('admin.lockedOut')))),
      h('tbody', {}, users.map((user) => h('tr', { dataset: { user: user.userName } },
        h('td', {}, user.userName),
        h('td', {}, user.displayName),
        h('td', {}, user.departmentCode ?? '—'),
        h('td', {}, roleCell(user, roles, change)),
        h('td', {}, user.lockedOut ? h('span', { className: 'badge badge-danger' }, t('admin.lockedOut')) : ''))))));
}

function roleCell(user, roles, change) {
  const path = (role) => `/api/admin/users/${encodeURIComponent(user.userName)}/roles/${encodeURIComponent(role)}`;
  const chips = (user.roles ?? []).map((role) => h('span', { className: 'chip', dataset: { role } },
    label('role', role), ' ',
    h('button', {
      type: 'button', className: 'chip-remove',
      'aria-label': t('admin.removeRole', { role: label('role', role), user: user.userName }),
      onclick: () => change(() => api.delete(path(role)))
    }, '×')));
  const missing = roles.filter((role) => !(user.roles ?? []).includes(role));
  if (missing.length === 0) {
    return chips;
  }
  const choice = selectOf('role', t('admin.roleToAdd', { user: user.userName }), missing.map((role) => [role, label('role', role)]));
  return [chips, ' ', choice, ' ',
    h('button', { type: 'button', onclick: () => change(() => api.put(path(choice.value))) }, t('admin.addRole'))];
}
