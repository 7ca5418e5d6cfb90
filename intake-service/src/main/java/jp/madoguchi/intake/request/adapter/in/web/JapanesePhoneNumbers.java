package jp.madoguchi.intake.request.adapter.in.web;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import jp.madoguchi.intake.request.domain.Text;

/**
 * Japanese phone numbers as people write them ({@code 0475-42-1234}, {@code ０９０（１２３４）５６７８},
 * {@code +81 90 1234 5678}) read by libphonenumber's numbering plan for Japan: one line is one E.164 number,
 * however it was written. The JSON API and the HTML form read numbers through this one class.
 */
public final class JapanesePhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int JAPAN = 81;
    /** A line an owner can be called back on: landline, mobile (070/080/090), IP phone (050). */
    private static final Set<PhoneNumberType> CALLABLE = EnumSet.of(PhoneNumberType.FIXED_LINE,
            PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE, PhoneNumberType.VOIP);
    /**
     * Digits and the separators people type, after {@link Text#foldWidth}: hyphens and dashes of every width
     * (including the long-vowel mark ー that Japanese keyboards offer for a hyphen), spaces, parentheses, dots and
     * a leading plus. Letters (extensions, "tel:") are refused rather than guessed at.
     */
    private static final Pattern WRITTEN = Pattern.compile("\\+?[0-9 ()\\-.\u2010-\u2015\u2212\u30fc]{10,30}");

    private JapanesePhoneNumbers() {
    }

    /** The number in E.164 ({@code +81475421234}), or empty if it is not a Japanese number an owner can be called on. */
    public static Optional<String> toE164(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String folded = Text.foldWidth(written.strip());
        if (!WRITTEN.matcher(folded).matches()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(folded, "JP");
            if (number.getCountryCode() != JAPAN || !UTIL.isValidNumberForRegion(number, "JP")
                    || !CALLABLE.contains(UTIL.getNumberType(number))) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The national way of writing an E.164 number, as a person dials it: {@code 0475-42-1234}. */
    public static String national(String e164) {
        try {
            return UTIL.format(UTIL.parse(e164, "JP"), PhoneNumberFormat.NATIONAL);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("Not an E.164 number", e);
        }
    }
}
