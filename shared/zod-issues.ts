import type * as core from 'zod/v4/core';

export interface ZodIssueFormat {
  /** Name of the place an issue without a path is about (default `(root)`). */
  readonly root?: string;
  /** Appended to the line of an unknown key, e.g. a "did you mean" suggestion. */
  readonly unknownKeyHint?: (key: string) => string;
}

/** `units[3].ceased.successors[0]`: the entry as a reader of the file or record finds it. */
export function zodIssuePath(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`)).join('');
}

/**
 * One line per problem of a failed zod parse, `where: what`; an unknown key is named
 * (zod's own message lists every unknown key of an object on one line).
 */
export function formatZodIssues(error: core.$ZodError, format: ZodIssueFormat = {}): string[] {
  return error.issues.flatMap((issue) => {
    const where = issue.path.length ? zodIssuePath(issue.path) : (format.root ?? '(root)');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${where}: unknown key "${key}"${format.unknownKeyHint?.(key) ?? ''}`);
    }
    return [`${where}: ${issue.message}`];
  });
}
