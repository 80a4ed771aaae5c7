// A fresh runner for every job, as a GitHub-hosted runner is a fresh virtual machine (docs.github.com: "About
// GitHub-hosted runners"): an empty workspace, RUNNER_TEMP, home and tool cache of its own, removed when the job
// ends, so nothing one job leaves on disk is there for the next. What the runner image brings is the machine's
// tools; the package registries a hosted runner reaches are, here, the machine's own Maven repository, served
// to Maven and Gradle as a mirror of Maven Central from the job's fresh home.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Runner {
  root: string;
  workspace: string;
  temp: string;
  home: string;
  toolCache: string;
  /** Directories the job's steps added to PATH (GITHUB_PATH), newest first. */
  path: string[];
  /**
   * What the image's user has from its home: Java reads user.home from the password database (here the
   * machine's /root), so Maven and Gradle are told the job's home explicitly.
   */
  env: Record<string, string>;
  remove(): void;
}

/** The machine's Maven repository, the stand-in for Maven Central (there is no network here). */
export const mavenMirror = join(homedir(), '.m2', 'repository');

export function freshRunner(repository: string): Runner {
  const root = mkdtempSync(join(tmpdir(), 'runner-'));
  const name = repository.split('/')[1] ?? repository;
  const runner: Runner = {
    root,
    workspace: join(root, 'work', name, name),
    temp: join(root, 'temp'),
    home: join(root, 'home'),
    toolCache: join(root, 'tool-cache'),
    path: [],
    env: {},
    remove: () => rmSync(root, { recursive: true, force: true })
  };
  // No Gradle daemon outliving the job: the runner is gone when the job ends.
  runner.env = {
    MAVEN_OPTS: `-Duser.home=${runner.home}`,
    GRADLE_USER_HOME: join(runner.home, '.gradle'),
    GRADLE_OPTS: '-Dorg.gradle.daemon=false'
  };
  for (const dir of [runner.workspace, runner.temp, runner.home, runner.toolCache])
    mkdirSync(dir, { recursive: true });
  if (existsSync(mavenMirror)) {
    mkdirSync(join(runner.home, '.m2'), { recursive: true });
    writeFileSync(
      join(runner.home, '.m2', 'settings.xml'),
      `<settings><mirrors><mirror><id>central</id><mirrorOf>*</mirrorOf><url>file://${mavenMirror}</url></mirror></mirrors></settings>\n`
    );
    mkdirSync(join(runner.home, '.gradle', 'init.d'), { recursive: true });
    writeFileSync(
      join(runner.home, '.gradle', 'init.d', 'mirror.gradle'),
      `allprojects {\n  repositories {\n    all { repo ->\n      if (repo instanceof MavenArtifactRepository) repo.url = 'file://${mavenMirror}'\n    }\n  }\n}\n`
    );
  }
  return runner;
}
