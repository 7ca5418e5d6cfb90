package jp.madoguchi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"山田 太郎", "ＡＢＣ商店", "𠮷野家", "👨‍👩‍👧 family", "Café", "", "   ", "a\u200bb"})
    void whatPeopleTypeIsPlain(String text) {
        assertThat(PlainTextValidator.isPlain(text, false)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0007", "\u001b[31mred", "a\rb", "a\nb", "a\tb", "a\u007f", "a\u0085",
            "\u202eevil", "a\u2066b\u2069", "a\ud800b", "a\udfff", "\u200b", "\u200b\u200c\u200d", "\ufeff", " \u2060 "})
    void controlBidiLoneSurrogatesAndInvisibleAloneAreNot(String text) {
        assertThat(PlainTextValidator.isPlain(text, false)).isFalse();
    }

    @Test
    void multilineTextKeepsLineBreaksAndTabsButNothingElse() {
        assertThat(PlainTextValidator.isPlain("一行目\r\n二行目\n\t三行目", true)).isTrue();
        assertThat(PlainTextValidator.isPlain("一行目\u0000", true)).isFalse();
        assertThat(PlainTextValidator.isPlain("\u202e一行目", true)).isFalse();
    }
}
