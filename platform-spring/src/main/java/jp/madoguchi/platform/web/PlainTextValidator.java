package jp.madoguchi.platform.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** The rule of {@link PlainText}, also usable on its own through {@link #isPlain}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    private boolean multiline;

    @Override
    public void initialize(PlainText annotation) {
        this.multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isPlain(value, multiline);
    }

    public static boolean isPlain(CharSequence text, boolean multiline) {
        boolean visible = false;
        boolean formatCharacters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
                visible = true;
                continue;
            }
            if (Character.isLowSurrogate(c) || isForbiddenControl(c, multiline) || isBidiControl(c)) {
                return false;
            }
            formatCharacters |= isZeroWidth(c);
            visible |= !isZeroWidth(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c);
        }
        // White space alone is for @NotBlank to judge; zero-width characters alone pass it and must not.
        return visible || !formatCharacters;
    }

    private static boolean isForbiddenControl(char c, boolean multiline) {
        if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
            return false;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    /** Embeddings, overrides and isolates: the "Trojan Source" characters. */
    private static boolean isBidiControl(char c) {
        return (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    /** Zero-width spaces, joiners, direction marks, the word joiner and the BOM. */
    private static boolean isZeroWidth(char c) {
        return (c >= '\u200b' && c <= '\u200f') || c == '\u2060' || c == '\ufeff';
    }
}
