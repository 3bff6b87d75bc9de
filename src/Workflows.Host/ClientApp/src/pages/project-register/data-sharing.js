import { t } from '../../i18n/i18n.js';
import { problemSlot } from '../../components/problem-placement.js';
import { field, section, textArea } from './fields.js';

const parts = ['sources', 'formats', 'updateFrequency', 'sharing', 'opening'];

/** Art. 9: every application states its data sources, formats, update frequency, sharing and opening. */
export function dataSharingSection() {
  const slot = problemSlot('sharing');
  const inputs = Object.fromEntries(parts.map((part) => [part, textArea(part, { maxLength: 2000 })]));
  const element = section(t('register.dataSharing'), slot,
    parts.map((part) => field(t(`sharing.${part}`), inputs[part])));
  return {
    element,
    slot,
    read: () => ({ dataSharing: Object.fromEntries(parts.map((part) => [part, inputs[part].value.trim()])) })
  };
}
