/**
 * Open value sets (verdicts, sources, scan types, the wire status) are validated as the plain
 * strings they accept: a value the service added later passes, anything not a string does not.
 */
import { describe, expect, it } from 'vitest';
import { ResponseValidationError } from '../../src/client/errors.js';
import { validateResponse } from '../../src/client/validate.js';

const GET_BY_ID = 'GET /alerts/get-by-id';
const alert = (fields: object) => ({ status: 'success', result: { alert_id: 'a', ...fields } });

describe('open value sets', () => {
  it.each([
    ['a verdict added after our document', { triage_result: { alert_verdict: 'quantum_threat' } }],
    ['a known verdict', { triage_result: { alert_verdict: 'false_positive' } }],
    ['a new source', { source: 'brand_new_edr' }],
    ['a null source', { source: null }],
    ['a new scan type', { scans: [{ scan_type: 'sandbox' }] }],
  ])('accept %s', (_label, fields) => {
    expect(() => validateResponse(GET_BY_ID, 200, alert(fields))).not.toThrow();
  });

  it('accept a wire status the document does not list', () => {
    expect(() => validateResponse(GET_BY_ID, 200, { status: 'reprocessing', result: { alert_id: 'a' } })).not.toThrow();
  });

  it.each([
    ['a numeric verdict', { triage_result: { alert_verdict: 3 } }, 'result.triage_result.alert_verdict'],
    ['a source that is an object', { source: { name: 's1' } }, 'result.source'],
    ['a scan without its type', { scans: [{ file_analysis: { analysis_id: 'x' } }] }, 'result.scans.0.scan_type'],
  ])('refuse %s, naming its path', (_label, fields, path) => {
    let err: unknown;
    try {
      validateResponse(GET_BY_ID, 200, alert(fields));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect((err as ResponseValidationError).issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
