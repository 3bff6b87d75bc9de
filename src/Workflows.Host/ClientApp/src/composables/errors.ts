import { ElMessage } from 'element-plus';
import { t, clauseSeparator } from '../i18n';
import { ApiError } from '../api/http';

// What bpmn-js throws when a definition has no BPMN DI: the process is valid, only its drawing is missing.
const noLayout = 'no diagram to display';

/** A one-line text for an error shown next to the thing that failed. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 403) {
      return t('error.forbidden.title');
    }
    if (error.status === 409) {
      return error.message && error.message !== 'HTTP 409' ? `${t('error.conflict.title')}: ${error.message}` : t('error.conflict.title');
    }
    if (error.status === 400) {
      return error.messages.join(clauseSeparator());
    }
    return error.message;
  }
  if (error instanceof Error && error.message === noLayout) {
    return t('diagram.noLayout');
  }
  return error instanceof Error ? error.message : String(error);
}

/** Confirms a change that succeeded. */
export function confirmDone(message: string): void {
  ElMessage({ type: 'success', message, showClose: true });
}

/** Says that an action failed, with the server's reason. */
export function reportFailure(error: unknown): void {
  ElMessage({ type: 'error', message: errorMessage(error), showClose: true, duration: 6000 });
}
