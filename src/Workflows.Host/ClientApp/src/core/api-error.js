// An HTTP error from the API, carrying the RFC 9457 problem details when the server sent them.
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }

  // ValidationProblemDetails: { errors: { fieldKey: ["message", ...] } }.
  get fieldErrors() {
    return this.problem.errors && typeof this.problem.errors === 'object' ? this.problem.errors : {};
  }

  // Every message the server gave: the rule violations (`problems`, each naming its article of the
  // measures), the field errors, or else the detail.
  get messages() {
    if (Array.isArray(this.problem.problems) && this.problem.problems.length > 0) {
      return this.problem.problems.map(String);
    }
    const fieldMessages = Object.values(this.fieldErrors).flat().map(String);
    return fieldMessages.length > 0 ? fieldMessages : [this.message];
  }
}
