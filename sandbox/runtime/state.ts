// Everything the runtime leaves on the machine, under one directory (MUSAFIRGO_RUNTIME_DIR, default
// $TMPDIR/musafirgo-runtime), so that a runtime whose process was killed is cleaned up by the next one to start:
//
//   storage/, run/            the containers-storage of pulled images and of the replicas' buildah containers
//   images/                   the example images' build contexts and cached base layer (images.ts)
//   owners/<owner>/           one per runtime (`<pid>.<process start time>.<n>`): owner.json, and per replica
//     <replica>/              replica.json (its buildah container, mount point, init's pid), spec.json, sockets
//   init-<hash>.mjs           init.ts as JavaScript, by the hash of its source
//   boot-id                   the boot the run/ directory belongs to (its mount records mean nothing after a reboot)
//   *.tmp-<pid>-<start>       a build's or a push's work in progress (images/, images/node-*/), removed when its
//                             process is gone
//
// Buildah containers are named `musafirgo-<state directory's tag>-<owner>-<replica>`, so a container created by a
// runtime that died before it wrote its replica.json is still found, by name, and only by a sweep of its own state
// directory (storage/ may be shared with another, as the kill test's is).
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export function runtimeRoot(): string {
  return process.env['MUSAFIRGO_RUNTIME_DIR'] || join(tmpdir(), 'musafirgo-runtime');
}

/** The start time of a process (clock ticks after boot, /proc/<pid>/stat field 22): a pid with its start is unique. */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold anything; the fields after it are plain.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

export const isAlive = (pid: number, start: string) => processStart(pid) === start;

/** The network namespace of a process (`net:[4026532290]`), or undefined when it is gone. */
export function networkNamespace(pid: number): string | undefined {
  try {
    return readlinkSync(`/proc/${pid}/ns/net`);
  } catch {
    return undefined;
  }
}

export interface ReplicaRecord {
  container: string;
  /** The buildah mount point of the container's root file system. */
  rootfs?: string;
  /** The `unshare` process that holds the replica's namespaces (host pid) and its start time. */
  pid?: number;
  start?: string;
  netns?: string;
}

/** The prefix of the buildah containers of the runtimes of one state directory. */
const containerPrefix = (root: string) =>
  `musafirgo-${createHash('sha256').update(resolve(root)).digest('hex').slice(0, 8)}-`;

export interface Owner {
  id: string;
  dir: string;
  replicaDir(replica: string): string;
  containerName(replica: string): string;
  record(replica: string, record: ReplicaRecord): void;
}

let owners = 0;

/** This process's directory for one runtime, with owner.json naming the process that owns it. */
export function createOwner(root: string): Owner {
  const start = processStart(process.pid);
  if (!start) throw new Error('the container runtime needs /proc (Linux)');
  const id = `${process.pid}.${start}.${++owners}`;
  const dir = join(root, 'owners', id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'owner.json'), JSON.stringify({ pid: process.pid, start }));
  return {
    id,
    dir,
    replicaDir: replica => join(dir, replica),
    containerName: replica => `${containerPrefix(root)}${id}-${replica}`,
    record: (replica, record) => writeFileSync(join(dir, replica, 'replica.json'), JSON.stringify(record))
  };
}

export const newReplicaId = () => randomBytes(4).toString('hex');

/** Whether the runtime that owns `id` (`<pid>.<start>.<n>`) is still running. */
export function ownerAlive(id: string): boolean {
  const [pid, start] = id.split('.');
  return Boolean(pid && start && isAlive(Number(pid), start));
}

/** The owner id in the name of a container of this state directory's runtimes, or undefined for any other. */
export function ownerOfContainer(root: string, name: string): string | undefined {
  return new RegExp(`^${containerPrefix(root)}(\\d+\\.\\d+\\.\\d+)-[0-9a-f]+$`).exec(name)?.[1];
}

/** The owner directories of runtimes whose process is gone, with the replicas each recorded. */
export function staleOwners(root: string): { id: string; dir: string; replicas: ReplicaRecord[] }[] {
  const parent = join(root, 'owners');
  if (!existsSync(parent)) return [];
  return readdirSync(parent)
    .filter(id => !ownerAlive(id))
    .map(id => {
      const dir = join(parent, id);
      const replicas: ReplicaRecord[] = [];
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (!entry.isDirectory()) continue;
        try {
          replicas.push(
            JSON.parse(readFileSync(join(dir, entry.name, 'replica.json'), 'utf8')) as ReplicaRecord
          );
        } catch {
          // Killed before it wrote its record: its container is found by name.
        }
      }
      return { id, dir, replicas };
    });
}

/**
 * A name for a temporary file or directory of this process under the state directory (`<prefix>.tmp-<pid>-<start>`):
 * `removeTemporaries` finds it when the process is gone (a killed build's context, or its registry auth file).
 */
export function temporaryName(prefix: string): string {
  return `${prefix}.tmp-${process.pid}-${processStart(process.pid)}`;
}

/** Removes what dead processes left in `dir` under temporaryName names; returns their paths. */
export function removeTemporaries(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const removed: string[] = [];
  for (const entry of readdirSync(dir)) {
    const match = /\.tmp-(\d+)-(\d+)$/.exec(entry);
    if (!match || isAlive(Number(match[1]), match[2]!)) continue;
    removeDir(join(dir, entry));
    removed.push(join(dir, entry));
  }
  return removed;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The mount points under `dir` in this mount namespace (/proc/self/mountinfo, field 5, octal escapes decoded). */
export function mountsUnder(dir: string): string[] {
  return readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map(line => line.split(' ')[4] ?? '')
    .map(point =>
      point.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)))
    )
    .filter(point => point === dir || point.startsWith(`${dir}/`));
}

/**
 * The boot this state directory's run/ belongs to: after a reboot its records of mounted layers are stale (the mounts
 * are gone), so run/ is cleared. Returns whether it was.
 */
export function checkBoot(root: string): boolean {
  let boot = '';
  try {
    boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return false;
  }
  const file = join(root, 'boot-id');
  const recorded = existsSync(file) ? readFileSync(file, 'utf8').trim() : boot;
  mkdirSync(root, { recursive: true });
  writeFileSync(file, boot);
  if (recorded === boot) return false;
  removeDir(join(root, 'run'));
  return true;
}
