import { h, replaceChildren } from '../../core/dom.js';
import { t, formatDateTime } from '../../i18n/i18n.js';
import { api } from '../../core/api.js';
import { errorMessage } from '../error-view.js';

const maxCommentLength = 2000;

/** The comments on a task, oldest first, and a form to add one (1-2000 characters, as the server allows). */
export function commentsPanel(taskUrl) {
  const list = h('div', { dataset: { testid: 'comments' } });
  const text = h('textarea', { name: 'comment', rows: 3, maxLength: maxCommentLength, required: true });
  const status = h('p', { className: 'form-error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', className: 'small' }, t('comments.add'));
  const form = h('form', { className: 'comment-form' },
    h('label', { className: 'field' }, h('span', { className: 'field-label' }, t('comments.text')), text), submit, status);

  const load = async () => {
    const comments = await api.get(`${taskUrl}/comments`);
    replaceChildren(list, comments.length === 0
      ? h('p', { className: 'empty' }, t('comments.empty'))
      : h('ul', { className: 'comment-list' }, comments.map(commentItem)));
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = text.value.trim();
    status.hidden = value.length > 0 && value.length <= maxCommentLength;
    status.textContent = t('comments.tooLong');
    if (!status.hidden) {
      return;
    }
    submit.disabled = true;
    try {
      await api.post(`${taskUrl}/comments`, { text: value });
      text.value = '';
      await load();
    } catch (error) {
      status.textContent = errorMessage(error);
      status.hidden = false;
    } finally {
      submit.disabled = false;
    }
  });

  return { element: h('div', {}, list, form), load };
}

function commentItem(comment) {
  return h('li', {},
    h('span', { className: 'meta' }, h('strong', {}, comment.authorName || comment.author), ' ',
      h('time', { dateTime: comment.createdAt }, formatDateTime(comment.createdAt))),
    h('p', {}, comment.text));
}
