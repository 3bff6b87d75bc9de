import { createI18n } from 'vue-i18n';
import zhCN from './zh-CN';

export type Language = 'zh-CN' | 'en';

// Simplified Chinese is the default: the users are county staff. English is a remembered switch.
const storageKey = 'workflows.language';
const stored = localStorage.getItem(storageKey);
const initial: Language = stored === 'en' ? 'en' : 'zh-CN';

export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  // The dictionaries are flat ('nav.inbox'), as the keys are grouped by page, not nested objects.
  flatJson: true,
  missingWarn: false,
  fallbackWarn: false,
  // The English dictionary is fetched when English is chosen, not with every page.
  messages: { 'zh-CN': zhCN }
});

document.documentElement.lang = 'zh-CN';

/** The remembered language, its dictionary loaded: the UI is mounted once this settles. */
export const languageReady: Promise<void> = initial === 'en' ? setLanguage('en') : Promise.resolve();

export function language(): Language {
  return i18n.global.locale.value as Language;
}

export async function setLanguage(next: Language): Promise<void> {
  // Remembered at once: a reload while the dictionary is still on its way opens in the chosen language.
  localStorage.setItem(storageKey, next);
  if (next === 'en' && !i18n.global.availableLocales.includes('en')) {
    i18n.global.setLocaleMessage('en', (await import('./en')).default);
  }
  i18n.global.locale.value = next;
  document.documentElement.lang = next;
}

/** Between the items of a list: 、 in Chinese, a comma in English. */
export function listSeparator(): string {
  return language() === 'en' ? ', ' : '、';
}

/** Between the clauses of a sentence (several changes, several messages): ； in Chinese, a semicolon in English. */
export function clauseSeparator(): string {
  return language() === 'en' ? '; ' : '；';
}

/** A remark after a phrase, in the language's parentheses: 未认领（县直部门） / Not claimed (County department). */
export function aside(text: string): string {
  return language() === 'en' ? ` (${text})` : `（${text}）`;
}

export const t = (key: string, params: Record<string, unknown> = {}): string => i18n.global.t(key, params);

/** A label for a code the server sends (stage, status…), falling back to the code itself. */
export function label(group: string, code: unknown): string {
  if (code === null || code === undefined || code === '') {
    return '';
  }
  const key = `${group}.${camelCase(String(code))}`;
  return i18n.global.te(key) || i18n.global.te(key, 'zh-CN') ? t(key) : String(code);
}

// The server may spell enum values as PascalCase, camelCase or kebab-case; dictionaries use camelCase.
function camelCase(code: string): string {
  const joined = code.replace(/[-_ ]+(\w)/g, (_, letter: string) => letter.toUpperCase());
  return joined.charAt(0).toLowerCase() + joined.slice(1);
}

// Dates and times are written here in the very text the browser's toLocaleString gives for the two languages
// ('2026/12/6 18:05:55', '12/6/2026, 6:05:55 PM'), not through Intl: Chromium builds its Chinese date patterns on the
// first date each page formats, 150-280 ms on a four times slower CPU, a quarter of the inbox's first-load budget.
const twoDigits = (value: number) => String(value).padStart(2, '0');

function dateText(date: Date): string {
  const [year, month, day] = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  return language() === 'en' ? `${month}/${day}/${year}` : `${year}/${month}/${day}`;
}

function dateTimeText(date: Date): string {
  const [hours, minutes, seconds] = [date.getHours(), twoDigits(date.getMinutes()), twoDigits(date.getSeconds())];
  return language() === 'en'
    ? `${dateText(date)}, ${hours % 12 || 12}:${minutes}:${seconds} ${hours < 12 ? 'AM' : 'PM'}`
    : `${dateText(date)} ${twoDigits(hours)}:${minutes}:${seconds}`;
}

export function formatDate(value: string | null | undefined): string {
  if (!value) {
    return '';
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : dateText(date);
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) {
    return '';
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : dateTimeText(date);
}

export function money(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `¥${Number(value).toLocaleString('zh-CN')}`;
}

/**
 * The `lang` of a text from the data (a name, a title) when it is not in the UI's language: Chinese text on an English
 * page is marked zh-CN, so a screen reader reads it with a Chinese voice; undefined otherwise.
 */
export function langOf(text: string | null | undefined): Language | undefined {
  return language() === 'en' && text && /\p{Script=Han}/u.test(text) ? 'zh-CN' : undefined;
}
