import { h } from '../../core/dom.js';
import { t } from '../../i18n/i18n.js';
import { api } from '../../core/api.js';
import { navigate } from '../../core/router.js';
import { errorMessage } from '../../components/error-view.js';
import { firstTaskPath } from '../../components/start-process.js';

/**
 * 发起立项申请: starts the new-project process for a registered project that has none yet, keyed by the
 * project code, and opens its first task (填报立项申请). The process checks arts. 8-12 when it is submitted.
 */
export function startApplication(project) {
  const hasProcess = (project.instances ?? []).some((instance) => instance.definitionKey === 'new-project');
  if (project.stage !== 'Registered' || hasProcess) {
    return null;
  }
  const status = h('p', { className: 'form-error', role: 'alert', hidden: true });
  const button = h('button', {
    type: 'button',
    className: 'primary',
    dataset: { testid: 'start-application' },
    onclick: async () => {
      button.disabled = true;
      status.hidden = true;
      try {
        const started = await api.post('/api/instances', {
          definitionKey: 'new-project',
          businessKey: project.code,
          variables: { projectId: project.id }
        });
        navigate(await firstTaskPath(started));
      } catch (error) {
        status.textContent = errorMessage(error);
        status.hidden = false;
        button.disabled = false;
      }
    }
  }, t('project.startApplication'));
  return h('section', { className: 'panel' }, h('p', { className: 'note' }, t('project.startApplicationHint')), button, status);
}
