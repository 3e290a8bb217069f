// The endpoint's own routes beside the service's, and the address rules for where it listens.
import { isIP } from "node:net";

/**
 * Routes that belong to the local endpoint, not to the service, with the one method each answers. The leading
 * underscore keeps them apart from the service's paths: no AWS operation URI starts with `/_`, and
 * scripts/extract-service-model.mjs refuses a model whose operation would.
 */
export const CONTROL_ROUTES = {
  /** 200 with `{ status, service, version, audienceModels, pid }`: for readiness checks, and to find the process. */
  "/_health": "GET",
  /** Restarts every status script and the throttling count; 200 with `{ reset: true, audienceModels }`. */
  "/_reset": "POST",
} as const;

/** True for addresses only this machine can reach: 127.0.0.0/8, ::1 (also IPv4-mapped) and `localhost`. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[(.*)\]$/, "$1");
  if (h === "localhost") return true;
  if (isIP(h) === 4) return h.startsWith("127.");
  if (isIP(h) === 6) {
    // The URL parser writes IPv6 in its shortest form: ::1, and ::ffff:7fxx:xxxx for a mapped 127.x.y.z.
    const canonical = new URL(`http://[${h}]/`).hostname;
    return canonical === "[::1]" || canonical.startsWith("[::ffff:7f");
  }
  return false;
}

/** The host as it goes into a URL: IPv6 addresses in brackets. */
export function hostForUrl(host: string): string {
  return isIP(host) === 6 ? `[${host}]` : host;
}
