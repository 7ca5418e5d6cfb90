package jp.madoguchi.intake.chamber.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.madoguchi.intake.audit.application.Audit;
import jp.madoguchi.intake.audit.application.InMemoryAuditEvents;
import jp.madoguchi.intake.audit.domain.AuditAction;
import jp.madoguchi.intake.audit.domain.AuditEvent;
import jp.madoguchi.intake.chamber.domain.Chamber;
import jp.madoguchi.intake.chamber.domain.ChamberStanding;
import jp.madoguchi.intake.chamber.domain.RegisteredChamber;
import jp.madoguchi.intake.chamber.domain.Regions;
import jp.madoguchi.platform.security.AccessRefusedException;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.security.Role;

class ManageChambersTest {

    private static final Instant NOW = Instant.parse("2026-12-08T03:00:00.123456Z");
    private static final Chamber TAIEI = new Chamber("taiei", "大栄町商工会", "印旛", "成田市 旧大栄町", false, null);
    private static final Chamber ICHINOMIYA = new Chamber("ichinomiya", "一宮町商工会", "長生", "一宮町", true, null);

    private final InMemoryChamberStore store = new InMemoryChamberStore();
    private final InMemoryAuditEvents audit = new InMemoryAuditEvents();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ChamberSeed seed = new ChamberSeed() {

        @Override
        public Regions regions() {
            return new Regions(List.of("千葉", "印旛", "長生"));
        }

        @Override
        public List<Chamber> chambers() {
            return List.of(TAIEI, ICHINOMIYA);
        }
    };
    private final CachedChamberRegistry registry = new CachedChamberRegistry(store);
    private final SeedChambers seeding = new SeedChambers(seed, store, registry, clock);
    private final ManageChambers manage = new ManageChambers(store, registry, new Audit(audit, clock), clock, seed);
    private final Chambers chambers = new Chambers(registry, store, seed);
    private final Caller admin = new Caller("admin-sato", Set.of(Role.ADMIN), Set.of(), null, null);

    @Test
    void seedingAddsOnlyWhatIsMissingAndFillsTheRegistry() {
        seeding.start();
        RegisteredChamber confirmed = manage.change(admin, active(TAIEI), 1);
        seeding.start();

        assertThat(store.all()).hasSize(2);
        assertThat(store.find("taiei")).contains(confirmed);
        assertThat(registry.standingOf("taiei")).isEqualTo(ChamberStanding.ACTIVE);
        assertThat(registry.standingOf("ichinomiya")).isEqualTo(ChamberStanding.ACTIVE);
        assertThat(registry.standingOf("nowhere")).isEqualTo(ChamberStanding.UNKNOWN);
        assertThat(registry.standingOf(null)).isEqualTo(ChamberStanding.UNKNOWN);
    }

    @Test
    void aChangeIsInForceAtOnceAndAuditedWithTheNamesOfTheFieldsItTouched() {
        seeding.start();

        RegisteredChamber changed = manage.change(admin, active(TAIEI), 1);

        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.updatedAt()).isEqualTo(Instant.parse("2026-12-08T03:00:00.123Z"));
        assertThat(registry.standingOf("taiei")).isEqualTo(ChamberStanding.ACTIVE);
        AuditEvent entry = audit.entries().get(audit.entries().size() - 1);
        assertThat(entry.action()).isEqualTo(AuditAction.CHAMBER_CHANGED);
        assertThat(entry.chamberId()).isEqualTo("taiei");
        assertThat(entry.consultationId()).isNull();
        assertThat(entry.changedFields()).containsExactly("active", "memberCount");
        assertThat(entry.actor()).isEqualTo(admin.subject());
        assertThat(entry.toString()).doesNotContain("成田市", "120");
    }

    @Test
    void aChangeFromAnOlderVersionIsRefusedAndChangesNothing() {
        seeding.start();
        manage.change(admin, active(TAIEI), 1);

        Chamber renamed = new Chamber("taiei", "大栄商工会", "印旛", "成田市 旧大栄町", true, 120);
        assertThatThrownBy(() -> manage.change(admin, renamed, 1)).isInstanceOf(StaleChamberVersionException.class);

        assertThat(store.find("taiei").orElseThrow().chamber().name()).isEqualTo("大栄町商工会");
        assertThat(audit.entries()).hasSize(1);
    }

    @Test
    void aChangeThatChangesNothingStoresAndAuditsNothing() {
        seeding.start();

        RegisteredChamber same = manage.change(admin, TAIEI, 1);

        assertThat(same.version()).isEqualTo(1);
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void aNewChamberIsAuditedAndATakenIdIsRefused() {
        seeding.start();
        Chamber toke = new Chamber("toke", "土気商工会", "千葉", "千葉市緑区 土気地区", true, null);

        assertThat(manage.create(admin, toke).version()).isEqualTo(1);
        assertThat(registry.find("toke")).contains(toke);
        assertThat(audit.entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.CHAMBER_CREATED);
            assertThat(e.chamberId()).isEqualTo("toke");
        });
        assertThatThrownBy(() -> manage.create(admin, ICHINOMIYA)).isInstanceOf(ChamberIdTakenException.class);
        assertThat(audit.entries()).hasSize(1);
    }

    @Test
    void onlyTheFederationsRegionsAndOnlyAdministrators() {
        seeding.start();
        Chamber elsewhere = new Chamber("toke", "土気商工会", "千葉市", "千葉市緑区", true, null);

        assertThatThrownBy(() -> manage.create(admin, elsewhere)).isInstanceOf(UnknownRegionException.class);
        assertThatThrownBy(() -> manage.create(new Caller("staff-suzuki", Set.of(Role.FEDERATION_STAFF), Set.of(), null, null), ICHINOMIYA))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> manage.change(new Caller("advisor-taiei", Set.of(Role.CHAMBER_ADVISOR), Set.of(), "taiei", null), active(TAIEI), 1))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> manage.change(admin, new Chamber("nowhere", "x", "長生", "x", true, null), 1))
                .isInstanceOf(ChamberNotFoundException.class);
        assertThat(store.all()).hasSize(2);
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void theFormsPickerListsActiveChambersByRegionThenId() {
        seeding.start();
        manage.create(admin, new Chamber("toke", "土気商工会", "千葉", "千葉市緑区", true, null));
        manage.create(admin, new Chamber("chonan", "長南町商工会", "長生", "長南町", true, null));

        assertThat(chambers.active()).extracting(Chamber::id).containsExactly("toke", "chonan", "ichinomiya");
        assertThat(chambers.list(false)).extracting(Chamber::id).containsExactly("taiei");
        assertThat(chambers.list(null)).extracting(Chamber::id)
                .containsExactly("chonan", "ichinomiya", "taiei", "toke");
        assertThat(chambers.regions()).containsExactly("千葉", "印旛", "長生");
    }

    @Test
    void aRefreshThatReadBeforeALocalChangeDoesNotUndoIt() {
        seeding.start();
        RegisteredChamber before = store.find("taiei").orElseThrow();
        RegisteredChamber after = manage.change(admin, active(TAIEI), 1);

        // As if a scheduled refresh had read the store just before the change and finished just after it.
        CachedChamberRegistry late = new CachedChamberRegistry(new InMemoryChamberStore() {
            @Override
            public synchronized List<RegisteredChamber> all() {
                return List.of(before);
            }
        });
        late.remember(after);
        late.refresh();

        assertThat(late.find("taiei")).contains(after.chamber());
    }

    private static Chamber active(Chamber c) {
        return new Chamber(c.id(), c.name(), c.region(), c.municipalities(), true, 120);
    }
}
