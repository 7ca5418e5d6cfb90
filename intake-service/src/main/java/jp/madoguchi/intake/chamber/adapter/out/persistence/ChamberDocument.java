package jp.madoguchi.intake.chamber.adapter.out.persistence;

/**
 * The stored form of a chamber: its collection and field names in one place, so that a rename is seen to be a data
 * migration. No index beyond {@code _id}: the registry is read whole or by id.
 */
final class ChamberDocument {

    static final String COLLECTION = "chambers";

    /** The chamber id (its slug). */
    static final String ID = "_id";
    static final String NAME = "name";
    static final String REGION = "region";
    static final String MUNICIPALITIES = "municipalities";
    static final String ACTIVE = "active";
    /** Absent when not known. */
    static final String MEMBER_COUNT = "memberCount";
    /** 1 when created, one more with every change: the optimistic lock and the ETag. */
    static final String VERSION = "version";
    static final String CREATED_AT = "createdAt";
    static final String UPDATED_AT = "updatedAt";

    private ChamberDocument() {
    }
}
