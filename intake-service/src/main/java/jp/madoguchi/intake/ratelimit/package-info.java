/**
 * Rate limits for the public, anonymous entry points (the owner's web form): an in-memory token bucket per client
 * IP, 429 with {@code Retry-After} when it is empty. In-memory is enough while intake runs as one instance per
 * node; idle buckets are forgotten, so the map cannot grow without bound.
 */
package jp.madoguchi.intake.ratelimit;
