import { t } from '../i18n';

// Mirrors the server's defaults (Attachments:MaxBytes, the allowed extensions) so a user learns at once,
// before a 20 MB upload, that the file will be refused. The server checks again and has the last word.
export const maxUploadBytes = 20 * 1024 * 1024;
export const allowedExtensions = ['.pdf', '.doc', '.docx', '.xls', '.xlsx', '.png', '.jpg', '.jpeg', '.zip', '.ofd'];

/** The `accept` attribute of a file input that offers only allowed files. */
export const acceptAttribute = allowedExtensions.join(',');

/** Why `file` would be refused, or null when it may be uploaded. */
export function uploadProblem(file: File | null | undefined): string | null {
  if (!file) {
    return t('upload.noFile');
  }
  const dot = file.name.lastIndexOf('.');
  const extension = dot < 0 ? '' : file.name.slice(dot).toLowerCase();
  if (!allowedExtensions.includes(extension)) {
    return t('upload.badType', { name: file.name, types: allowedExtensions.join(' ') });
  }
  if (file.size === 0) {
    return t('upload.empty', { name: file.name });
  }
  if (file.size > maxUploadBytes) {
    return t('upload.tooLarge', { name: file.name, max: formatSize(maxUploadBytes) });
  }
  return null;
}

export function formatSize(bytes: number | null | undefined): string {
  if (typeof bytes !== 'number') {
    return '';
  }
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
