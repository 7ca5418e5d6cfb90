package jp.madoguchi.intake.request.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import jp.madoguchi.intake.request.domain.OpenRequestLimit;

/**
 * {@code madoguchi.intake.open-requests.*}.
 *
 * @param perRequester how many requests one owner (known by their pseudonym, the requester id) may have open at
 *                     a time through the public form
 */
@ConfigurationProperties("madoguchi.intake.open-requests")
public record OpenRequestProperties(@DefaultValue("2") int perRequester) {

    public OpenRequestLimit limit() {
        return new OpenRequestLimit(perRequester);
    }
}
