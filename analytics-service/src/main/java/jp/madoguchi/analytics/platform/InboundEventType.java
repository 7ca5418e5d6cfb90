package jp.madoguchi.analytics.platform;

import org.springframework.messaging.MessageHeaders;

import jp.madoguchi.events.CloudEventHeaders;

/**
 * Reads {@code ce_type} from a consumed message. Spring Cloud Function rewrites CloudEvents
 * attribute headers on the way in (a message without {@code ce_specversion} arrives with
 * {@code ce-type}, the HTTP binding's prefix), so every spelling of the attribute is accepted.
 */
public final class InboundEventType {

    private static final String ATTRIBUTE = CloudEventHeaders.TYPE.substring("ce_".length());

    private InboundEventType() {
    }

    public static String of(MessageHeaders headers) {
        for (String prefix : new String[] {"ce_", "ce-", "ce."}) {
            String value = CloudEventHeaders.text(headers.get(prefix + ATTRIBUTE));
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
