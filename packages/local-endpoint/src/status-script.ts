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

/**
 * A time in a fixture: a Date, or an ISO-8601 date-time string with a zone (`2026-03-01T10:00:00Z`,
 * `2026-03-01T10:00:00.250+02:00`), as a JSON fixtures file has it. Served in UTC to the millisecond.
 */
export type FixtureTime = Date | string;

/** An audience model the local endpoint serves. Times go on the wire as date-time strings. */
export interface AudienceModelFixture {
  audienceModelArn: string;
  name: string;
  trainingDatasetArn: string;
  /** Default: when the endpoint started. */
  createTime?: FixtureTime;
  /** Time of the first status. Later steps stamp the time they were first served. Default: createTime. */
  updateTime?: FixtureTime;
  trainingDataStartTime?: FixtureTime;
  trainingDataEndTime?: FixtureTime;
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
const TIME_KEYS = ["createTime", "updateTime", "trainingDataStartTime", "trainingDataEndTime"] as const;
type TimeKey = (typeof TIME_KEYS)[number];

/** A fixture after checking: every time a Date, every default filled in except those that depend on start-up. */
export type CheckedFixture = Omit<AudienceModelFixture, TimeKey | "statuses"> & {
  [K in TimeKey]?: Date;
} & { statuses: readonly ScriptedStatus[] };

/** Tracks where one model is in its script. */
export class ScriptedAudienceModel {
  private reads = 0;
  private firstReadAt: number | undefined;
  private lastStatus: ScriptedStatus | undefined;
  private changedAt: Date;
  private readonly createTime: Date;

  constructor(readonly fixture: CheckedFixture, startedAt: Date) {
    this.createTime = fixture.createTime ?? startedAt;
    this.changedAt = this.firstUpdateTime();
  }

  private firstUpdateTime(): Date {
    return this.fixture.updateTime ?? this.createTime;
  }

  /** Puts the script back to its first step, as if the model had never been read. */
  reset(): void {
    this.reads = 0;
    this.firstReadAt = undefined;
    this.lastStatus = undefined;
    this.changedAt = this.firstUpdateTime();
  }

  /** Serves one read at time `now` (ms) and advances the script. */
  read(now: number): ReadResult {
    this.firstReadAt ??= now;
    const { advance = "per-read", statuses } = this.fixture;
    const step = advance === "per-read" ? this.reads : Math.floor((now - this.firstReadAt) / advance.everyMs);
    this.reads += 1;
    const status = statuses[Math.min(step, statuses.length - 1)];
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

const FIXTURE_KEYS = new Set<string>([
  "audienceModelArn", "name", "trainingDatasetArn", ...TIME_KEYS, "kmsKeyArn", "tags", "description",
  "statusDetails", "statuses", "advance",
]);

// RFC 3339's profile of ISO-8601: a full date, a time, optional fraction, and a zone (Z or ±hh:mm).
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/**
 * Parses an ISO-8601 date-time string; returns the Date or why it is refused. Stricter than Date.parse, which
 * rolls 2026-02-30 over into March, reads a string without a zone as local time and drops digits past the
 * millisecond: a fixture time must say exactly one instant, and the endpoint must serve that instant.
 */
export function parseFixtureTime(value: string): Date | string {
  const m = DATE_TIME.exec(value);
  if (!m) return "is not an ISO-8601 date-time with a zone, such as 2026-03-01T10:00:00Z or 2026-03-01T10:00:00.250+02:00";
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const fraction = m[7] ?? "";
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59) {
    return "is not a real calendar date and time";
  }
  if (/[1-9]/.test(fraction.slice(3))) return "has more precision than a millisecond, which the endpoint cannot serve exactly";
  const offsetMinutes = m[8] ? 0 : (m[9] === "-" ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  if (!m[8] && (Number(m[10]) > 23 || Number(m[11]) > 59)) return "has a zone offset that is not a real offset";
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, Number(fraction.slice(0, 3).padEnd(3, "0")));
  return new Date(utc - offsetMinutes * 60_000);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Checks one fixture, from code or from a JSON file, and returns it with its times as Dates. Rejects anything
 * the service could never return, so a typo fails at start-up rather than as a confusing 404. `where` names the
 * fixture in messages, e.g. `audienceModels[2]`.
 */
export function checkFixture(f: unknown, where: string): CheckedFixture {
  if (!isPlainObject(f)) throw new TypeError(`${where} must be an object`);
  const unknownKeys = Object.keys(f).filter((k) => !FIXTURE_KEYS.has(k));
  if (unknownKeys.length) {
    throw new TypeError(`${where} has ${unknownKeys.map((k) => JSON.stringify(k)).join(", ")}, which a fixture does not know; it may have ${[...FIXTURE_KEYS].join(", ")}`);
  }
  if (typeof f.audienceModelArn !== "string") throw new TypeError(`${where}.audienceModelArn must be a string`);
  const arnProblem = checkGetAudienceModelInput({ audienceModelArn: f.audienceModelArn });
  if (arnProblem) throw new TypeError(`${where}.audienceModelArn (${JSON.stringify(f.audienceModelArn)}): ${arnProblem}`);
  for (const key of ["name", "trainingDatasetArn"] as const) {
    if (typeof f[key] !== "string" || f[key] === "") throw new TypeError(`${where}.${key} must be a non-empty string`);
  }
  for (const key of ["kmsKeyArn", "description"] as const) {
    if (f[key] !== undefined && typeof f[key] !== "string") throw new TypeError(`${where}.${key} must be a string`);
  }
  if (f.tags !== undefined && !(isPlainObject(f.tags) && Object.values(f.tags).every((v) => typeof v === "string"))) {
    throw new TypeError(`${where}.tags must be an object whose values are strings`);
  }
  if (f.statusDetails !== undefined) {
    const d = f.statusDetails;
    const ok = isPlainObject(d) && Object.keys(d).every((k) => (k === "statusCode" || k === "message") && typeof d[k] === "string");
    if (!ok) throw new TypeError(`${where}.statusDetails must be an object with string statusCode and/or message`);
  }

  const statuses = f.statuses ?? ["ACTIVE"];
  if (!Array.isArray(statuses) || statuses.length === 0) throw new TypeError(`${where}.statuses must be a list naming at least one status`);
  for (const s of statuses) {
    if (!known.has(s)) throw new TypeError(`${where}.statuses: ${JSON.stringify(s)} is not one of ${[...known].join(", ")}`);
  }
  if (f.advance !== undefined && f.advance !== "per-read") {
    const ms = isPlainObject(f.advance) ? f.advance.everyMs : undefined;
    if (typeof ms !== "number" || !(ms > 0)) {
      throw new TypeError(`${where}.advance must be "per-read" or { "everyMs": N } with N a positive number of milliseconds`);
    }
  }

  const times: { [K in TimeKey]?: Date } = {};
  for (const key of TIME_KEYS) {
    const v = f[key];
    if (v === undefined) continue;
    if (v instanceof Date) {
      if (Number.isNaN(v.getTime())) throw new TypeError(`${where}.${key} is an invalid Date`);
      times[key] = v;
    } else if (typeof v === "string") {
      const parsed = parseFixtureTime(v);
      if (typeof parsed === "string") throw new TypeError(`${where}.${key} (${JSON.stringify(v)}) ${parsed}`);
      times[key] = parsed;
    } else {
      throw new TypeError(`${where}.${key} must be a Date or an ISO-8601 date-time string`);
    }
  }
  const { createTime: _c, updateTime: _u, trainingDataStartTime: _s, trainingDataEndTime: _e, ...rest } = f as unknown as AudienceModelFixture;
  return { ...rest, ...times, statuses: statuses as ScriptedStatus[] };
}
