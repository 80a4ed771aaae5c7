import { sessionFromEnv } from '../../shared/azure.js';
import { errorMessage } from '../../shared/errors.js';

/** The Microsoft Entra server app of AKS-managed Entra clusters: the audience of the token the API server takes. */
export const AKS_SERVER_SCOPE = '6dae42f8-4368-4678-94ff-3960e28e3630/.default';

/** The variable the kubeconfig's exec entry sets: run as a client-go credential plugin instead of as the step. */
export const TOKEN_MODE_VARIABLE = 'MUSAFIRGO_DEPLOY_AKS_CREDENTIAL';

/**
 * The bundle as a client-go `exec` credential plugin (for Helm): prints an `ExecCredential` with a fresh Entra
 * token for the AKS server app, exchanged with a GitHub ID token issued for this request, and its expiry, so the
 * client asks again before it runs out. The token goes only to stdout, which the client reads; nothing is logged
 * there, since a log line (the runner's add-mask command included) would corrupt the credential, and the
 * runner never sees this process's output anyway.
 */
export async function printExecCredential(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const stdout = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    const token = await sessionFromEnv('deploy-aks', env).credential.getToken(AKS_SERVER_SCOPE);
    stdout(
      JSON.stringify({
        apiVersion: 'client.authentication.k8s.io/v1',
        kind: 'ExecCredential',
        status: { token: token.token, expirationTimestamp: new Date(token.expiresOnTimestamp).toISOString() }
      })
    );
  } catch (error) {
    process.stderr.write(`deploy-aks credential plugin: ${errorMessage(error)}\n`);
    process.exitCode = 1;
  } finally {
    process.stdout.write = stdout;
  }
}
