package jp.madoguchi.intake.request.adapter.in.web.owner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import jp.madoguchi.intake.request.domain.Violation;

class FormErrorsTest {

    @Test
    void domainFieldsLandOnTheFormsFieldsAndTheSummaryFollowsTheFormsOrder() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("days", Locale.JAPANESE, "曜日");
        messages.addMessage("notice", Locale.JAPANESE, "改訂");
        messages.addMessage("other", Locale.JAPANESE, "全体");

        FormErrors errors = FormErrors.ofDomain(List.of(new Violation("preferredDays", "days"),
                new Violation("privacyNoticeVersion", "notice"), new Violation("channel", "other")),
                OwnerForm.FIELDS, messages, Locale.JAPANESE);

        assertThat(errors.of("preferredDays")).containsExactly("曜日");
        assertThat(errors.of("privacyConsent")).as("the hidden version is the consent's business")
                .containsExactly("改訂");
        assertThat(errors.general()).as("no field of the form's").containsExactly("全体");
        assertThat(errors.summary()).extracting(Map.Entry::getKey).containsExactly("preferredDays", "privacyConsent");
    }
}
