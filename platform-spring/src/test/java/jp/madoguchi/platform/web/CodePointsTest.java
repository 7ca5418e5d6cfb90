package jp.madoguchi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

class CodePointsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Shop(@CodePoints(max = 3) String name) {
    }

    @Test
    void countsCharactersOutsideTheBasicPlaneOnce() {
        assertThat(VALIDATOR.validate(new Shop("𠮷野家"))).isEmpty();
        assertThat(VALIDATOR.validate(new Shop("𠮷野家本"))).hasSize(1);
    }

    @Test
    void nullIsLeftToNotBlank() {
        assertThat(VALIDATOR.validate(new Shop(null))).isEmpty();
    }
}
