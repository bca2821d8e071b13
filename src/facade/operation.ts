/** An asynchronous operation of the service (alert deletion), polled at its result URL. */
import type { IntezerClient } from '../client/client.js';
import { getOperationResult } from '../client/endpoints.js';
import { currentGlobalApi, resolveClient } from '../client/global.js';
import { operationFailed, operationStillRunning } from '../client/error-factory.js';
import { signalOf, SIGNAL_ONLY, type SignalOption } from './alert-options.js';
import { checkOptions, WAITING } from './call-options.js';
import { AnalysisStatusCode } from './values.js';
import { pollUntil, type WaitOptions } from './wait.js';

/** An asynchronous operation of the service (an alert's deletion), polled at its result URL. */
export class Operation {
  /** The result URL, relative to the API root (opaque: the service chooses its form). */
  readonly url: string;
  /** What the operation does, for messages (e.g. "Delete Alert"). */
  readonly name: string;
  /** `in_progress` until a status check finds it done (`finished`) or failed (`failed`). */
  status: AnalysisStatusCode = AnalysisStatusCode.IN_PROGRESS;
  #result: unknown;
  /** Bound when made (the given client, else the global one then), so setGlobalApi() later never redirects it. */
  #client: IntezerClient | undefined;

  /** An operation at `url` (relative to the API root); {@link Alert.delete} makes these. Default client: the global one. */
  constructor(url: string, name: string, client?: IntezerClient) {
    this.url = url;
    this.name = name;
    this.#client = client ?? currentGlobalApi();
  }

  get #api(): IntezerClient {
    return (this.#client ??= resolveClient());
  }

  /** True once finished; throws OperationFailedError when the service reports an error. */
  async checkStatus(options: SignalOption = {}): Promise<boolean> {
    options = checkOptions('Operation.checkStatus', options, SIGNAL_ONLY);
    if (this.status === AnalysisStatusCode.FINISHED) return true;
    const client = this.#api;
    const { data } = await getOperationResult(client, this.url, signalOf(options));
    if (data.error !== undefined && data.error !== null) {
      this.status = AnalysisStatusCode.FAILED;
      throw operationFailed(this.name, data.error, client.secrets);
    }
    if (data.status !== 'succeeded') return false;
    this.#result = data.result;
    this.status = AnalysisStatusCode.FINISHED;
    return true;
  }

  /** The result; throws OperationStillRunningError while the operation runs. */
  async getResult(options: SignalOption = {}): Promise<unknown> {
    options = checkOptions('Operation.getResult', options, SIGNAL_ONLY);
    if (this.status !== AnalysisStatusCode.FINISHED && !(await this.checkStatus(options))) {
      throw operationStillRunning(this.name);
    }
    return this.#result;
  }

  /** Polls until the operation finishes; {@link WaitTimeoutError} past `timeoutMs`, {@link OperationFailedError} when it fails. */
  async waitForCompletion(options: WaitOptions = {}): Promise<void> {
    options = checkOptions('Operation.waitForCompletion', options, WAITING);
    await pollUntil(`operation "${this.name}"`, (signal) => this.checkStatus({ signal }), {
      ...options,
      client: this.#api,
    });
  }
}
