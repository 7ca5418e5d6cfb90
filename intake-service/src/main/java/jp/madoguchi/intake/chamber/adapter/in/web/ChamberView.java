package jp.madoguchi.intake.chamber.adapter.in.web;

import jp.madoguchi.intake.chamber.domain.Chamber;

/** A chamber as the API shows it; the list kept its first two fields and gained the others. */
record ChamberView(String id, String name, String region, String municipalities, boolean active,
        Integer memberCount) {

    static ChamberView of(Chamber c) {
        return new ChamberView(c.id(), c.name(), c.region(), c.municipalities(), c.active(), c.memberCount());
    }
}
