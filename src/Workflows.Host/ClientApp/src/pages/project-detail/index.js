import { h, replaceChildren } from '../../core/dom.js';
import { t, label } from '../../i18n/i18n.js';
import { api } from '../../core/api.js';
import { navigate } from '../../core/router.js';
import { takeFlash } from '../../core/flash.js';
import { timeline } from '../../components/timeline.js';
import { instanceDiagram } from '../../components/diagram-viewer.js';
import { errorMessage } from '../../components/error-view.js';
import { overview } from './overview.js';
import { deadlines, filings, describeChange } from './schedule.js';
import { documentsPanel } from './documents.js';
import { startApplication } from './start-application.js';

export async function render({ container, params }) {
  const project = await api.get(`/api/projects/${encodeURIComponent(params.id)}`);
  const instancesSection = panel(t('project.processes'));
  const flash = takeFlash();
  const reload = () => navigate(location.pathname, { replace: true });

  replaceChildren(container,
    h('h1', {}, project.name, ' ', h('small', {}, project.code)),
    flash && h('p', { className: 'flash', role: 'status', dataset: { testid: 'flash' } }, flash),
    overview(project),
    startApplication(project),
    h('div', { className: 'columns' },
      panel(t('project.deadlines'), deadlines(project.deadlines)),
      panel(t('project.filings'), filings(project.filings))),
    panel(t('project.documents'), documentsPanel(project, reload)),
    instancesSection,
    panel(t('project.history'), timeline(project.history, describeChange)));

  const diagrams = await showDiagrams(instancesSection, project.instances ?? []);
  return () => diagrams.forEach((diagram) => diagram.dispose());
}

// One diagram per process instance of the project, its current and completed steps highlighted.
async function showDiagrams(section, summaries) {
  if (summaries.length === 0) {
    section.append(h('p', { className: 'empty' }, t('common.none')));
    return [];
  }
  const diagrams = [];
  for (const summary of summaries) {
    const heading = h('h3', {}, h('a', { href: `/instances/${encodeURIComponent(summary.id)}` },
      `${summary.definitionKey} v${summary.version}`), ' ', label('instanceStatus', summary.status));
    section.append(heading);
    try {
      const diagram = instanceDiagram(await api.get(`/api/instances/${encodeURIComponent(summary.id)}`));
      diagrams.push(diagram);
      section.append(diagram.element);
    } catch (error) {
      section.append(h('p', { className: 'form-error' }, `${t('diagram.failed')}: ${errorMessage(error)}`));
    }
  }
  return diagrams;
}

function panel(title, ...body) {
  return h('section', { className: 'panel' }, h('h2', {}, title), body);
}
