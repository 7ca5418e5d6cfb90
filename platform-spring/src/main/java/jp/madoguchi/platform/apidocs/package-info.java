/**
 * The OpenAPI document every service serves at {@code /v3/api-docs}, shaped once: info and servers from
 * {@code madoguchi.api-docs.*}, the bearer-token scheme required by default, RFC 9457 error responses, and
 * nothing of the caller's identity as a parameter. Controllers add what only they know: a summary, who may call,
 * public operations ({@code @SecurityRequirements} empty) and errors of their own ({@code @ApiResponse}).
 */
package jp.madoguchi.platform.apidocs;
