import zhCN from './zh-CN.js';
import en from './en.js';

// Simplified Chinese is the default: the users are county staff. English is a remembered switch.
const dictionaries = { 'zh-CN': zhCN, en };
const storageKey = 'workflows.language';
let language = dictionaries[localStorage.getItem(storageKey)] ? localStorage.getItem(storageKey) : 'zh-CN';
document.documentElement.lang = language;

export const languages = Object.keys(dictionaries);

export function getLanguage() {
  return language;
}

export function setLanguage(next) {
  if (!dictionaries[next]) {
    return;
  }
  language = next;
  localStorage.setItem(storageKey, next);
  document.documentElement.lang = next;
}

/** The text for `key` in the current language; `{name}` placeholders are filled from `params`. */
export function t(key, params = {}) {
  const text = dictionaries[language][key] ?? dictionaries['zh-CN'][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (params[name] ?? `{${name}}`));
}

/** A label for a code the server sends (stage, status…), falling back to the code itself. */
export function label(group, code) {
  if (code === null || code === undefined || code === '') {
    return '';
  }
  const key = `${group}.${camelCase(String(code))}`;
  const text = dictionaries[language][key] ?? dictionaries['zh-CN'][key];
  return text ?? String(code);
}

// The server may spell enum values as PascalCase, camelCase or kebab-case; dictionaries use camelCase.
function camelCase(code) {
  const joined = code.replace(/[-_ ]+(\w)/g, (_, letter) => letter.toUpperCase());
  return joined.charAt(0).toLowerCase() + joined.slice(1);
}

export function formatDate(value) {
  if (!value) {
    return '';
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleDateString(language);
}

export function formatDateTime(value) {
  if (!value) {
    return '';
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleString(language);
}
