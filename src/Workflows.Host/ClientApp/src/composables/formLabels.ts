// A form's English texts live in its components' custom properties (editable in the form editor):
// `label.en` for the label, `values.<value>.en` for each option and `text.en` for a text block. English mode draws the form with them;
// a field without them keeps its Chinese label. A read-only field whose value the process writes in both languages
// names the English variable in `key.en` (`revisionChanges` → `revisionChangesEn`); it is shown, never submitted.

interface FormComponent {
  label?: string;
  values?: { label: string; value: unknown }[];
  components?: FormComponent[];
  properties?: Record<string, string>;
  [key: string]: unknown;
}

/** A copy of the form-js schema with the English labels, option labels and texts where the form gives them. */
export function inEnglish<T extends Record<string, unknown>>(schema: T): T {
  return { ...schema, components: ((schema.components as FormComponent[] | undefined) ?? []).map(component) } as T;
}

/** The variables English mode shows in place of their Chinese ones: display only, so a submission leaves them out. */
export function englishKeys(schema: Record<string, unknown>): string[] {
  const keys = (fields: FormComponent[]): string[] =>
    fields.flatMap((field) => [
      ...(field.properties?.['key.en'] && field.readonly === true ? [field.properties['key.en']] : []),
      ...(Array.isArray(field.components) ? keys(field.components) : [])
    ]);
  return keys((schema.components as FormComponent[] | undefined) ?? []);
}

function component(field: FormComponent): FormComponent {
  const english = field.properties ?? {};
  return {
    ...field,
    ...(english['label.en'] && field.label !== undefined ? { label: english['label.en'] } : {}),
    ...(english['text.en'] && field.type === 'text' ? { text: english['text.en'] } : {}),
    ...(english['key.en'] && field.readonly === true ? { key: english['key.en'] } : {}),
    ...(Array.isArray(field.values)
      ? { values: field.values.map((option) => ({ ...option, label: english[`values.${String(option.value)}.en`] ?? option.label })) }
      : {}),
    ...(Array.isArray(field.components) ? { components: field.components.map(component) } : {})
  };
}
