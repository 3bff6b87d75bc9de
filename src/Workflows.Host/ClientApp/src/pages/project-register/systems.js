import { h } from '../../core/dom.js';
import { t, label } from '../../i18n/i18n.js';
import { problemSlot } from '../../components/problem-placement.js';
import { checkbox, section } from './fields.js';

/** Arts. 10-11: the catalogued information systems the project involves; retired ones cannot be chosen. */
export function systemsSection(catalogue, departments) {
  const slot = problemSlot('systems');
  const names = new Map(departments.map((department) => [department.code, department.name]));
  const inputs = catalogue.map((system) => h('input', {
    type: 'checkbox',
    name: 'systemIds',
    value: system.id,
    disabled: system.status === 'Retired'
  }));

  const element = section(t('register.systems'), slot,
    h('p', { className: 'note' }, t('register.systemsHint')),
    catalogue.length === 0
      ? h('p', { className: 'empty' }, t('register.catalogueEmpty'))
      : h('div', { className: 'checks checks-column' }, catalogue.map((system, index) => checkbox(
        [system.name, ' ', h('small', { className: 'note' },
          `${names.get(system.departmentCode) ?? system.departmentCode} · ${label('systemStatus', system.status)}`,
          system.isUpperLevel ? ` · ${t('register.upperLevel')}` : '')],
        inputs[index]))));

  return {
    element,
    slot,
    read: () => ({ systemIds: inputs.filter((input) => input.checked).map((input) => input.value) })
  };
}
