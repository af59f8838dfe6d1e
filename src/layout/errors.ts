// The error the layout throws for input it cannot work with; its message starts with "faktograf/layout:".
export class LayoutError extends Error {
  override name = 'LayoutError';
}
