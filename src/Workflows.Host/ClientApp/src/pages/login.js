import { h, replaceChildren } from '../core/dom.js';
import { t } from '../i18n/i18n.js';
import { signIn } from '../core/session.js';
import { navigate } from '../core/router.js';

export function render({ container, query }) {
  const userName = h('input', { id: 'userName', name: 'userName', autocomplete: 'username', required: true, autofocus: true });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const error = h('p', { className: 'form-error', role: 'alert', hidden: true, dataset: { testid: 'login-error' } });
  const submit = h('button', { type: 'submit', className: 'primary' }, t('login.submit'));

  const form = h('form', { className: 'login-form', noValidate: true },
    h('h1', {}, t('app.title')),
    h('label', { htmlFor: 'userName' }, t('login.userName')), userName,
    h('label', { htmlFor: 'password' }, t('login.password')), password,
    error,
    submit);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!userName.value.trim() || !password.value) {
      showError(error, t('login.required'));
      return;
    }
    submit.disabled = true;
    try {
      await signIn(userName.value.trim(), password.value);
      navigate(safeReturnUrl(query.get('returnUrl')), { replace: true });
    } catch (failure) {
      showError(error, failure.status === 401 ? t('login.invalid') : failure.message);
      password.value = '';
      password.focus();
    } finally {
      submit.disabled = false;
    }
  });

  replaceChildren(container, h('div', { className: 'login-page' }, form));
}

function showError(element, message) {
  element.textContent = message;
  element.hidden = false;
}

// Only same-site paths: a crafted link must not send the user elsewhere after signing in.
function safeReturnUrl(value) {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/login') ? value : '/inbox';
}
