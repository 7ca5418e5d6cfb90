/**
 * The platform's Kafka node, shared by devstack ({@code ./madoguchi up}) and the tests' embedded platform so
 * that both run the rules production relies on: SASL on every listener, the KRaft {@code StandardAuthorizer}
 * with {@code allow.everyone.if.no.acl.found=false}, one SCRAM-SHA-512 user per service whose ACLs let it
 * write only its own topics and read only what it consumes ({@link jp.madoguchi.broker.ServiceAccount}), and
 * the topics of {@link jp.madoguchi.events.Topic} declared. Never used in production (compose and real
 * clusters configure the same users and ACLs with Kafka's own tools).
 */
package jp.madoguchi.broker;
