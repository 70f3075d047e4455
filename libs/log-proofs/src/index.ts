// Browser-safe: WebCrypto, TextEncoder and jose only (eslint forbids node: imports and Buffer here).
export * from './bytes';
export * from './entry-proof';
export * from './jws/checkpoint';
export * from './jws/consent-receipt';
export * from './jws/cosignature';
export * from './jws/jws-algorithms';
export * from './jws/signed-statement';
export * from './merkle-hash';
export * from './merkle-paths';
export * from './merkle-verify';
