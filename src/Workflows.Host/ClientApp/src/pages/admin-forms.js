import { h } from '../core/dom.js';
import { errorMessage } from '../components/error-view.js';

/** A labelled form control; the label text is also the control's accessible name. */
export function field(text, control) {
  return h('label', {}, text, ' ', control);
}

export function selectOf(name, text, options) {
  return h('select', { name, 'aria-label': text },
    options.map(([value, caption]) => h('option', { value }, caption)));
}

/** The inline place where a form shows the server's problem details. */
export function problemOutput(testid) {
  return h('p', { className: 'form-error', role: 'alert', dataset: { testid }, hidden: true });
}

// Validation problems carry one message per field; other errors keep their one-line alert.
export function showProblem(output, error) {
  output.textContent = error?.status === 400 ? error.messages.join('；') : errorMessage(error);
  output.hidden = false;
}

export function clearProblem(output) {
  output.textContent = '';
  output.hidden = true;
}

/** Wires `form` so that submitting runs `action`, showing any failure in `output`. */
export function onSubmit(form, output, action) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(output);
    try {
      await action();
    } catch (error) {
      showProblem(output, error);
    }
  });
  return form;
}
