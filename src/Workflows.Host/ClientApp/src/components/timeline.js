import { h } from '../core/dom.js';
import { t, formatDateTime } from '../i18n/i18n.js';

/** An append-only history as a vertical timeline, newest last, as the audit trail records it. */
export function timeline(entries, describe) {
  if (!entries?.length) {
    return h('p', { className: 'empty' }, t('common.none'));
  }
  return h('ol', { className: 'timeline' }, entries.map((entry) => h('li', {},
    h('time', { dateTime: entry.at ?? entry.occurredAt }, formatDateTime(entry.at ?? entry.occurredAt)),
    ' ',
    h('strong', {}, entry.actor ?? entry.userName ?? ''),
    ' ',
    describe(entry))));
}
