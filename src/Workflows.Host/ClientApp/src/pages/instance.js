import { h, replaceChildren } from '../core/dom.js';
import { t, label } from '../i18n/i18n.js';
import { api } from '../core/api.js';
import { timeline } from '../components/timeline.js';
import { instanceDiagram } from '../components/diagram-viewer.js';

export async function render({ container, params }) {
  const instance = await api.get(`/api/instances/${encodeURIComponent(params.id)}`);
  const diagram = instanceDiagram(instance);

  replaceChildren(container,
    h('h1', {}, `${instance.definitionKey} v${instance.version}`),
    h('dl', { className: 'summary' },
      h('dt', {}, t('instance.businessKey')), h('dd', {}, instance.businessKey || '—'),
      h('dt', {}, t('instance.status')), h('dd', { dataset: { testid: 'instance-status' } }, label('instanceStatus', instance.status))),
    h('section', { className: 'panel' }, h('h2', {}, t('task.diagram')), diagram.element),
    h('section', { className: 'panel' }, h('h2', {}, t('project.history')),
      timeline(instance.history, (entry) => [label('historyKind', entry.kind), ' ', entry.activityId ?? '', ' ', entry.detail ?? ''])));
  return diagram.dispose;
}
