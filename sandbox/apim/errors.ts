// How API Management refuses a write it cannot accept: ARM's ValidationError with one detail per field, which the
// router's ArmError handling would drop, so the handlers answer it themselves.
import { ArmError, type ArmReply } from '../arm.js';

export interface ValidationDetail {
  code: string;
  target: string;
  message: string;
}

/** ARM's answer to a document or an API API Management cannot import. */
export class ImportValidationError extends ArmError {
  constructor(readonly details: ValidationDetail[]) {
    super(400, 'ValidationError', 'One or more fields contain incorrect values:');
  }
}

/** The 400 with its details, as API Management sends it. */
export function validationReply(error: ImportValidationError): ArmReply {
  return {
    status: 400,
    body: { error: { code: error.code, message: error.message, details: error.details } }
  };
}
