/** A problem with one input field; the service turns a list of them into a 400 naming each field. */
export interface FieldProblem {
  field: string;
  message: string;
}
