/**
 * The form editor's palette limited to the component types the server stores (`GET /api/forms/component-types`):
 * a type it would refuse at save is not offered. form-js has no public way to leave a type out of the palette, which
 * lists the registered form fields, so the others are taken out of that registry before the palette is drawn.
 */
export function componentSubsetModule(types: readonly string[]) {
  class ComponentSubset {
    static $inject = ['formFields'];

    constructor(formFields: { _formFields: Record<string, unknown> }) {
      for (const type of Object.keys(formFields._formFields)) {
        if (type !== 'default' && !types.includes(type)) {
          delete formFields._formFields[type];
        }
      }
    }
  }
  return { __init__: ['componentSubset'], componentSubset: ['type', ComponentSubset] };
}
