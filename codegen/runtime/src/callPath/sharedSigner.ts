import { SignatureV4 } from "@smithy/signature-v4";
import type { AuthScheme, ChecksumConstructor, HashConstructor, Provider, RequestSigner } from "@smithy/types";
import { normalizeProvider } from "@smithy/util-middleware";

// One SigV4 signer per client instead of one per call. Written by CallPathIntegration.
//
// Without a `signer` option, @aws-sdk/core's resolveAwsSdkSigV4Config gives the client a signer provider that, on every
// call, spreads the whole client config into a new object and builds a new SignatureV4 from it. The signer holds no
// per-call state (credentials, region and service are read per signature; @smithy/signature-v4 caches the derived
// signing key per credentials, day, region and service), so this provider does the same work once and hands the same
// instance out while what it was built from is unchanged: the credentials provider (a new one when
// `client.config.credentials` is replaced; a provider that rotates keys is asked again on every signature, as before),
// the signing region and name, the hash and the path escaping. Everything else is exactly the stock provider: the same
// auth-scheme defaults, the same `signingRegion`/`signingName` written to the config on first use, and with a
// `signerConstructor` set, a new signer from the whole config on every call, since a custom signer may read any of it.
//
// It is installed only when the user passed neither `signer` nor `regionInfoProvider` (which take other branches of
// the stock resolver), by resolveCallPathConfig, before the AWS resolver runs, so that resolver takes it as the
// user's. The config it reads is the client's final `config`, bound by the client plugin (callPathPlugin.ts).

/** What the signer reads from the client's resolved config. */
export interface SharedSignerConfig {
  credentials?: unknown;
  region?: unknown;
  signingName?: string;
  defaultSigningName?: string;
  signingRegion?: string;
  serviceId?: string;
  sha256?: ChecksumConstructor | HashConstructor;
  signingEscapePath?: boolean;
  applyChecksum?: boolean;
  signerConstructor?: new (options: any) => RequestSigner;
}

interface Built {
  credentials: unknown;
  region: string | undefined;
  service: string | undefined;
  applyChecksum: boolean | undefined;
  signer: RequestSigner;
}

/** The state behind one client's signer provider. */
export class SharedSignerState {
  /** The client's config; resolveCallPathConfig sets the object it starts from, the client plugin the final one. */
  config: SharedSignerConfig;
  /** Read once the AWS resolver has run (it fixes both for the stock provider at that point too). */
  sha256: SharedSignerConfig["sha256"];
  signingEscapePath = true;
  private built: Built | undefined;

  constructor(config: SharedSignerConfig) {
    this.config = config;
  }

  /** Binds the client's final config and takes the hash and path escaping the AWS resolver settled on. */
  bind(config: SharedSignerConfig): void {
    this.config = config;
    this.sha256 = config.sha256;
    this.signingEscapePath = config.signingEscapePath ?? true;
    this.built = undefined;
  }

  async signer(scheme: AuthScheme | undefined): Promise<RequestSigner> {
    const config = this.config;
    const authScheme = Object.assign(
      {},
      {
        name: "sigv4",
        signingName: config.signingName || config.defaultSigningName,
        signingRegion: await normalizeProvider(config.region as Provider<string>)(),
        properties: {},
      },
      scheme,
    );
    config.signingRegion = config.signingRegion || authScheme.signingRegion;
    config.signingName = config.signingName || authScheme.signingName || config.serviceId;
    const params = {
      credentials: config.credentials,
      region: config.signingRegion,
      service: config.signingName,
      sha256: this.sha256,
      uriEscapePath: this.signingEscapePath,
    };
    if (config.signerConstructor) {
      return new config.signerConstructor({ ...config, ...params });
    }
    const built = this.built;
    if (
      built !== undefined &&
      built.credentials === params.credentials &&
      built.region === params.region &&
      built.service === params.service &&
      built.applyChecksum === config.applyChecksum
    ) {
      return built.signer;
    }
    const signer = new SignatureV4({ ...params, applyChecksum: config.applyChecksum } as ConstructorParameters<typeof SignatureV4>[0]);
    this.built = { credentials: params.credentials, region: params.region, service: params.service, applyChecksum: config.applyChecksum, signer };
    return signer;
  }
}
