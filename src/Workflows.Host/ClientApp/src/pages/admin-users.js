import { h } from '../core/dom.js';
import { t } from '../i18n/i18n.js';

/** The user accounts with their department and roles, as /api/admin/users lists them. */
export function userTable(users) {
  if (users.length === 0) {
    return h('p', { className: 'empty' }, t('common.none'));
  }
  return h('table', { className: 'data-table', dataset: { testid: 'users' } },
    h('thead', {}, h('tr', {}, h('th', {}, t('login.userName')), h('th', {}, t('admin.displayName')),
      h('th', {}, t('project.department')), h('th', {}, t('admin.roles')), h('th', {}, t('admin.lockedOut')))),
    h('tbody', {}, users.map((user) => h('tr', {},
      h('td', {}, user.userName),
      h('td', {}, user.displayName),
      h('td', {}, user.departmentCode ?? '—'),
      h('td', {}, (user.roles ?? []).join(', ')),
      h('td', {}, user.lockedOut ? h('span', { className: 'badge badge-danger' }, t('admin.lockedOut')) : '')))));
}
