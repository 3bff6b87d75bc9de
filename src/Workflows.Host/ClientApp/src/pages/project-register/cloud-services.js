import { h } from '../../core/dom.js';
import { t } from '../../i18n/i18n.js';
import { problemSlot } from '../../components/problem-placement.js';
import { field, section } from './fields.js';

/** Art. 12: the services of the municipal government cloud's catalogue the project will use, by code. */
export function cloudServicesSection() {
  const slot = problemSlot('cloud');
  const codes = h('input', { name: 'cloudServiceCodes', required: true, autocomplete: 'off', placeholder: 'IAAS-ECS, PAAS-DB' });
  const element = section(t('register.cloudServices'), slot,
    field(t('register.cloudServiceCodes'), codes, t('register.cloudServiceHint')));
  return {
    element,
    slot,
    read: () => ({ cloudServiceCodes: [...new Set(codes.value.split(/[,，;；\s]+/).map((code) => code.trim()).filter(Boolean))] })
  };
}
