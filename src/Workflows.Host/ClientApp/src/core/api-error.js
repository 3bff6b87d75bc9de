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
}
