/** The client layer's public surface (re-exported from the package root). */
export { IntezerClient, type ClientConfig } from './client.js';
export type { CallOptions } from './call-types.js';
export { setGlobalApi, getGlobalApi, resetGlobalApi } from './global.js';
export type { IntezerClientOptions } from './options.js';
export type { Logger, LogLevel } from './log.js';
export * from './errors.js';
export type { Transport, WireRequest, WireResponse, WireHeaders } from './transport/types.js';
