/**
 * Messages of the errors a user reads (`UserError`, shared/userError.ts) that are not part of a
 * feature's form: a record that is gone, an action that is not allowed.
 */
export const errors = {
  companyGone: 'Dit bedrijf bestaat niet meer.',
  mergeSelf: 'Een bedrijf kan niet met zichzelf worden samengevoegd.',
  mergeGone: 'Een van beide bedrijven bestaat niet meer.',
  interviewGone: 'Dit gesprek bestaat niet meer.',
  interviewFinished: 'Een afgerond gesprek kan niet worden verwijderd.',
  backupGone: 'Deze back-up bestaat niet meer.',
  keyTaken: (key: string) => `De sleutel "${key}" is al in gebruik; kies een andere.`,
  meetingNotSaved: 'Het overleg kon niet worden opgeslagen.',
} as const;
