// Browser bundle: esbuild --bundle --minify --platform=browser of a minimal app that sends one command,
// raw and gzip bytes, and which packages the bytes come from (esbuild metafile, bytesInOutput).
import { build } from "esbuild";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const APPS = {
  ours: `import { CleanRoomsMLClient, GetAudienceModelCommand } from "@cleanroomsml-sdk/client-cleanroomsml";
const client = new CleanRoomsMLClient({ region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" } });
client.send(new GetAudienceModelCommand({ audienceModelArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/m" })).then((r) => console.log(r.status));
`,
  aws: `import { CleanRoomsClient, GetCollaborationCommand } from "@aws-sdk/client-cleanrooms";
const client = new CleanRoomsClient({ region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" } });
client.send(new GetCollaborationCommand({ collaborationIdentifier: "c" })).then((r) => console.log(r.collaboration.name));
`,
};

// Groups an input path by npm package ("@smithy/core", "@aws-sdk/core", ...), or "(app)" for the entry.
function packageOf(path) {
  const i = path.lastIndexOf("node_modules/");
  if (i < 0) return path.includes("packages/client-cleanroomsml/") ? "@cleanroomsml-sdk/client-cleanroomsml" : "(app)";
  const rest = path.slice(i + "node_modules/".length).split("/");
  return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
}

export async function measureBundles({ workDir, top = 8 }) {
  mkdirSync(workDir, { recursive: true });
  const out = {};
  for (const [name, source] of Object.entries(APPS)) {
    const entry = join(workDir, `app-${name}.mjs`);
    const outfile = join(workDir, `app-${name}.bundle.js`);
    writeFileSync(entry, source);
    const result = await build({
      entryPoints: [entry], outfile, bundle: true, minify: true, platform: "browser", format: "esm",
      metafile: true, logLevel: "error", nodePaths: [join(process.cwd(), "node_modules")],
    });
    writeFileSync(join(workDir, `app-${name}.meta.json`), JSON.stringify(result.metafile));
    const bytes = readFileSync(outfile);
    const inputs = Object.values(result.metafile.outputs)[0].inputs;
    const byPackage = {};
    const byFile = [];
    for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
      const pkg = packageOf(path);
      byPackage[pkg] = (byPackage[pkg] ?? 0) + bytesInOutput;
      byFile.push([path.replace(/^.*node_modules\//, ""), bytesInOutput]);
    }
    out[name] = {
      rawBytes: bytes.length,
      gzipBytes: gzipSync(bytes, { level: 9 }).length,
      inputFiles: byFile.length,
      topPackages: Object.entries(byPackage).sort((a, b) => b[1] - a[1]).slice(0, top),
      topFiles: byFile.sort((a, b) => b[1] - a[1]).slice(0, top),
    };
  }
  return out;
}
