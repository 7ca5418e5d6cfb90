package jp.madoguchi.intake.chamber.adapter.in.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jp.madoguchi.intake.chamber.domain.Chamber;
import jp.madoguchi.platform.web.CodePoints;
import jp.madoguchi.platform.web.PlainText;

/**
 * A chamber as an administrator sends it: all of it, for a new chamber and for a change alike. The id is required
 * for a new chamber; a change takes it from the path (and, if the body names one too, it must be the same).
 * Lengths count characters, not bytes.
 */
record ChamberBody(
        @Pattern(regexp = Chamber.ID_PATTERN, message = "{chamber.id.invalid}")
        String id,
        @NotBlank(message = "{chamber.name.required}")
        @CodePoints(max = 60, message = "{chamber.name.too-long}")
        @PlainText
        String name,
        @NotBlank(message = "{chamber.region.required}")
        @PlainText
        String region,
        @NotBlank(message = "{chamber.municipalities.required}")
        @CodePoints(max = 200, message = "{chamber.municipalities.too-long}")
        @PlainText
        String municipalities,
        @NotNull(message = "{chamber.active.required}")
        Boolean active,
        @PositiveOrZero(message = "{chamber.memberCount.invalid}")
        @Max(value = 1_000_000, message = "{chamber.memberCount.invalid}")
        Integer memberCount) {

    Chamber toChamber(String chamberId) {
        return new Chamber(chamberId, name.strip(), region.strip(), municipalities.strip(), active, memberCount);
    }
}
