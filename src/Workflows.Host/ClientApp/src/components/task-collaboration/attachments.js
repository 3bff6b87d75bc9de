import { h, replaceChildren } from '../../core/dom.js';
import { t, formatDateTime } from '../../i18n/i18n.js';
import { api } from '../../core/api.js';
import { errorMessage } from '../error-view.js';
import { acceptAttribute, formatSize, uploadProblem } from '../uploads/file-rules.js';
import { uploadFile } from '../uploads/upload.js';

/** The files attached to a task, with download links, and an upload checked in the browser first. */
export function attachmentsPanel(taskUrl) {
  const list = h('div', { dataset: { testid: 'attachments' } });
  const file = h('input', { type: 'file', name: 'file', accept: acceptAttribute });
  const status = h('p', { className: 'form-error', role: 'alert', hidden: true, dataset: { testid: 'attachment-error' } });
  const submit = h('button', { type: 'submit', className: 'small' }, t('attachments.upload'));
  const form = h('form', { className: 'filters upload-form' },
    h('label', { className: 'check' }, t('attachments.file'), ' ', file), submit, status);

  const load = async () => {
    const attachments = await api.get(`${taskUrl}/attachments`);
    replaceChildren(list, attachments.length === 0
      ? h('p', { className: 'empty' }, t('attachments.empty'))
      : attachmentTable(attachments));
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problem = uploadProblem(file.files[0]);
    status.textContent = problem ?? '';
    status.hidden = !problem;
    if (problem) {
      return;
    }
    submit.disabled = true;
    try {
      await uploadFile(`${taskUrl}/attachments`, file.files[0]);
      file.value = '';
      await load();
    } catch (error) {
      status.textContent = errorMessage(error);
      status.hidden = false;
    } finally {
      submit.disabled = false;
    }
  });

  return { element: h('div', {}, list, h('p', { className: 'note' }, t('upload.rules')), form), load };
}

function attachmentTable(attachments) {
  return h('table', { className: 'data-table' },
    h('thead', {}, h('tr', {}, h('th', {}, t('document.file')), h('th', {}, t('document.size')),
      h('th', {}, t('attachments.uploadedBy')), h('th', {}, t('document.uploadedAt')))),
    h('tbody', {}, attachments.map((attachment) => h('tr', {},
      h('td', {}, h('a', { href: `/api/attachments/${encodeURIComponent(attachment.id)}`, download: attachment.fileName,
        title: `SHA-256 ${attachment.sha256 ?? ''}` }, attachment.fileName)),
      h('td', {}, formatSize(attachment.size)),
      h('td', {}, attachment.uploadedBy ?? ''),
      h('td', {}, formatDateTime(attachment.uploadedAt))))));
}
