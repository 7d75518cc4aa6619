/** `content-sync`, `contentSync` or `content_sync` → `ContentSync`: manifest names as construct ids. */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/)
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** `emailPepper` → `EMAIL_PEPPER`: manifest names as environment variable names. */
export function constantCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/)
    .filter((part) => part.length > 0)
    .map((part) => part.toUpperCase())
    .join('_');
}
