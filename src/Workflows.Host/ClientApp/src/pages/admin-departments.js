import { h } from '../core/dom.js';
import { t, label } from '../i18n/i18n.js';
import { api } from '../core/api.js';
import { field, selectOf, problemOutput, onSubmit } from './admin-forms.js';

// The kinds RegisterDepartment accepts (DepartmentKind, sent by name).
const departmentKinds = ['CountyDepartment', 'Township'];

/** The county departments and townships, as /api/departments lists them. */
export function departmentTable(departments) {
  if (departments.length === 0) {
    return h('p', { className: 'empty' }, t('common.none'));
  }
  return h('table', { className: 'data-table', dataset: { testid: 'departments' } },
    h('thead', {}, h('tr', {}, h('th', {}, t('admin.departmentCode')), h('th', {}, t('admin.departmentName')),
      h('th', {}, t('admin.departmentKind')))),
    h('tbody', {}, departments.map((department) => h('tr', {},
      h('td', {}, department.code),
      h('td', {}, department.name),
      h('td', {}, label('departmentKind', department.kind))))));
}

/** The 新建部门 form: POST /api/departments; `onCreated` reloads the page. */
export function newDepartmentForm(onCreated) {
  const code = h('input', { name: 'code', required: true, autocomplete: 'off' });
  const name = h('input', { name: 'name', required: true });
  const kind = selectOf('kind', t('admin.departmentKind'), departmentKinds.map((value) => [value, label('departmentKind', value)]));
  const problem = problemOutput('new-department-error');
  const form = h('form', { className: 'filters', dataset: { testid: 'new-department' } },
    field(t('admin.departmentCode'), code),
    field(t('admin.departmentName'), name),
    field(t('admin.departmentKind'), kind),
    h('button', { type: 'submit' }, t('admin.createDepartment')),
    problem);
  return onSubmit(form, problem, async () => {
    await api.post('/api/departments', { code: code.value.trim(), name: name.value.trim(), kind: kind.value });
    await onCreated();
  });
}
