import { zhCN } from './zhCN';

/**
 * bpmn-js's `translate` service in the UI's language, read when the modeler is created: switching the language
 * applies when the designer is next opened (the diagram is kept on the server, not in the modeler).
 */
export function translateModule(language: string) {
  const dictionary: Record<string, string> = language === 'zh-CN' ? zhCN : {};
  const translate = (template: string, replacements: Record<string, string> = {}) =>
    (dictionary[template] ?? template).replace(/{([^}]+)}/g, (_, key: string) => replacements[key] ?? `{${key}}`);
  return { translate: ['value', translate] };
}
