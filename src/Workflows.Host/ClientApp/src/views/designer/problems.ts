/** A validation problem of a diagram: the element to blame (when one is), the XML line and the message. */
export interface DiagramProblem {
  elementId?: string | null;
  line?: number | null;
  message: string;
}

/**
 * The problems of a validation answer or a saved draft ({ problems: ["LINE: ELEMENT_ID: message"] }),
 * or of a 400 problem-details body (`errors` keyed by element id).
 */
export function problemsOf(body: { problems?: unknown; errors?: unknown } | null | undefined): DiagramProblem[] {
  if (Array.isArray(body?.problems)) {
    return body.problems.map((text) => parseProblem(String(text)));
  }
  if (body?.errors && typeof body.errors === 'object') {
    return Object.entries(body.errors as Record<string, string[]>).flatMap(([elementId, messages]) =>
      ([] as string[]).concat(messages).map((message) => ({ elementId, message })));
  }
  return [];
}

/** The warnings of a validation answer, a saved draft or a publish outcome ({ warnings: ["LINE: ELEMENT_ID: message"] }):
 * constructs the engine reads past, so the model still runs. */
export function warningsOf(body: { warnings?: unknown } | null | undefined): DiagramProblem[] {
  return Array.isArray(body?.warnings) ? body.warnings.map((text) => parseProblem(String(text))) : [];
}

// The engine describes a problem as "12: Task_1: message", with "-" when no element is to blame.
function parseProblem(text: string): DiagramProblem {
  const match = /^(\d+): ([^:]+): ([\s\S]*)$/.exec(text);
  if (!match) {
    return { message: text };
  }
  return { line: Number(match[1]) || null, elementId: match[2] === '-' ? null : match[2], message: match[3] };
}
