import { h } from '../core/dom.js';
import { t, label } from '../i18n/i18n.js';
import { api } from '../core/api.js';
import { field, selectOf, problemOutput, onSubmit } from './admin-forms.js';

/** The 新建用户 form: POST /api/admin/users with one initial role; `onCreated` reloads the page. */
export function newUserForm(departments, roles, onCreated) {
  const userName = h('input', { name: 'userName', required: true, autocomplete: 'off' });
  const displayName = h('input', { name: 'displayName', required: true });
  const department = selectOf('departmentCode', t('admin.department'),
    [['', t('admin.noDepartment')], ...departments.map((d) => [d.code, `${d.name} (${d.code})`])]);
  const password = h('input', { name: 'password', type: 'password', required: true, autocomplete: 'new-password' });
  const role = selectOf('role', t('admin.initialRole'), roles.map((code) => [code, label('role', code)]));
  const problem = problemOutput('new-user-error');
  const form = h('form', { className: 'filters', dataset: { testid: 'new-user' } },
    field(t('login.userName'), userName),
    field(t('admin.displayName'), displayName),
    field(t('admin.department'), department),
    field(t('login.password'), password),
    field(t('admin.initialRole'), role),
    h('button', { type: 'submit' }, t('admin.createUser')),
    problem);
  return onSubmit(form, problem, async () => {
    await api.post('/api/admin/users', {
      userName: userName.value.trim(),
      displayName: displayName.value.trim(),
      departmentCode: department.value || null,
      password: password.value,
      roles: [role.value]
    });
    await onCreated();
  });
}
