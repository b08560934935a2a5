/** Hosts that mean "every interface": a URL cannot name them, but `localhost` reaches them. */
const WILDCARD_HOSTS: readonly string[] = ['0.0.0.0', '::', '[::]'];

const LOOPBACK_HOSTS: readonly string[] = ['localhost', '::1', '[::1]'];

/** The host part of a URL that reaches a server listening on `host`. */
export function urlHost(host: string): string {
  if (WILDCARD_HOSTS.includes(host)) return 'localhost';
  if (host.includes(':') && !host.startsWith('[')) return `[${host}]`;
  return host;
}

/** Whether `host` is reachable only from this machine. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.includes(host) || host.startsWith('127.');
}

/** Whether `host` means every interface of this machine. */
export function isWildcardHost(host: string): boolean {
  return WILDCARD_HOSTS.includes(host);
}
