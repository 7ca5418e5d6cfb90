package jp.madoguchi.intake.chamber.adapter.in.web;

import jp.madoguchi.intake.chamber.domain.Chamber;

/** A chamber as the API shows it; the list kept its first two fields and gained the others. */
record ChamberResponse(String id, String name, String region, String municipalities, boolean active,
        Integer memberCount) {

    static ChamberResponse of(Chamber c) {
        return new ChamberResponse(c.id(), c.name(), c.region(), c.municipalities(), c.active(), c.memberCount());
    }
}
