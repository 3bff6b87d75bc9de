import { Form } from '@bpmn-io/form-js-viewer';

/**
 * A form-js viewer for one task. `submit()` runs the browser-side checks and resolves to the data,
 * or null when a field is invalid (form-js then shows the messages beside the fields).
 */
export async function createTaskForm(container, schema, data) {
  const form = new Form({ container });
  await form.importSchema(schema, data ?? {});

  return {
    submit() {
      const { data: values, errors } = form.submit();
      return Object.keys(errors).length === 0 ? values : null;
    },

    /**
     * Shows the server's field errors (keyed by field key) inline, the way form-js shows its own.
     * form-js has no public setter for errors, so this uses the state update its own validation uses.
     * Returns the messages whose key matches no field, for the caller to list.
     */
    showServerErrors(fieldErrors) {
      const fields = form.get('formFieldRegistry').getAll();
      const errors = {};
      const unmatched = [];
      for (const [rawKey, messages] of Object.entries(fieldErrors)) {
        const key = rawKey.replace(/^variables\./i, '');
        const field = fields.find((candidate) => candidate.key === key);
        if (field) {
          errors[field.id] = messages;
        } else {
          unmatched.push(...messages.map((message) => (key ? `${key}: ${message}` : message)));
        }
      }
      form._setState({ errors });
      return unmatched;
    },

    setDisabled(disabled) {
      form.setProperty('disabled', disabled);
    },

    destroy() {
      form.destroy();
    }
  };
}
