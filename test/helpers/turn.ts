import { executeServerCommand } from '@web/test-runner-commands';

/** The run's coturn on loopback (test/helpers/coturn-plugin.mjs), started on first use. */
export async function coturn(): Promise<{ url: string; secret: string }> {
  const result = (await executeServerCommand('start-coturn')) as { url: string; secret: string } | undefined;
  if (!result?.url)
    throw new Error("coturn did not start (is Debian's coturn installed? see scripts/install-test-deps.sh)");
  return result;
}

/** TURN REST credentials for that coturn; a negative `ttlSeconds` gives expired ones. */
export async function turnCredentials(ttlSeconds: number): Promise<{ username: string; credential: string }> {
  return (await executeServerCommand('turn-credentials', { ttlSeconds })) as {
    username: string;
    credential: string;
  };
}
