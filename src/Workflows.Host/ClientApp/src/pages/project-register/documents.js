import { h } from '../../core/dom.js';
import { t, label } from '../../i18n/i18n.js';
import { problemSlot } from '../../components/problem-placement.js';
import { acceptAttribute, uploadProblem } from '../../components/uploads/file-rules.js';
import { applicationDocumentKinds } from '../../domain/codes.js';
import { field, section } from './fields.js';

/** Art. 8: the proposal, feasibility study, preliminary design and investment estimate, one file each. */
export function documentsSection() {
  const slot = problemSlot('documents');
  const inputs = applicationDocumentKinds.map((kind) => {
    const input = h('input', { type: 'file', name: kind, accept: acceptAttribute, required: true });
    // The browser's own validation then refuses a wrong type or an oversized file before anything is sent.
    input.addEventListener('change', () => input.setCustomValidity(input.files[0] ? uploadProblem(input.files[0]) ?? '' : ''));
    return { kind, input };
  });
  const element = section(t('register.documents'), slot,
    h('p', { className: 'note' }, t('upload.rules')),
    inputs.map(({ kind, input }) => field(label('documentKind', kind), input)));
  return {
    element,
    slot,
    files: () => inputs.map(({ kind, input }) => ({ kind, file: input.files[0] }))
  };
}
