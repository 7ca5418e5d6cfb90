/** Cross-feature plumbing of the console: problem details for the JSON API. */
package jp.madoguchi.console.platform;
