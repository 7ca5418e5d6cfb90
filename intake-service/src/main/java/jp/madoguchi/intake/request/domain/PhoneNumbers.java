package jp.madoguchi.intake.request.domain;

/** Phone numbers as written by people: {@code 0475-42-1234} and {@code 0475421234} are the same line. */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** The digits alone, in order, including full-width ones read as ASCII. */
    public static String digitsOf(String phone) {
        StringBuilder digits = new StringBuilder(phone.length());
        phone.codePoints().filter(Character::isDigit)
                .forEach(c -> digits.append(Character.forDigit(Character.digit(c, 10), 10)));
        return digits.toString();
    }
}
