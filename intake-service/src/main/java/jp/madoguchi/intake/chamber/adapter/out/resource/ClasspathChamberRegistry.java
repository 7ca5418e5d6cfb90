package jp.madoguchi.intake.chamber.adapter.out.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import jp.madoguchi.intake.IntakeProperties;
import jp.madoguchi.intake.chamber.application.ChamberRegistry;
import jp.madoguchi.intake.chamber.domain.Chamber;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code chambers/<federationId>.json} once at start. Chambers change a few times a decade (mergers),
 * so a release is the right way to change the list.
 */
@Component
class ClasspathChamberRegistry implements ChamberRegistry {

    private static final Logger log = LoggerFactory.getLogger(ClasspathChamberRegistry.class);

    private final List<Chamber> chambers;
    private final Map<String, Chamber> byId;

    ClasspathChamberRegistry(JsonMapper jsonMapper, IntakeProperties properties) {
        String federationId = properties.federationId();
        String path = "chambers/" + federationId + ".json";
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            ChamberFile file = jsonMapper.readValue(in, ChamberFile.class);
            this.chambers = file.chambers().stream()
                    .map(c -> new Chamber(c.id(), c.name(), c.region(), c.municipalities(), c.active(),
                            c.memberCount()))
                    .sorted(Comparator.comparing(Chamber::id))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the chamber registry " + path, e);
        }
        this.byId = chambers.stream().collect(Collectors.toUnmodifiableMap(Chamber::id, Function.identity()));
        log.info("Chamber registry loaded: {} chambers of federation {}", chambers.size(), federationId);
    }

    @Override
    public List<Chamber> all() {
        return chambers;
    }

    @Override
    public Optional<Chamber> find(String chamberId) {
        return Optional.ofNullable(chamberId).map(byId::get);
    }

    record ChamberFile(String federationId, List<ChamberEntry> chambers) {
    }

    /** {@code source} says how sure the seed is (confirmed, likely, unconfirmed); it is for people, not read here. */
    record ChamberEntry(String id, String name, String region, String municipalities, boolean active,
            Integer memberCount) {
    }
}
