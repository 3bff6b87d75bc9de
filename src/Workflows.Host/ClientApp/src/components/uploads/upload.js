import { api } from '../../core/api.js';

/** Sends one file as multipart/form-data (field `file`, plus any other fields) and returns the server's item. */
export function uploadFile(path, file, fields = {}) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    body.append(name, value);
  }
  body.append('file', file, file.name);
  return api.postForm(path, body);
}

export function projectDocumentsPath(projectId) {
  return `/api/projects/${encodeURIComponent(projectId)}/documents`;
}
