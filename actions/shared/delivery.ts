import type { Clock } from './clock.js';
import { errorMessage } from './errors.js';
import type { Phases } from './log.js';

/** How a new version takes production traffic, in deploy-aca and deploy-aks alike. */
export const strategies = ['rolling', 'blue-green', 'canary'] as const;
export type Strategy = (typeof strategies)[number];

/** A gate said no (health, smoke checks, the traffic it should serve): the traffic goes back. */
export class GateFailure extends Error {
  override name = 'GateFailure';
  constructor(
    message: string,
    readonly hint?: string
  ) {
    super(message);
  }
}

export interface DeliveryPlan {
  /** rolling: the gate only (the platform moves the traffic itself); blue-green: gate, then all at once. */
  strategy: Strategy;
  /** canary: the new version's share of the traffic at each step, increasing, ending at 100. */
  canarySteps: number[];
  /** canary: time at each gated step before the gate runs. */
  bakeTimeMs: number;
  /**
   * canary: the 100 % step bakes and is gated like the others. deploy-aks does (the route can still go back in one
   * write); deploy-aca ends its canary at 100 %.
   */
  gateLastStep?: boolean;
}

/** What an action plugs in: how it reaches the new version, gates it, sets weights and puts them back. */
export interface DeliveryTarget {
  /** Phase names in the job summary: the first gate, each traffic step and (when given) each bake-and-gate. */
  phases: { preview: string; step(percent: number): string; bake?(percent: number): string };
  /** Makes the new version reachable by the gate without production traffic (a preview route). */
  preview?(): Promise<void>;
  /** The gate with `percent` % of production traffic on the new version (0: before any); throws to fail it. */
  gate(percent: number): Promise<string | undefined>;
  /** Gives the new version `percent` % of production traffic. */
  setWeights(percent: number): Promise<void>;
  /** After the last step: the new version serves what it should, or this throws. */
  verify?(): Promise<void>;
  /** Production traffic back exactly as it was before the delivery. */
  restore(): Promise<void>;
}

export interface DeliveryStep {
  /** `preview`, `switch` (blue-green), `<n> %` (canary), `failed`, `restored`. */
  step: string;
  /** The new version's share of the traffic after the step. */
  percent: number;
  ok: boolean;
  /** What the gate reported, or what failed. */
  gate?: string;
  /** Since the delivery began. */
  atMs: number;
}

export interface DeliveryResult {
  steps: DeliveryStep[];
  /** What failed (a gate, a write); the traffic was restored (restoredMs after it) unless restoreError says why not. */
  failure?: { error: unknown; restoredMs?: number; restoreError?: unknown };
}

/**
 * Progressive delivery: the gate before any traffic (through the preview), then blue-green's cutover or canary's
 * steps (weights, bake, gate); any failure, in a gate or in a write, puts the traffic back exactly as it was.
 */
export async function deliver(
  plan: DeliveryPlan,
  target: DeliveryTarget,
  clock: Clock,
  phases: Phases
): Promise<DeliveryResult> {
  const started = clock.now();
  const steps: DeliveryStep[] = [];
  let percent = 0;
  const record = (step: string, ok: boolean, gate?: string) =>
    steps.push({ step, percent, ok, atMs: clock.now() - started, ...(gate ? { gate } : {}) });
  try {
    await phases.time(target.phases.preview, async () => {
      await target.preview?.();
      record('preview', true, await target.gate(0));
    });
    const percents: number[] = { rolling: [], 'blue-green': [100], canary: plan.canarySteps }[plan.strategy];
    for (const [i, step] of percents.entries()) {
      const gated = plan.strategy === 'canary' && (i < percents.length - 1 || plan.gateLastStep === true);
      const name = plan.strategy === 'canary' ? `${step} %` : 'switch';
      const bakeAndGate = async () => {
        if (plan.bakeTimeMs > 0) await clock.sleep(plan.bakeTimeMs);
        record(name, true, await target.gate(step));
      };
      await phases.time(target.phases.step(step), async () => {
        await target.setWeights(step);
        percent = step;
        if (!gated) record(name, true);
        else if (!target.phases.bake) await bakeAndGate();
      });
      if (gated && target.phases.bake) await phases.time(target.phases.bake(step), bakeAndGate);
    }
    await target.verify?.();
    return { steps };
  } catch (error) {
    record('failed', false, errorMessage(error));
    const detectedAt = clock.now();
    try {
      await target.restore();
    } catch (restoreError) {
      return { steps, failure: { error, restoreError } };
    }
    const restoredMs = clock.now() - detectedAt;
    percent = 0;
    record('restored', true);
    return { steps, failure: { error, restoredMs } };
  }
}
