// ACR's ARM side: the registries of a subscription or resource group, one registry, and importImage.
import { ArmError, resourceNotFound, type ArmContext, type Sandbox } from '../index.js';
import type { ContainerRegistry } from '../world.js';
import { pullAction, type Access, type TokenService } from './auth.js';
import { copyImage } from './copy.js';
import { registryBody, type SandboxRegistry } from './model.js';

/** Microsoft.ContainerRegistry/registries: list, get, and importImage (a real copy between registry processes). */
export function armRoutes(
  sandbox: Sandbox,
  registries: Map<string, SandboxRegistry>,
  tokenService: TokenService,
  /** InProgress polls before an import runs (Infinity: it never finishes); undefined, the world's. */
  importPolls: () => number | undefined = () => undefined
): void {
  const entries = () => sandbox.world.containerRegistries ?? [];
  const find = (ctx: ArmContext) => {
    const entry = entries().find(
      e =>
        e.name.toLowerCase() === ctx.params.name?.toLowerCase() &&
        e.subscriptionId.toLowerCase() === ctx.params.sub?.toLowerCase() &&
        e.resourceGroup.toLowerCase() === ctx.params.rg?.toLowerCase()
    );
    const registry = entry && registries.get(entry.name);
    if (!entry || !registry) {
      throw resourceNotFound(
        'Microsoft.ContainerRegistry/registries',
        ctx.params.name ?? '',
        ctx.params.rg ?? ''
      );
    }
    return { entry, registry };
  };
  const list = (filter: (e: ContainerRegistry) => boolean) => ({
    status: 200,
    body: {
      value: entries()
        .filter(filter)
        .flatMap(e => {
          const r = registries.get(e.name);
          return r ? [registryBody(r, e)] : [];
        })
    }
  });
  const provider = 'providers/Microsoft.ContainerRegistry/registries';
  sandbox.arm.route('GET', `/subscriptions/:sub/${provider}`, {
    action: 'Microsoft.ContainerRegistry/registries/read',
    handler: ({ params }) => list(e => e.subscriptionId.toLowerCase() === params.sub!.toLowerCase())
  });
  sandbox.arm.route('GET', `/subscriptions/:sub/resourceGroups/:rg/${provider}`, {
    action: 'Microsoft.ContainerRegistry/registries/read',
    handler: ({ params }) =>
      list(
        e =>
          e.subscriptionId.toLowerCase() === params.sub!.toLowerCase() &&
          e.resourceGroup.toLowerCase() === params.rg!.toLowerCase()
      )
  });
  sandbox.arm.route('GET', `/subscriptions/:sub/resourceGroups/:rg/${provider}/:name`, {
    action: 'Microsoft.ContainerRegistry/registries/read',
    handler: ctx => {
      const { entry, registry } = find(ctx);
      return { status: 200, body: registryBody(registry, entry) };
    }
  });
  sandbox.arm.route('POST', `/subscriptions/:sub/resourceGroups/:rg/${provider}/:name/importImage`, {
    action: 'Microsoft.ContainerRegistry/registries/importImage/action',
    handler: ctx => {
      const { registry: target } = find(ctx);
      const body = (ctx.body ?? {}) as {
        source?: { resourceId?: string; registryUri?: string; sourceImage?: string };
        targetTags?: string[];
        untaggedTargetRepositories?: string[];
        mode?: string;
      };
      const sourceImage = body.source?.sourceImage ?? '';
      // Repository names are case-insensitive in ACR and stored in lower case (Microsoft's own examples import
      // `sourceRepository`); tags keep their case.
      const image =
        /^([A-Za-z0-9]+(?:[._\-/][A-Za-z0-9]+)*)(?::([\w][\w.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/.exec(
          sourceImage
        );
      if (!image || (!image[2] && !image[3])) {
        throw new ArmError(
          400,
          'InvalidParameter',
          `The parameter sourceImage has an invalid value '${sourceImage}'.`
        );
      }
      const source = [...registries.values()].find(
        r =>
          (body.source?.resourceId && r.id.toLowerCase() === body.source.resourceId.toLowerCase()) ||
          (body.source?.registryUri && r.loginServer === body.source.registryUri.toLowerCase())
      );
      if (!source) {
        throw new ArmError(
          400,
          'InvalidParameter',
          `The source registry '${body.source?.resourceId ?? body.source?.registryUri ?? ''}' could not be found.`
        );
      }
      if (!sandbox.arm.isAllowed(ctx.principal.objectId, pullAction, source.id)) {
        throw new ArmError(
          403,
          'AuthorizationFailed',
          `The client '${ctx.principal.objectId}' with object id '${ctx.principal.objectId}' does not have authorization to perform action '${pullAction}' over scope '${source.id}' or the scope is invalid. If access was recently granted, please refresh your credentials.`
        );
      }
      const targetTags = (body.targetTags ?? []).map(t => {
        const [repo, tag] = t.split(':');
        if (!repo || !tag)
          throw new ArmError(400, 'InvalidParameter', `The target tag '${t}' must be 'repository:tag'.`);
        return { repo: repo.toLowerCase(), tag };
      });
      const untagged = (body.untaggedTargetRepositories ?? []).map(r => r.toLowerCase());
      if (targetTags.length === 0 && untagged.length === 0) {
        throw new ArmError(
          400,
          'InvalidParameter',
          'Either targetTags or untaggedTargetRepositories must be given.'
        );
      }
      const force = (body.mode ?? 'NoForce').toLowerCase() === 'force';
      // 202 with Location and Retry-After only, as the spec declares (final state via Location).
      return sandbox.arm.longRunning(ctx, {
        namespace: 'Microsoft.ContainerRegistry',
        asyncOperation: false,
        retryAfterSeconds: 10,
        polls: importPolls(),
        run: async () => {
          const internal = (registry: SandboxRegistry, access: Access[]) =>
            tokenService.internal(registry, 'importer', access);
          const sourceRepo = image[1]!.toLowerCase();
          const repos = [...new Set([...targetTags.map(t => t.repo), ...untagged])];
          await copyImage({
            source: {
              port: source.process.port,
              repo: sourceRepo,
              token: await internal(source, [{ type: 'repository', name: sourceRepo, actions: ['pull'] }])
            },
            reference: image[3] ?? image[2]!,
            targets: await Promise.all(
              repos.map(async repo => ({
                repo,
                port: target.process.port,
                token: await internal(target, [
                  { type: 'repository', name: repo, actions: ['pull', 'push'] }
                ]),
                tags: targetTags.filter(t => t.repo === repo).map(t => t.tag)
              }))
            ),
            force,
            // ACR's words for a source that holds no such image.
            missing: (repo, reference) =>
              new ArmError(
                400,
                'InvalidParameters',
                `Unable to find manifest digest Repo: ${repo} ${reference.startsWith('sha256:') ? 'Digest' : 'Tag'}: ${reference}`
              ),
            conflict: (repo, tag) =>
              new ArmError(
                409,
                'TagAlreadyExists',
                `Tag ${repo}:${tag} already exists in target registry and points at another image; use mode Force to overwrite it.`
              )
          });
          // ACR's importImage answers 200 on its final poll (the SDK refuses the 204 of a bodiless result).
          return {};
        }
      });
    }
  });
}
