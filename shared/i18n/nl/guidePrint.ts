/** Texts of the printed guide that say when a question applies ("Alleen als: …"). */
export const guidePrint = {
  onlyIf: (condition: string) => `Alleen als: ${condition}`,
  quoted: (text: string) => `„${text}”`,
  answeredWith: (question: string, values: string) => `${question} is beantwoord met ${values}`,
  notAnsweredWith: (question: string, values: string) =>
    `${question} is niet beantwoord met ${values}`,
  filledIn: (question: string) => `${question} is ingevuld`,
  notFilledIn: (question: string) => `${question} is niet ingevuld`,
  ticked: (question: string, option: string) => `bij ${question} is ${option} aangekruist`,
  notTicked: (question: string, option: string) => `bij ${question} is ${option} niet aangekruist`,
  not: (condition: string) => `niet (${condition})`,
  or: ' of ',
  and: ' en ',
  yes: 'ja',
  no: 'nee',
} as const;
