/**
 * MongoDB plumbing every service needs the same way: its indexes in place before it takes any request or event
 * ({@link jp.madoguchi.platform.mongo.MongoIndexes}, created by {@link jp.madoguchi.platform.mongo.MongoIndexRunner}),
 * and duplicate keys told apart by error code rather than by message text
 * ({@link jp.madoguchi.platform.mongo.DuplicateKey}).
 */
package jp.madoguchi.platform.mongo;
