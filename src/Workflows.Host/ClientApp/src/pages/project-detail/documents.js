import { h } from '../../core/dom.js';
import { t, label, formatDateTime } from '../../i18n/i18n.js';
import { documentKinds } from '../../domain/codes.js';
import { errorMessage } from '../../components/error-view.js';
import { acceptAttribute, formatSize, uploadProblem } from '../../components/uploads/file-rules.js';
import { uploadFile, projectDocumentsPath } from '../../components/uploads/upload.js';

/** The project's documents with download links, and a form to add one (a missing art. 8 document, a contract…). */
export function documentsPanel(project, onUploaded) {
  const base = projectDocumentsPath(project.id);
  const list = project.documents?.length
    ? h('table', { className: 'data-table', dataset: { testid: 'documents' } },
      h('thead', {}, h('tr', {}, h('th', {}, t('document.kind')), h('th', {}, t('document.file')),
        h('th', {}, t('document.size')), h('th', {}, t('document.uploadedAt')))),
      h('tbody', {}, project.documents.map((document) => h('tr', {},
        h('td', {}, label('documentKind', document.kind)),
        h('td', {}, h('a', { href: `${base}/${encodeURIComponent(document.id)}`, download: document.fileName,
          title: `SHA-256 ${document.sha256 ?? ''}` }, document.fileName)),
        h('td', {}, formatSize(document.size)),
        h('td', {}, formatDateTime(document.uploadedAt))))))
    : h('p', { className: 'empty' }, t('common.none'));
  return [list, uploadForm(base, onUploaded)];
}

function uploadForm(path, onUploaded) {
  const kind = h('select', { name: 'kind', 'aria-label': t('document.kind') },
    documentKinds.map((value) => h('option', { value }, label('documentKind', value))));
  const file = h('input', { type: 'file', name: 'file', accept: acceptAttribute, 'aria-label': t('document.file') });
  const status = h('p', { className: 'form-error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', className: 'small' }, t('document.upload'));
  const form = h('form', { className: 'filters upload-form' }, kind, file, submit, status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problem = uploadProblem(file.files[0]);
    status.hidden = !problem;
    status.textContent = problem ?? '';
    if (problem) {
      return;
    }
    submit.disabled = true;
    try {
      await uploadFile(path, file.files[0], { kind: kind.value });
      await onUploaded();
    } catch (error) {
      status.textContent = errorMessage(error);
      status.hidden = false;
      submit.disabled = false;
    }
  });
  return form;
}
