/**
 * A failure as a tool result: the SDK error's message (already free of secrets: the SDK
 * redacts its own messages) and what the agent or its user can do about it.
 */
import type { CallToolResult } from '@modelcontextprotocol/server';
import {
  AlertConflictError,
  AlertInProgressError,
  AlertNotFoundError,
  InsufficientPermissionsError,
  IntezerError,
  InvalidAlertMappingError,
  InvalidApiKeyError,
  InvalidArgumentError,
  NetworkError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  UnsupportedOnPremiseVersionError,
  WaitTimeoutError,
} from '../index.js';
import { failure } from './result.js';

function advice(err: IntezerError): string {
  if (err instanceof InvalidApiKeyError)
    return 'The API key was refused: check the MCP server environment (INTEZER_ANALYZE_API_KEY, INTEZER_ANALYZE_BASE_URL) and restart it.';
  if (err instanceof InsufficientPermissionsError) return "The account lacks the permission for this call: ask the Intezer account's administrator.";
  if (err instanceof RateLimitError) {
    const s = err.retryAfterMs === undefined ? undefined : Math.ceil(err.retryAfterMs / 1000);
    return `Rate limited by the service: wait${s === undefined ? ' a minute' : ` ${s} s`} before calling again.`;
  }
  if (err instanceof AlertNotFoundError) return 'Check the alert id and the environment; search_alerts finds alerts by other fields.';
  if (err instanceof AlertConflictError) return 'The alert id exists in several environments: call again with environment.';
  if (err instanceof AlertInProgressError) return 'Triage is still running: call get_alert with wait_seconds, then try again.';
  if (err instanceof InvalidAlertMappingError) return 'The service refused the alert or its mapping: check raw_alert, source and alert_mapping.';
  if (err instanceof InvalidArgumentError) return 'Fix the arguments and call again.';
  if (err instanceof UnsupportedOnPremiseVersionError) return 'This call is not available on the on-premise version the server is configured for.';
  if (err instanceof WaitTimeoutError) return 'The wait ran out: call again later to see the outcome.';
  if (err instanceof NetworkError) return 'The service could not be reached: check the network, the base URL and the proxy of the MCP server, then try again.';
  if (err instanceof ResponseValidationError) return 'The service answered in an unexpected form: try again later, and report it if it persists.';
  if (err instanceof ServerError) return `The service failed (HTTP ${err.status}): try again later; if it persists, check the service status.`;
  return 'Try again; if it persists, check the MCP server environment.';
}

/** Cut before it is folded: the folding backtracks quadratically on a long run of spaces. */
function oneLine(text: string): string {
  return text
    .slice(0, 8_000)
    .replace(/\s*\r?\n\s*/g, ' ')
    .trim();
}

export function errorResult(err: unknown): CallToolResult {
  if (err instanceof IntezerError) return failure(`${err.name}: ${oneLine(err.message)}\n${advice(err)}`);
  // Not an SDK error (an aborted request, a bug): its class only, since its message was not redacted by the SDK.
  const name = err instanceof Error ? err.name || 'Error' : 'Error';
  return failure(`${name}: the call failed unexpectedly.\nTry again; if it persists, check the MCP server log (stderr).`);
}
