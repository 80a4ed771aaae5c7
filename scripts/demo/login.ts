import { loginInputs } from '../../tests/support/world.js';
import type { DemoContext } from './context.js';

/** Logs in to the sandbox's Entra ID with the job's GitHub OIDC token, as every pipeline starts. */
export async function login(demo: DemoContext): Promise<void> {
  await demo.step('login', 'login (musafirgo/actions/login)', 'login', loginInputs);
}
