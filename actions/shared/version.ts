/** Sent as the user agent on every request, so Azure's logs and the sandbox show who called. */
export const version = '0.1.0';
export const userAgent = `musafirgo-actions/${version}`;
