package jp.madoguchi.intake.request.domain;

import java.util.random.RandomGenerator;

/**
 * What an owner reads out on the phone to find their request, e.g. {@code MD-7K3P-9Q2X}. The alphabet leaves
 * out characters that are easily confused when spoken or handwritten (0/O, 1/I/L, U/V). 29^8 ≈ 5e11 codes,
 * so a collision is rare; the unique index catches the rare one and the caller draws again.
 */
public record ReferenceCode(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    private static final String PATTERN = "MD-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}";

    public ReferenceCode {
        if (value == null || !value.matches(PATTERN)) {
            throw new IllegalArgumentException("Not a reference code: " + value);
        }
    }

    public static ReferenceCode generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder("MD-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new ReferenceCode(code.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
