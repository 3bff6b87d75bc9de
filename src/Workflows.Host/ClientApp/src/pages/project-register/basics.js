import { h } from '../../core/dom.js';
import { t, label } from '../../i18n/i18n.js';
import { getUser } from '../../core/session.js';
import { projectKinds } from '../../domain/codes.js';
import { problemSlot } from '../../components/problem-placement.js';
import { field, checkbox, section, textArea } from './fields.js';

/** Code, name, kind, scope, plan and major flags (arts. 7-11), lead and co-building departments. */
export function basicsSection(departments) {
  const slot = problemSlot('basics');
  const code = h('input', { name: 'code', required: true, maxLength: 64, autocomplete: 'off' });
  const name = h('input', { name: 'name', required: true, maxLength: 200 });
  const kind = h('select', { name: 'kind', required: true },
    projectKinds.map((value) => h('option', { value }, label('projectKind', value))));
  const scope = textArea('scope', { rows: 3 });
  const inAnnualPlan = h('input', { type: 'checkbox', name: 'inAnnualPlan' });
  const isMajor = h('input', { type: 'checkbox', name: 'isMajor' });
  const docks = h('input', { type: 'checkbox', name: 'docksWithUpperLevelSystem' });
  const plannedCompletion = h('input', { type: 'date', name: 'plannedCompletion' });
  // A clerk always registers for the own department (the server enforces it); the bureau picks one.
  const ownDepartment = getUser().departmentCode;
  const lead = ownDepartment ? null : h('select', { name: 'leadDepartmentCode', required: true },
    departments.map((department) => h('option', { value: department.code }, department.name)));
  const coBuilders = departments.filter((department) => department.code !== ownDepartment)
    .map((department) => h('input', { type: 'checkbox', name: 'coBuildingDepartments', value: department.code, dataset: { name: department.name } }));

  const element = section(t('register.basics'), slot,
    h('div', { className: 'field-grid' },
      field(t('project.code'), code),
      field(t('project.name'), name),
      field(t('project.kind'), kind),
      lead && field(t('project.department'), lead),
      field(t('register.plannedCompletion'), plannedCompletion)),
    field(t('register.scope'), scope),
    h('div', { className: 'checks' },
      checkbox(t('register.inAnnualPlan'), inAnnualPlan),
      checkbox(t('register.isMajor'), isMajor),
      checkbox(t('register.docksWithUpperLevel'), docks)),
    coBuilders.length > 0 && h('div', { className: 'checks' }, h('span', { className: 'field-label' }, t('project.coBuilders')),
      coBuilders.map((input) => checkbox(input.dataset.name, input))));

  return {
    element,
    slot,
    read: () => ({
      code: code.value.trim(),
      name: name.value.trim(),
      kind: kind.value,
      leadDepartmentCode: ownDepartment ?? lead.value,
      scope: scope.value.trim(),
      inAnnualPlan: inAnnualPlan.checked,
      isMajor: isMajor.checked,
      docksWithUpperLevelSystem: docks.checked,
      plannedCompletion: plannedCompletion.value || null,
      coBuildingDepartments: coBuilders.filter((input) => input.checked).map((input) => input.value)
    })
  };
}
