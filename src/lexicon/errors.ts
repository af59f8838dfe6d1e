// The error the dictionary reader throws for input it cannot work with; its message starts with "faktograf/lexicon:".
export class LexiconError extends Error {
  override name = 'LexiconError';
}
