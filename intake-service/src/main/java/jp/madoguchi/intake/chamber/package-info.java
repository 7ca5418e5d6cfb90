/**
 * The federation's member chambers (商工会): the registry every request's {@code chamberId} must name, and only an
 * active chamber takes new requests. Kept in MongoDB (seeded at start from {@code chambers/<federation>.json},
 * never overwriting an administrator's edits), read from memory on the request path, listed for the web form and
 * changed by administrators, audited.
 */
package jp.madoguchi.intake.chamber;
