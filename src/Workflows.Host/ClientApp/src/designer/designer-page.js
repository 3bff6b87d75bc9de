import { h, replaceChildren } from '../core/dom.js';
import { t } from '../i18n/i18n.js';
import { api } from '../core/api.js';
import { errorMessage } from '../components/error-view.js';
import { createModeler } from './modeler.js';
import { blankDiagram } from './blank-diagram.js';
import { showProblems, problemsOf } from './problem-list.js';
import { showVersions, newestFirst, isDraft } from './version-list.js';
import { renderDefinitionPicker } from './definition-picker.js';

export async function render({ container, params }) {
  if (!params.key) {
    return renderDefinitionPicker(container);
  }
  const key = params.key;
  const base = `/api/definitions/${encodeURIComponent(key)}`;
  const state = { versions: [], open: null, dirty: false };
  const status = h('p', { className: 'status-line', role: 'status', dataset: { testid: 'designer-status' } });
  const problemsHost = h('div', { className: 'problems' });
  const versionsHost = h('div');
  const canvas = h('div', { className: 'modeler-canvas', dataset: { testid: 'modeler' } });
  const properties = h('div', { className: 'modeler-properties' });
  const modeler = createModeler(canvas, properties);
  modeler.on('commandStack.changed', () => { state.dirty = true; });

  const editor = {
    base, state, modeler,
    say: (message) => { status.textContent = message; },
    showProblems: (problems) => showProblems(problemsHost, problems, modeler),
    refreshVersions: async () => {
      state.versions = newestFirst(await api.get(`${base}/versions`).catch(notFoundAsEmpty));
      showVersions(versionsHost, state.versions, state.open, open);
    }
  };

  async function open(version) {
    const xml = !version ? blankDiagram(key)
      : isDraft(version) ? await api.getText(`${base}/drafts/xml`)
        : await api.getText(`${base}/versions/${version.version}/xml`);
    await modeler.importXML(xml);
    modeler.get('canvas').zoom('fit-viewport');
    state.open = version;
    state.dirty = false;
    showVersions(versionsHost, state.versions, version, open);
    editor.say(!version ? t('designer.newDefinition')
      : isDraft(version) ? t('designer.openedDraft') : t('designer.opened', { version: version.version }));
  }

  replaceChildren(container,
    h('div', { className: 'designer-toolbar' },
      h('h1', {}, t('designer.title'), ' ', h('code', {}, key)),
      button('validate', t('designer.validate'), () => validate(editor)),
      button('save-draft', t('designer.saveDraft'), () => saveDraft(editor)),
      button('publish', t('designer.publish'), () => publish(editor)),
      status),
    h('div', { className: 'designer-layout' },
      canvas,
      properties,
      h('aside', { className: 'designer-side' },
        h('h2', {}, t('designer.problems')), problemsHost,
        h('h2', {}, t('designer.versions')), versionsHost)));

  await editor.refreshVersions();
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

async function validate(editor) {
  const { xml } = await editor.modeler.saveXML({ format: true });
  try {
    editor.showProblems(problemsOf(await api.postXml('/api/definitions/validate', xml)));
  } catch (error) {
    report(error, editor);
  }
}

/** Saves the diagram as the key's single draft; a draft may be invalid, so its problems are listed. */
async function saveDraft(editor) {
  const { xml } = await editor.modeler.saveXML({ format: true });
  try {
    const saved = await api.postXml(`${editor.base}/drafts`, xml);
    const problems = problemsOf(saved);
    editor.state.dirty = false;
    await editor.refreshVersions();
    editor.state.open = editor.state.versions.find(isDraft) ?? null;
    editor.showProblems(problems);
    editor.say(t('designer.draftSaved'));
    return problems;
  } catch (error) {
    report(error, editor);
    return null;
  }
}

// Publishing always publishes what is on screen: it is saved as the draft first, and only a valid
// draft is published, as the next version number (the server answers 409 when someone was faster).
async function publish(editor) {
  const problems = await saveDraft(editor);
  if (problems === null) {
    return;
  }
  if (problems.length > 0) {
    editor.say(t('designer.fixProblems'));
    return;
  }
  const latest = Math.max(0, ...editor.state.versions.filter((version) => !isDraft(version)).map((version) => version.version));
  try {
    const outcome = await api.post(`${editor.base}/versions/${latest + 1}/publish`);
    await editor.refreshVersions();
    editor.state.open = editor.state.versions.find((version) => version.version === outcome.version) ?? null;
    editor.say(outcome.published ? t('designer.published', { version: outcome.version }) : t('designer.unchanged', { version: outcome.version }));
  } catch (error) {
    report(error, editor);
  }
}

function report(error, editor) {
  const problems = problemsOf(error.problem);
  if (error.status === 400 && problems.length > 0) {
    editor.showProblems(problems);
    editor.say(t('designer.fixProblems'));
  } else {
    editor.say(errorMessage(error));
  }
}

function notFoundAsEmpty(error) {
  if (error.status === 404) {
    return [];
  }
  throw error;
}

function button(action, text, onClick) {
  return h('button', {
    type: 'button',
    dataset: { action },
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
