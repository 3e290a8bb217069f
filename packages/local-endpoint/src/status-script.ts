// Scripted lifecycles for the audience models a local endpoint serves: each model walks through a list
// of statuses as it is read (or as time passes), so waiters and polling code see real transitions.
import { checkGetAudienceModelInput } from "./model-constraints";
import { serviceModel } from "./generated/service-model";

/** A status the model defines for an audience model. */
export type AudienceModelStatus = (typeof serviceModel.statuses)[number];

/**
 * Marks the end of a deletion in a status script: from this step on, reads answer
 * ResourceNotFoundException, as the service does once a model is gone.
 */
export const DELETED = "<deleted>" as const;

/** One step of a status script. */
export type ScriptedStatus = AudienceModelStatus | typeof DELETED;

/** An audience model the local endpoint serves. Times are Dates; they go on the wire as date-time strings. */
export interface AudienceModelFixture {
  audienceModelArn: string;
  name: string;
  trainingDatasetArn: string;
  /** Default: when the endpoint started. */
  createTime?: Date;
  /** Time of the first status. Later steps stamp the time they were first served. Default: createTime. */
  updateTime?: Date;
  trainingDataStartTime?: Date;
  trainingDataEndTime?: Date;
  kmsKeyArn?: string;
  tags?: Record<string, string>;
  description?: string;
  statusDetails?: { statusCode?: string; message?: string };
  /**
   * Statuses successive reads return; the last step repeats forever. Default `["ACTIVE"]`.
   * Example: `["CREATE_PENDING", "CREATE_IN_PROGRESS", "ACTIVE"]`, or for a deletion
   * `["ACTIVE", "DELETE_PENDING", "DELETE_IN_PROGRESS", DELETED]`.
   */
  statuses?: readonly ScriptedStatus[];
  /**
   * When the script moves on: `"per-read"` (default) advances one step after every read that reached
   * the model; `{ everyMs }` advances one step per interval, counted from the model's first read.
   */
  advance?: "per-read" | { everyMs: number };
}

/** What one read of a scripted model sees. */
export type ReadResult =
  | { found: false }
  | { found: true; body: Record<string, unknown> };

const known = new Set<string>([...serviceModel.statuses, DELETED]);

/** Tracks where one model is in its script. */
export class ScriptedAudienceModel {
  private reads = 0;
  private firstReadAt: number | undefined;
  private lastStatus: ScriptedStatus | undefined;
  private changedAt: Date;
  private readonly statuses: readonly ScriptedStatus[];
  private readonly createTime: Date;

  constructor(readonly fixture: AudienceModelFixture, startedAt: Date) {
    this.statuses = fixture.statuses ?? ["ACTIVE"];
    this.createTime = fixture.createTime ?? startedAt;
    this.changedAt = fixture.updateTime ?? this.createTime;
  }

  /** Serves one read at time `now` (ms) and advances the script. */
  read(now: number): ReadResult {
    this.firstReadAt ??= now;
    const { advance = "per-read" } = this.fixture;
    const step = advance === "per-read" ? this.reads : Math.floor((now - this.firstReadAt) / advance.everyMs);
    this.reads += 1;
    const status = this.statuses[Math.min(step, this.statuses.length - 1)];
    if (this.lastStatus !== undefined && status !== this.lastStatus) this.changedAt = new Date(now);
    this.lastStatus = status;
    if (status === DELETED) return { found: false };

    const f = this.fixture;
    const body: Record<string, unknown> = {
      createTime: this.createTime.toISOString(),
      updateTime: this.changedAt.toISOString(),
      audienceModelArn: f.audienceModelArn,
      name: f.name,
      trainingDatasetArn: f.trainingDatasetArn,
      status,
    };
    if (f.trainingDataStartTime) body.trainingDataStartTime = f.trainingDataStartTime.toISOString();
    if (f.trainingDataEndTime) body.trainingDataEndTime = f.trainingDataEndTime.toISOString();
    if (f.statusDetails) body.statusDetails = f.statusDetails;
    if (f.kmsKeyArn) body.kmsKeyArn = f.kmsKeyArn;
    if (f.tags) body.tags = f.tags;
    if (f.description !== undefined) body.description = f.description;
    return { found: true, body };
  }
}

/** Rejects a fixture the service could never return, so a typo fails at start-up rather than as a confusing 404. */
export function assertValidFixture(f: AudienceModelFixture, index: number): void {
  const where = `audienceModels[${index}]`;
  if (typeof f !== "object" || f === null) throw new TypeError(`${where} must be an object`);
  const arnProblem = checkGetAudienceModelInput({ audienceModelArn: f.audienceModelArn });
  if (arnProblem) throw new TypeError(`${where}.audienceModelArn (${JSON.stringify(f.audienceModelArn)}): ${arnProblem}`);
  for (const key of ["name", "trainingDatasetArn"] as const) {
    if (typeof f[key] !== "string" || f[key] === "") throw new TypeError(`${where}.${key} must be a non-empty string`);
  }
  const statuses = f.statuses ?? ["ACTIVE"];
  if (statuses.length === 0) throw new TypeError(`${where}.statuses must name at least one status`);
  for (const s of statuses) {
    if (!known.has(s)) throw new TypeError(`${where}.statuses: ${JSON.stringify(s)} is not one of ${[...known].join(", ")}`);
  }
  if (f.advance !== undefined && f.advance !== "per-read") {
    const ms = (f.advance as { everyMs?: unknown }).everyMs;
    if (typeof ms !== "number" || !(ms > 0)) throw new TypeError(`${where}.advance.everyMs must be a positive number of milliseconds`);
  }
  for (const key of ["createTime", "updateTime", "trainingDataStartTime", "trainingDataEndTime"] as const) {
    const v = f[key];
    if (v !== undefined && !(v instanceof Date && !Number.isNaN(v.getTime()))) throw new TypeError(`${where}.${key} must be a valid Date`);
  }
}
