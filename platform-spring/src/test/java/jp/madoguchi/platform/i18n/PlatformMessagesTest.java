package jp.madoguchi.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;


/** Japanese unless the caller asks for English; never the machine's language. */
class PlatformMessagesTest {

    private final PlatformMessages messages = new PlatformMessages(PlatformMessages.japaneseFirst());

    @Test
    void japaneseWithoutAnAcceptLanguage() {
        assertThat(messages.get(new MockHttpServletRequest(), "problem.unauthorized")).isEqualTo("認証が必要です。");
    }

    @Test
    void englishWhenAsked() {
        assertThat(messages.get(request("en-US,en;q=0.9"), "problem.too-large", 64))
                .isEqualTo("The request is too large (at most 64 KiB).");
    }

    @Test
    void japaneseForALanguageNotOffered() {
        assertThat(messages.get(request("fr-FR"), "problem.forbidden")).isEqualTo("この操作を行う権限がありません。");
    }

    private static MockHttpServletRequest request(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", acceptLanguage);
        return request;
    }
}
