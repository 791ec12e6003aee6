export function wordsOf(text: string): string[];
export function dutchWordsIn(text: string): string[];
export function isDutch(text: string, options?: { jsx?: boolean }): boolean;
