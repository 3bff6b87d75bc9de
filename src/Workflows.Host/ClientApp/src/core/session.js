import { api } from './api.js';

// The signed-in user as the server describes it: { userName, displayName, roles[], departmentCode }.
let currentUser = null;

export function getUser() {
  return currentUser;
}

export function isAdmin() {
  return currentUser?.roles?.includes('admin') ?? false;
}

export function hasRole(role) {
  return currentUser?.roles?.includes(role) ?? false;
}

/** Asks the server who the cookie belongs to; null when nobody is signed in. */
export async function loadUser() {
  try {
    currentUser = await api.get('/api/auth/me');
  } catch (error) {
    if (error.status !== 401) {
      throw error;
    }
    currentUser = null;
  }
  return currentUser;
}

export async function signIn(userName, password) {
  await api.post('/api/auth/login', { userName, password });
  return loadUser();
}

export async function signOut() {
  try {
    await api.post('/api/auth/logout');
  } finally {
    currentUser = null;
  }
}

export function forgetUser() {
  currentUser = null;
}
