// Loop body profiled by bench/profile.mjs: load a target, then make sequential calls. Run under --cpu-prof.
// Usage: node --cpu-prof profile-target.mjs <bare|ours|aws> <endpoint> <calls>
import { TARGETS } from "./targets.mjs";

const [kind, endpoint, calls] = process.argv.slice(2);
const target = TARGETS[kind](endpoint);
for (let i = 0; i < Number(calls); i++) await target.call();
target.close();
