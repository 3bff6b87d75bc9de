import { h } from '../core/dom.js';
import { t, formatDate } from '../i18n/i18n.js';

/**
 * The due date (`dueAt`), with the working days left when the server counts them on the business
 * calendar (`workingDaysLeft`, negative once overdue). Overdue items are highlighted.
 */
export function dueBadge(item) {
  const dueDate = dueDateOf(item);
  if (!dueDate) {
    return h('span', { className: 'due due-none' }, t('due.none'));
  }
  const overdue = isOverdue(item);
  const soon = !overdue && typeof item.workingDaysLeft === 'number' && item.workingDaysLeft <= 2;
  return h('span', { className: overdue ? 'due due-overdue' : soon ? 'due due-soon' : 'due', dataset: { overdue: String(overdue) }, title: dueDate },
    formatDate(dueDate),
    ' ',
    h('small', {}, remaining(item, overdue)));
}

export function isOverdue(item) {
  const dueDate = dueDateOf(item);
  if (!dueDate) {
    return false;
  }
  if (typeof item.overdue === 'boolean') {
    return item.overdue;
  }
  return typeof item.workingDaysLeft === 'number' ? item.workingDaysLeft < 0 : new Date(dueDate) < new Date();
}

function dueDateOf(item) {
  return item?.dueAt ?? item?.dueDate ?? null;
}

function remaining(item, overdue) {
  if (typeof item.workingDaysLeft !== 'number') {
    return overdue ? `(${t('due.overdue')})` : '';
  }
  return overdue
    ? `(${t('due.overdueDays', { days: Math.abs(item.workingDaysLeft) })})`
    : `(${t('due.daysLeft', { days: item.workingDaysLeft })})`;
}
