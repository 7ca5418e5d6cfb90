package jp.madoguchi.intake.chamber.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ChamberTest {

    private static final Chamber ICHINOMIYA = new Chamber("ichinomiya", "一宮町商工会", "長生", "一宮町", true, 310);

    @Test
    void aChangeNamesTheFieldsItTouchedAndNoValues() {
        Chamber changed = new Chamber("ichinomiya", "一宮町商工会", "長生", "一宮町 東浪見", false, null);

        assertThat(changed.changedFrom(ICHINOMIYA)).containsExactly("municipalities", "active", "memberCount");
        assertThat(ICHINOMIYA.changedFrom(ICHINOMIYA)).isEmpty();
    }

    @Test
    void onlyTheSameChamberIsCompared() {
        Chamber other = new Chamber("mutsuzawa", "睦沢町商工会", "長生", "睦沢町", true, null);

        assertThatThrownBy(() -> other.changedFrom(ICHINOMIYA)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAnActiveChamberTakesNewRequests() {
        Chamber paused = new Chamber("taiei", "大栄町商工会", "印旛", "成田市 旧大栄町", false, null);

        assertThat(ChamberStanding.of(Optional.of(ICHINOMIYA))).isEqualTo(ChamberStanding.ACTIVE);
        assertThat(ChamberStanding.of(Optional.of(paused))).isEqualTo(ChamberStanding.INACTIVE);
        assertThat(ChamberStanding.of(Optional.empty())).isEqualTo(ChamberStanding.UNKNOWN);
    }

    @Test
    void anIdIsALowercaseSlugOfTwoToFortyCharactersAndAMemberCountIsNotNegative() {
        for (String id : List.of("a", "Ichinomiya", "1chiba", "ichi_nomiya", "一宮", "a".repeat(41))) {
            assertThatThrownBy(() -> new Chamber(id, "x", "長生", "x", true, null)).as(id)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new Chamber("ab", "x", "長生", "x", true, 0).id()).isEqualTo("ab");
        assertThat(new Chamber("a".repeat(40), "x", "長生", "x", true, null).id()).hasSize(40);
        assertThatThrownBy(() -> new Chamber("ichinomiya", "x", "長生", "x", true, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void regionsOrderChambersByTheFederationsOrderThenById() {
        Regions regions = new Regions(List.of("千葉", "長生", "夷隅"));
        Chamber katsuura = new Chamber("katsuura", "勝浦市商工会", "夷隅", "勝浦市", true, null);
        Chamber chonan = new Chamber("chonan", "長南町商工会", "長生", "長南町", true, null);
        Chamber toke = new Chamber("toke", "土気商工会", "千葉", "千葉市緑区", true, null);

        assertThat(List.of(katsuura, ICHINOMIYA, toke, chonan).stream().sorted(regions.order()).toList())
                .containsExactly(toke, chonan, ICHINOMIYA, katsuura);
        assertThat(regions.contains("長生")).isTrue();
        assertThat(regions.contains("長生 ")).isFalse();
        assertThatThrownBy(() -> new Regions(List.of("長生", "長生"))).isInstanceOf(IllegalArgumentException.class);
    }
}
