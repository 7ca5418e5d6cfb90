package jp.madoguchi.intake.request.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Width normalisation of what owners type. Japanese input methods often produce full-width digits and Latin letters
 * (０４７５, ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ); those are folded to ASCII everywhere. NFKC as a whole is applied only to
 * values that are ASCII by nature (phone, e-mail, codes): on names it would also turn half-width katakana and other
 * compatibility characters into something the owner did not write.
 */
public final class Text {

    private static final Pattern KANA = Pattern.compile("[\\p{InHiragana}\\p{InKatakana}\\uFF65-\\uFF9F ]+");

    private Text() {
    }

    /** Full-width ASCII (U+FF01–U+FF5E) to ASCII and the ideographic space to a space; everything else as written. */
    public static String foldWidth(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= 0xFF01 && c <= 0xFF5E) {
                out.append((char) (c - 0xFEE0));
            } else if (c == 0x3000) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** NFKC, for values that are ASCII by nature. */
    public static String compatible(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** Whether the text is a reading in kana (hiragana, katakana of either width, ー・ and spaces), as furigana is written. */
    public static boolean isKana(String text) {
        return KANA.matcher(text).matches();
    }

    /** Null for null or blank, else the text without surrounding white space. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
