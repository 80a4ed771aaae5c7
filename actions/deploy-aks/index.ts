import { printExecCredential, TOKEN_MODE_VARIABLE } from './kube/token.js';

// Helm runs this bundle as its credential plugin on every call; that path loads only the credential, so the step
// is a chunk of its own.
if (process.env[TOKEN_MODE_VARIABLE] === 'exec-credential') await printExecCredential();
else await (await import('./main.js')).run();
