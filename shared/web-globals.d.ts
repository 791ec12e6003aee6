// shared/ sees neither DOM nor Node types. These few platform globals exist in both
// browsers and Node >= 20 with the same behaviour, so pure code may use them.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBuffer | ArrayBufferView, options?: { stream?: boolean }): string;
}
type WebCryptoKey = { readonly type: string; readonly algorithm: unknown; readonly usages: string[] };
type WebCryptoBuffer = ArrayBuffer | ArrayBufferView;
declare const crypto: {
  getRandomValues<T extends ArrayBufferView>(array: T): T;
  randomUUID(): string;
  subtle: {
    digest(algorithm: string, data: WebCryptoBuffer): Promise<ArrayBuffer>;
    importKey(
      format: 'raw',
      keyData: WebCryptoBuffer,
      algorithm: string | { name: string },
      extractable: boolean,
      usages: string[],
    ): Promise<WebCryptoKey>;
    deriveKey(
      algorithm: { name: 'PBKDF2'; salt: WebCryptoBuffer; iterations: number; hash: string },
      baseKey: WebCryptoKey,
      derivedKeyType: { name: 'AES-GCM'; length: number },
      extractable: boolean,
      usages: string[],
    ): Promise<WebCryptoKey>;
    encrypt(
      algorithm: { name: 'AES-GCM'; iv: WebCryptoBuffer; additionalData?: WebCryptoBuffer },
      key: WebCryptoKey,
      data: WebCryptoBuffer,
    ): Promise<ArrayBuffer>;
    decrypt(
      algorithm: { name: 'AES-GCM'; iv: WebCryptoBuffer; additionalData?: WebCryptoBuffer },
      key: WebCryptoKey,
      data: WebCryptoBuffer,
    ): Promise<ArrayBuffer>;
  };
};
declare function setTimeout(handler: () => void, timeout?: number): unknown;
declare function clearTimeout(id: unknown): void;
declare const console: {
  log(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
};
// Timeouts for the WebDAV transport. Same API in browsers and Node >= 20.
type WebAbortSignal = { readonly aborted: boolean };
declare class AbortController {
  readonly signal: WebAbortSignal;
  abort(reason?: unknown): void;
}
