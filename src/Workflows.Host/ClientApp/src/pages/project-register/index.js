import { h, replaceChildren } from '../../core/dom.js';
import { t, label } from '../../i18n/i18n.js';
import { api } from '../../core/api.js';
import { navigate } from '../../core/router.js';
import { setFlash } from '../../core/flash.js';
import { errorMessage } from '../../components/error-view.js';
import { placeProblems } from '../../components/problem-placement.js';
import { uploadFile, projectDocumentsPath } from '../../components/uploads/upload.js';
import { basicsSection } from './basics.js';
import { budgetsSection } from './budgets.js';
import { systemsSection } from './systems.js';
import { dataSharingSection } from './data-sharing.js';
import { cloudServicesSection } from './cloud-services.js';
import { documentsSection } from './documents.js';

// Where a rule violation from the server is shown: the messages name their article of the measures.
const placement = [
  [/第九条|art\. 9/, 'sharing'],
  [/第十二条|art\. 12|云服务/, 'cloud'],
  [/第十条|第十一条|art\. 1[01]|信息系统/, 'systems'],
  [/年度预算|总预算|total budget|year budget/, 'budgets'],
  [/第八条|art\. 8/, 'documents'],
  [/项目编号|项目名称|项目类型|建设内容|部门|共建/, 'basics']
];

/** 登记项目: a department clerk registers a project with its application data (arts. 8-12) and documents. */
export async function render({ container }) {
  const [catalogue, departments] = await Promise.all([api.get('/api/catalogue'), api.get('/api/departments').catch(() => [])]);
  const basics = basicsSection(departments);
  const budgets = budgetsSection();
  const systems = systemsSection(catalogue, departments);
  const sharing = dataSharingSection();
  const cloud = cloudServicesSection();
  const documents = documentsSection();
  const sections = [basics, budgets, systems, sharing, cloud, documents];
  const summary = h('div', { className: 'alert', role: 'alert', hidden: true, dataset: { testid: 'register-alert' } });
  const submit = h('button', { type: 'submit', className: 'primary' }, t('register.submit'));
  const form = h('form', { className: 'register-form', dataset: { testid: 'register-form' } },
    sections.map((part) => part.element), summary, h('div', { className: 'form-actions' }, submit));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    summary.hidden = true;
    try {
      await register({ sections, documents, summary });
    } finally {
      submit.disabled = false;
    }
  });

  replaceChildren(container, h('h1', {}, t('register.title')), h('p', { className: 'note' }, t('register.intro')), form);
}

async function register({ sections, documents, summary }) {
  const { code, ...application } = Object.assign({}, ...sections.filter((part) => part.read).map((part) => part.read()));
  let projectId;
  try {
    projectId = (await api.post('/api/projects', { code, application })).id;
  } catch (error) {
    showProblems(error, sections, summary);
    return;
  }
  const failures = await uploadDocuments(projectId, documents.files());
  setFlash(failures.length === 0 ? t('register.done') : `${t('register.doneWithFailures')} ${failures.join('；')}`);
  navigate(`/projects/${encodeURIComponent(projectId)}`);
}

// The project exists once registered; a failed upload is reported and can be repeated on its page.
async function uploadDocuments(projectId, files) {
  const failures = [];
  for (const { kind, file } of files) {
    try {
      await uploadFile(projectDocumentsPath(projectId), file, { kind });
    } catch (error) {
      failures.push(`${label('documentKind', kind)}: ${errorMessage(error)}`);
    }
  }
  return failures;
}

function showProblems(error, sections, summary) {
  const slots = Object.fromEntries(sections.map((part) => [part.slot.dataset.problems, part.slot]));
  const messages = error.status === 400 ? error.messages : [errorMessage(error)];
  const unplaced = placeProblems(messages, slots, placement);
  const placedCount = messages.length - unplaced.length;
  replaceChildren(summary, h('p', {}, t('register.rejected', { count: messages.length })),
    unplaced.length > 0 && h('ul', {}, unplaced.map((message) => h('li', {}, message))));
  summary.hidden = false;
  (placedCount > 0 ? document.querySelector('.field-problems:not([hidden])') : summary).scrollIntoView({ block: 'center' });
}
