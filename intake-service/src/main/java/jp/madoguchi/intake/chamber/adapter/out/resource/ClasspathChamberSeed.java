package jp.madoguchi.intake.chamber.adapter.out.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import jp.madoguchi.intake.IntakeProperties;
import jp.madoguchi.intake.chamber.application.ChamberSeed;
import jp.madoguchi.intake.chamber.domain.Chamber;
import jp.madoguchi.intake.chamber.domain.Regions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code chambers/<federationId>.json} once at start: the chambers a new installation begins with, and the
 * federation's regions. A broken file (a chamber in a region it does not list) stops the start.
 */
@Component
class ClasspathChamberSeed implements ChamberSeed {

    private final Regions regions;
    private final List<Chamber> chambers;

    ClasspathChamberSeed(JsonMapper jsonMapper, IntakeProperties properties) {
        String path = "chambers/" + properties.federationId() + ".json";
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            ChamberFile file = jsonMapper.readValue(in, ChamberFile.class);
            this.regions = new Regions(file.regions());
            this.chambers = file.chambers().stream()
                    .map(c -> new Chamber(c.id(), c.name(), c.region(), c.municipalities(), c.active(),
                            c.memberCount()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the chamber seed " + path, e);
        }
        chambers.stream().filter(c -> !regions.contains(c.region())).findFirst().ifPresent(c -> {
            throw new IllegalStateException("Chamber " + c.id() + " of " + path + " is in a region the file does "
                    + "not list: " + c.region());
        });
    }

    @Override
    public Regions regions() {
        return regions;
    }

    @Override
    public List<Chamber> chambers() {
        return chambers;
    }

    record ChamberFile(String federationId, List<String> regions, List<ChamberEntry> chambers) {
    }

    /** {@code source} says how sure the seed is (confirmed, likely, unconfirmed); it is for people, not read here. */
    record ChamberEntry(String id, String name, String region, String municipalities, boolean active,
            Integer memberCount) {
    }
}
