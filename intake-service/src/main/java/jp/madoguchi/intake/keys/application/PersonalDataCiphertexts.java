package jp.madoguchi.intake.keys.application;

/** The stored personal values, as ciphertexts under some data key. */
public interface PersonalDataCiphertexts {

    /**
     * What one batch did.
     *
     * @param looked documents looked at (fewer than asked: nothing is left after {@code last})
     * @param last the id of the last document looked at
     */
    record Batch(int looked, int reEncrypted, int failed, String last) {
    }

    /** Seals again under the current key the values of up to {@code limit} documents after {@code after} (id order). */
    Batch reEncryptAfter(String after, int limit);

    /** Documents holding values under another key than the current one. */
    long notUnderCurrentKey();
}
