import { h, replaceChildren } from '../../core/dom.js';
import { t } from '../../i18n/i18n.js';
import { errorMessage } from '../error-view.js';
import { commentsPanel } from './comments.js';
import { attachmentsPanel } from './attachments.js';

/**
 * 办理意见与留言 and 附件 of a task, side by side. Loaded after the form, so a slow or missing
 * comments service never keeps the user from handling the task.
 */
export function collaborationSection(taskUrl) {
  const comments = commentsPanel(taskUrl);
  const attachments = attachmentsPanel(taskUrl);
  const commentsBox = h('section', { className: 'panel', id: 'task-comments' }, h('h2', {}, t('comments.title')), comments.element);
  const attachmentsBox = h('section', { className: 'panel', id: 'task-attachments' }, h('h2', {}, t('attachments.title')), attachments.element);
  const element = h('div', { className: 'columns' }, commentsBox, attachmentsBox);

  const load = () => Promise.all([settle(comments, commentsBox, 'comments.title'), settle(attachments, attachmentsBox, 'attachments.title')]);
  return { element, load };
}

// A panel that cannot load shows why instead of a form that would fail as well.
async function settle(panel, box, titleKey) {
  try {
    await panel.load();
  } catch (error) {
    replaceChildren(box, h('h2', {}, t(titleKey)), h('p', { className: 'note' }, `${t('attachments.unavailable')}: ${errorMessage(error)}`));
  }
}
