// The error the query API throws for input it cannot work with; its message starts with "faktograf/query:".
export class QueryError extends Error {
  override name = 'QueryError';
}
