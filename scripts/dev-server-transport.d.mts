/** Types for scripts/dev-server-transport.mjs (plain JavaScript, run by webpack's config). */
export declare const CERTIFICATE_DIRECTORY: string;

export interface CertificateTools {
  getHttpsServerOptions(): Promise<{ cert?: unknown; key?: unknown; ca?: unknown }>;
  generateCertificates(ca: string, cert: string, key: string): Promise<void>;
}

export type DevServerTransport =
  | { readonly type: "http" }
  | { readonly type: "https"; readonly options: { cert: Buffer; key: Buffer; ca?: Buffer } };

export declare function devServerTransport(options: {
  certs: CertificateTools;
  env?: Record<string, string | undefined>;
  directory?: string;
  origin?: string;
  log?: (text: string) => void;
}): Promise<DevServerTransport>;
