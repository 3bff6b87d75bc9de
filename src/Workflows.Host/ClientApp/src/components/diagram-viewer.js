import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { h } from '../core/dom.js';
import { api } from '../core/api.js';
import { t } from '../i18n/i18n.js';

/**
 * The process diagram of an instance: active activities carry the `wf-active` marker, completed
 * ones `wf-completed`. Returns the element to insert and a dispose function.
 */
export function instanceDiagram(instance) {
  const canvas = h('div', { className: 'diagram', dataset: { testid: 'diagram' } });
  const legend = h('p', { className: 'legend' },
    h('span', { className: 'legend-active' }, t('diagram.active')),
    h('span', { className: 'legend-completed' }, t('diagram.completed')));
  const viewer = new NavigatedViewer({ container: canvas });
  const element = h('div', { className: 'diagram-panel' }, canvas, legend);

  load(viewer, instance).catch((error) => {
    canvas.replaceChildren(h('p', { className: 'form-error' }, `${t('diagram.failed')}: ${error.message}`));
  });

  return { element, dispose: () => viewer.destroy() };
}

async function load(viewer, instance) {
  const key = encodeURIComponent(instance.definitionKey);
  const xml = await api.getText(`/api/definitions/${key}/versions/${instance.version}/xml`);
  await viewer.importXML(xml);
  viewer.get('canvas').zoom('fit-viewport');
  highlight(viewer, instance);
}

export function highlight(viewer, instance) {
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  const active = new Set(instance.activeActivityIds ?? []);
  const completed = new Set(completedActivityIds(instance).filter((id) => !active.has(id)));
  for (const id of completed) {
    if (registry.get(id)) {
      canvas.addMarker(id, 'wf-completed');
    }
  }
  for (const id of active) {
    if (registry.get(id)) {
      canvas.addMarker(id, 'wf-active');
    }
  }
}

function completedActivityIds(instance) {
  return (instance.history ?? [])
    .filter((entry) => entry.kind === 'ActivityEnded' && entry.activityId)
    .map((entry) => entry.activityId);
}
