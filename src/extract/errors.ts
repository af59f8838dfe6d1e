// The error the extractor throws for input it cannot work with; its message starts with "faktograf/extract:".
export class ExtractError extends Error {
  override name = 'ExtractError';
}
