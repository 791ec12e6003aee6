/** Texts of the data layer: what a refused write tells the advisor. */
export const data = {
  /** `what` names the record ("Bedrijf"), each problem says which field and why. */
  invalidRow: (what: string, problems: readonly string[]) => `${what} is niet opgeslagen: ${problems.join('; ')}.`,
  fieldProblem: (field: string, message: string) => `${field}: ${message}`,
  /** For a problem of the record as a whole rather than of one field. */
  wholeRecord: 'het geheel',
} as const;
