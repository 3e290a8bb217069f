// .ci/publish-tarballs.mjs, the release workflow's publish step, against a loopback stand-in for the npm registry
// (port 0) with `--dry-run`: it publishes only the build job's tarballs (SHA256SUMS digest from the job output, each
// tarball's digest from SHA256SUMS), skips versions the registry already has, and stops on a registry error.
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFiles } from "./support/scratch-repo";

jest.setTimeout(60_000);

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
let dir: string;
let server: Server;
let registry: string;
let requests: string[];
let published: Record<string, string[]>; // what the stand-in registry already has
let failWith: number | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "publish-tarballs-"));
  const sums: string[] = [];
  mkdirSync(join(dir, "out"));
  for (const name of ["alpha", "beta"]) {
    const pkg = join(dir, "src", name);
    writeFiles(pkg, {
      "package.json": JSON.stringify({ name: `@scratch/${name}`, version: "1.2.0", files: ["dist-cjs"], license: "MIT" }),
      "dist-cjs/index.js": "module.exports = 1;\n",
    });
    const [info] = JSON.parse(execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", join(dir, "out")], { cwd: pkg, encoding: "utf8" }));
    sums.push(`${sha256(join(dir, "out", info.filename))}  ${info.filename}`);
  }
  writeFileSync(join(dir, "out", "SHA256SUMS"), `${sums.join("\n")}\n`);
  server = createServer((req, res) => {
    requests.push(`${req.method} ${decodeURIComponent(req.url ?? "")}`);
    if (failWith) { res.writeHead(failWith).end(); return; }
    const name = decodeURIComponent((req.url ?? "").slice(1));
    const versions = published[name];
    if (!versions) { res.writeHead(404, { "content-type": "application/json" }).end('{"error":"Not found"}'); return; }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({
      name, "dist-tags": { latest: versions.at(-1) }, versions: Object.fromEntries(versions.map((v) => [v, { name, version: v }])),
    }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => { requests = []; published = { "@scratch/beta": ["1.1.0", "1.2.0"] }; failWith = undefined; });

function publish(outDir: string, sumsSha256: string, mode = "--dry-run"): Promise<{ status: number | null; out: string; output: string }> {
  const githubOutput = join(dir, `github-output-${Date.now()}`);
  writeFileSync(githubOutput, "");
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(__dirname, "..", ".ci", "publish-tarballs.mjs"), outDir, "--sums-sha256", sumsSha256, mode], {
      env: { ...process.env, npm_config_registry: registry, GITHUB_OUTPUT: githubOutput, npm_config_cache: join(dir, "npm-cache"), npm_config_fetch_retries: "0" },
    });
    let out = "";
    child.stdout.on("data", (d) => { out += d; });
    child.stderr.on("data", (d) => { out += d; });
    child.on("close", (status) => resolve({ status, out, output: readFileSync(githubOutput, "utf8") }));
  });
}

test("publishes the verified tarball the registry lacks and skips the version it has", async () => {
  const r = await publish(join(dir, "out"), sha256(join(dir, "out", "SHA256SUMS")));
  expect(r.status).toBe(0);
  expect(r.out).toContain("2 tarball(s) match the build job's SHA256SUMS");
  expect(r.out).toMatch(/@scratch\/alpha@1\.2\.0: npm publish .*scratch-alpha-1\.2\.0\.tgz --provenance --access public --dry-run/);
  expect(r.out).toContain("@scratch/beta@1.2.0: already on the registry, skipped");
  expect(r.output).toBe('published=[{"name":"@scratch/alpha","version":"1.2.0"}]\n');
});

test("a SHA256SUMS other than the build job's is refused before the registry is asked anything", async () => {
  const r = await publish(join(dir, "out"), "0".repeat(64));
  expect(r.status).toBe(1);
  expect(r.out).toMatch(/refusing to publish: SHA256SUMS is not the build job's/);
  expect(requests).toEqual([]);
});

test("a tarball swapped after the build is refused", async () => {
  const copy = join(dir, "tampered");
  execFileSync("cp", ["-r", join(dir, "out"), copy]);
  appendFileSync(join(copy, "scratch-beta-1.2.0.tgz"), "x");
  const r = await publish(copy, sha256(join(copy, "SHA256SUMS")));
  expect(r.status).toBe(1);
  expect(r.out).toMatch(/scratch-beta-1\.2\.0\.tgz does not match SHA256SUMS/);
  expect(requests).toEqual([]);
});

test("a registry error is a failure, not 'not published yet'", async () => {
  failWith = 500;
  const r = await publish(join(dir, "out"), sha256(join(dir, "out", "SHA256SUMS")));
  expect(r.status).not.toBe(0);
  expect(r.out).toMatch(/npm view @scratch\/alpha@1\.2\.0 failed/);
  expect(r.output).toBe("");
});

test("--plan counts the versions to publish and publishes nothing", async () => {
  // (The child runs asynchronously: this process serves the stand-in registry.)
  const r = await publish(join(dir, "out"), sha256(join(dir, "out", "SHA256SUMS")), "--plan");
  expect(r.status).toBe(0);
  expect(r.out).toContain("@scratch/alpha@1.2.0: not on the registry yet");
  expect(r.out).not.toContain("npm publish");
  expect(r.output).toBe("unpublished=1\n");
  expect(requests.every((q) => q.startsWith("GET "))).toBe(true);
});
