import { h, replaceChildren } from '../core/dom.js';
import { t } from '../i18n/i18n.js';
import { api } from '../core/api.js';
import { errorMessage } from '../components/error-view.js';
import { createModeler } from './modeler.js';
import { blankDiagram } from './blank-diagram.js';
import { showProblems, problemsOf } from './problem-list.js';
import { showVersions, newestFirst } from './version-list.js';
import { renderDefinitionPicker } from './definition-picker.js';

export async function render({ container, params }) {
  if (!params.key) {
    return renderDefinitionPicker(container);
  }
  const key = params.key;
  const state = { versions: [], open: null, dirty: false };
  const status = h('p', { className: 'status-line', role: 'status', dataset: { testid: 'designer-status' } });
  const problemsHost = h('div', { className: 'problems' });
  const versionsHost = h('div');
  const canvas = h('div', { className: 'modeler-canvas', dataset: { testid: 'modeler' } });
  const properties = h('div', { className: 'modeler-properties' });
  const modeler = createModeler(canvas, properties);
  modeler.on('commandStack.changed', () => { state.dirty = true; });

  const say = (message) => { status.textContent = message; };
  const actions = { key, state, modeler, problemsHost, say, refreshVersions, open };

  replaceChildren(container,
    h('div', { className: 'designer-toolbar' },
      h('h1', {}, t('designer.title'), ' ', h('code', {}, key)),
      button('validate', t('designer.validate'), () => validate(actions)),
      button('save-draft', t('designer.saveDraft'), () => saveDraft(actions)),
      button('publish', t('designer.publish'), () => publish(actions)),
      status),
    h('div', { className: 'designer-layout' },
      canvas,
      properties,
      h('aside', { className: 'designer-side' },
        h('h2', {}, t('designer.problems')), problemsHost,
        h('h2', {}, t('designer.versions')), versionsHost)));

  async function refreshVersions() {
    state.versions = newestFirst(await api.get(`/api/definitions/${encodeURIComponent(key)}/versions`).catch(notFoundAsEmpty));
    showVersions(versionsHost, state.versions, state.open?.version, open);
  }

  async function open(version) {
    const xml = version
      ? await api.getText(`/api/definitions/${encodeURIComponent(key)}/versions/${version.version}/xml`)
      : blankDiagram(key);
    await modeler.importXML(xml);
    modeler.get('canvas').zoom('fit-viewport');
    state.open = version;
    state.dirty = false;
    showVersions(versionsHost, state.versions, version?.version, open);
    say(version ? t('designer.opened', { version: version.version }) : t('designer.newDefinition'));
  }

  await refreshVersions();
  await open(state.versions[0] ?? null);

  const warnUnsaved = (event) => {
    if (state.dirty) {
      event.preventDefault();
    }
  };
  window.addEventListener('beforeunload', warnUnsaved);
  return () => {
    window.removeEventListener('beforeunload', warnUnsaved);
    modeler.destroy();
  };
}

async function validate({ modeler, problemsHost, say }) {
  const { xml } = await modeler.saveXML({ format: true });
  try {
    const answer = await api.postXml('/api/definitions/validate', xml);
    showProblems(problemsHost, problemsOf(answer), modeler);
  } catch (error) {
    handleProblem(error, { modeler, problemsHost, say });
  }
}

async function saveDraft({ key, state, modeler, problemsHost, say, refreshVersions }) {
  const { xml } = await modeler.saveXML({ format: true });
  try {
    const draft = await api.postXml(`/api/definitions/${encodeURIComponent(key)}/drafts`, xml);
    state.dirty = false;
    await refreshVersions();
    state.open = state.versions.find((version) => version.version === draft.version) ?? draft;
    showProblems(problemsHost, [], modeler);
    say(t('designer.draftSaved', { version: draft.version }));
    return draft;
  } catch (error) {
    handleProblem(error, { modeler, problemsHost, say });
    return null;
  }
}

// Publishing always publishes what is on screen: unsaved edits become a draft first.
async function publish(actions) {
  const { key, state, say, refreshVersions } = actions;
  const isDraft = String(state.open?.status ?? '').toLowerCase() === 'draft';
  const draft = state.dirty || !isDraft ? await saveDraft(actions) : state.open;
  if (!draft) {
    return;
  }
  try {
    const published = await api.post(`/api/definitions/${encodeURIComponent(key)}/versions/${draft.version}/publish`);
    await refreshVersions();
    state.open = state.versions.find((version) => version.version === (published?.version ?? draft.version)) ?? state.open;
    say(t('designer.published', { version: published?.version ?? draft.version }));
  } catch (error) {
    handleProblem(error, actions);
  }
}

function handleProblem(error, { modeler, problemsHost, say }) {
  const problems = problemsOf(error.problem);
  if (error.status === 400 && problems.length > 0) {
    showProblems(problemsHost, problems, modeler);
    say(t('designer.fixProblems'));
  } else {
    say(errorMessage(error));
  }
}

function notFoundAsEmpty(error) {
  if (error.status === 404) {
    return [];
  }
  throw error;
}

function button(id, text, onClick) {
  return h('button', {
    type: 'button',
    dataset: { action: id },
    onclick: async (event) => {
      const target = event.currentTarget;
      target.disabled = true;
      try {
        await onClick();
      } finally {
        target.disabled = false;
      }
    }
  }, text);
}
