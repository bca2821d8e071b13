import { describe, expect, it } from 'vitest';
import * as sdk from '../../src/index.js';
import {
  Alert,
  AlertSource,
  AlertStatusCode,
  AlertVerdict,
  AnalysisStatusCode,
  GlobalApiNotInitializedError,
  IntezerError,
  resetGlobalApi,
} from '../../src/index.js';

describe('the package root', () => {
  it('exports every name of the public surface', () => {
    const names = [
      'IntezerClient',
      'setGlobalApi',
      'getGlobalApi',
      'Alert',
      'FileAnalysis',
      'UrlAnalysis',
      'EndpointAnalysis',
      'Operation',
      'getAlertsByAlertIds',
      'queryAlertsHistory',
      'AlertsHistoryResult',
      'watchAlerts',
      'AlertsWatch',
      'AlertStatusCode',
      'AlertVerdict',
      'AlertSource',
      'AnalysisStatusCode',
      'IntezerError',
      'InvalidArgumentError',
      'GlobalApiNotInitializedError',
      'UnsupportedOnPremiseVersionError',
      'ServerError',
      'InvalidApiKeyError',
      'InsufficientPermissionsError',
      'RateLimitError',
      'NetworkError',
      'ResponseValidationError',
      'AlertError',
      'AlertNotFoundError',
      'AlertInProgressError',
      'AlertConflictError',
      'InvalidAlertMappingError',
      'AlertAlreadyExistsError',
      'OperationStillRunningError',
      'AnalysisFailedError',
      'WaitTimeoutError',
    ];
    for (const name of names) expect(sdk, name).toHaveProperty(name);
  });

  it('puts every error class under IntezerError, in the documented tree', () => {
    const parents: Record<string, string> = {
      InvalidArgumentError: 'IntezerError',
      GlobalApiNotInitializedError: 'IntezerError',
      UnsupportedOnPremiseVersionError: 'IntezerError',
      ServerError: 'IntezerError',
      InvalidApiKeyError: 'ServerError',
      InsufficientPermissionsError: 'ServerError',
      RateLimitError: 'ServerError',
      NetworkError: 'IntezerError',
      ResponseValidationError: 'IntezerError',
      AlertError: 'IntezerError',
      AlertNotFoundError: 'AlertError',
      AlertInProgressError: 'AlertError',
      AlertConflictError: 'AlertError',
      InvalidAlertMappingError: 'AlertError',
      AlertAlreadyExistsError: 'AlertError',
      OperationStillRunningError: 'IntezerError',
      AnalysisFailedError: 'IntezerError',
      WaitTimeoutError: 'IntezerError',
    };
    const lib = sdk as unknown as Record<string, { prototype: object }>;
    for (const [child, parent] of Object.entries(parents)) {
      expect(Object.getPrototypeOf(lib[child]!.prototype), `${child} extends ${parent}`).toBe(lib[parent]!.prototype);
      expect(lib[child]!.prototype instanceof IntezerError).toBe(true);
    }
  });

  it('has frozen value sets with their documented values', () => {
    expect(AlertStatusCode).toEqual({ QUEUED: 'queued', IN_PROGRESS: 'in_progress', NOT_FOUND: 'not_found', FINISHED: 'finished' });
    expect(AlertVerdict).toEqual({
      CONFIRMED_THREAT: 'confirmed_threat',
      LIKELY_TRUE_POSITIVE: 'likely_true_positive',
      SUSPICIOUS_BEHAVIOR: 'suspicious_behavior',
      FALSE_POSITIVE: 'false_positive',
      INCONCLUSIVE: 'inconclusive',
    });
    expect(AlertSource).toEqual({
      SENTINEL_ONE: 's1',
      CROWDSTRIKE: 'cs',
      SPLUNK_SIEM: 'splunk_siem',
      MICROSOFT_SENTINEL: 'microsoft_sentinel',
      XSOAR: 'xsoar',
      PHISHING_EMAILS: 'phishing_emails',
    });
    expect(AnalysisStatusCode).toEqual({ CREATED: 'created', IN_PROGRESS: 'in_progress', QUEUED: 'queued', FAILED: 'failed', FINISHED: 'finished' });
    for (const v of [AlertStatusCode, AlertVerdict, AlertSource, AnalysisStatusCode]) expect(Object.isFrozen(v)).toBe(true);
  });

  it('a facade call without a client and without a global one is GlobalApiNotInitializedError', async () => {
    resetGlobalApi();
    await expect(Alert.fromId('abc')).rejects.toBeInstanceOf(GlobalApiNotInitializedError);
    expect(() => sdk.queryAlertsHistory()).toThrow(GlobalApiNotInitializedError);
    // The client is bound when the watch is made.
    expect(() => sdk.watchAlerts()).toThrow(GlobalApiNotInitializedError);
  });
});
