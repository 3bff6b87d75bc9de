import { h, replaceChildren } from '../core/dom.js';
import { t } from '../i18n/i18n.js';
import { focusElement } from './modeler.js';

/**
 * Lists validation problems ({ elementId, line, message }); clicking one selects its element in the
 * modeler. An empty list says the diagram is valid.
 */
export function showProblems(host, problems, modeler) {
  if (problems.length === 0) {
    replaceChildren(host, h('p', { className: 'ok', role: 'status', dataset: { testid: 'validation-ok' } }, t('designer.valid')));
    return;
  }
  replaceChildren(host,
    h('p', { className: 'form-error', role: 'alert' }, t('designer.problemCount', { count: problems.length })),
    h('ul', { className: 'problem-list', dataset: { testid: 'problems' } }, problems.map((problem) => h('li', {},
      problem.elementId
        ? h('button', { type: 'button', className: 'link-button', onclick: () => focusElement(modeler, problem.elementId) }, problem.elementId)
        : null,
      problem.line ? h('small', {}, ` ${t('designer.line', { line: problem.line })} `) : ' ',
      problem.message))));
}

/**
 * The problems of a validation answer or a saved draft ({ problems: ["LINE: ELEMENT_ID: message"] }),
 * or of a 400 problem-details body (`errors` keyed by element id).
 */
export function problemsOf(body) {
  if (Array.isArray(body?.problems)) {
    return body.problems.map(parseProblem);
  }
  if (body?.errors && typeof body.errors === 'object') {
    return Object.entries(body.errors).flatMap(([elementId, messages]) =>
      [].concat(messages).map((message) => ({ elementId, message })));
  }
  return [];
}

// The engine describes a problem as "12: Task_1: message", with "-" when no element is to blame.
function parseProblem(text) {
  const match = /^(\d+): ([^:]+): ([\s\S]*)$/.exec(text);
  if (!match) {
    return { message: text };
  }
  return { line: Number(match[1]) || null, elementId: match[2] === '-' ? null : match[2], message: match[3] };
}
