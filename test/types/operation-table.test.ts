/**
 * The operation table against the OpenAPI document, at compile time (checked by `npm run
 * typecheck`): an operation added to the document without a row, a row the document does not
 * name, a row whose path leads to another operation, each fails to compile.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { operations } from '../../generated/openapi.js';
import type { NoGaps, Operations, TableChecked, TableGaps } from '../../src/client/operations.js';

type WithNewOperation = operations & { ingestAlert: operations['ingestBinaryAlert'] };
type Renamed = Omit<Operations, 'getAlertById'> & { getAlertByIdentifier: Operations['getAlertById'] };
type Swapped = Omit<Operations, 'getAlertById'> & { getAlertById: Operations['notifyAlert'] };

describe('the operation table', () => {
  it('matches the generated operations: no gap', () => {
    expectTypeOf<TableChecked>().toEqualTypeOf<never>();
  });

  it('names an operation of the document that has no row', () => {
    expectTypeOf<TableGaps<WithNewOperation, Operations>>().toEqualTypeOf<'ingestAlert'>();
    // @ts-expect-error an operation without a row does not compile
    expectTypeOf<NoGaps<TableGaps<WithNewOperation, Operations>>>().toBeNever();
  });

  it('names a row that the document does not have, and the operation left without one', () => {
    expectTypeOf<TableGaps<operations, Renamed>>().toEqualTypeOf<'getAlertById' | 'getAlertByIdentifier'>();
  });

  it('names a row whose method and path lead to another operation', () => {
    expectTypeOf<TableGaps<operations, Swapped>>().toEqualTypeOf<'getAlertById'>();
  });
});
