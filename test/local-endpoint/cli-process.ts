// Runs the real `cleanroomsml-local-endpoint` bin as a child process, through the node_modules/.bin link that
// npm makes (what npx runs), and reads its start line the way a script or a Python test would.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const BIN = join(ROOT, "node_modules", ".bin", "cleanroomsml-local-endpoint");
export const FIXTURES = join(__dirname, "fixtures", "audience-models.json");

/** The start line's URL: the only http:// URL it prints. */
export const URL_IN_START_LINE = /http:\/\/(?:\[[0-9a-f:.]+\]|[^\s/:]+):\d+/;

export interface RunningCli {
  url: string;
  startLine: string;
  child: ChildProcess;
  /** Everything written to stderr so far. */
  stderr(): string;
  /** Sends the signal and resolves with the exit code (or the signal, if it died of it) and stdout after the start line. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; laterStdout: string }>;
}

/** Starts the bin and resolves once it has printed its start line; rejects if it exits or stays silent first. */
export function startCli(args: string[], timeoutMs = 20_000): Promise<RunningCli> {
  const child = spawn(BIN, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    let started = false;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no start line within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    exited.then(({ code, signal }) => {
      if (started) return;
      clearTimeout(timer);
      reject(new Error(`exited (${code ?? signal}) before its start line; stderr: ${stderr}`));
    });
    child.stdout!.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
      const newline = stdout.indexOf("\n");
      if (newline < 0 || started) return;
      started = true;
      clearTimeout(timer);
      const startLine = stdout.slice(0, newline);
      const url = URL_IN_START_LINE.exec(startLine)?.[0];
      if (!url) {
        child.kill("SIGKILL");
        reject(new Error(`start line has no URL: ${startLine}`));
        return;
      }
      resolve({
        url,
        startLine,
        child,
        stderr: () => stderr,
        stop: async (signal = "SIGTERM") => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          const result = await exited;
          return { ...result, laterStdout: stdout.slice(newline + 1) };
        },
      });
    });
  });
}

/** Runs the bin to completion (for options that must not start anything). */
export function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(BIN, args, { cwd: ROOT, encoding: "utf8", timeout: 20_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
