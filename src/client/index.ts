/** The client layer's public surface (re-exported from the package root). */
export { IntezerClient, type AttemptInit, type CallResult, type ClientConfig } from './client.js';
export { setGlobalApi, getGlobalApi, resetGlobalApi, resolveClient } from './global.js';
export type { IntezerClientOptions } from './options.js';
export * from './errors.js';
export type { Transport, WireRequest, WireResponse, WireHeaders } from './transport/types.js';
