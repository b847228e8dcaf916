/** A problem with one input field, named by its path (`fundingSources`, `criteria[1].scale.step`). */
export interface FieldProblem {
  field: string;
  message: string;
}
