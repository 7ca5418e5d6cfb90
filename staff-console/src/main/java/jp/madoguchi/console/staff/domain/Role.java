package jp.madoguchi.console.staff.domain;

/** The roles of ADR 0002; the names are the values of the {@code roles} claim. */
public enum Role {
    FEDERATION_STAFF("連合会職員"),
    CHAMBER_ADVISOR("商工会 経営指導員"),
    CONSULTANT("専門家（相談員）"),
    ANALYST("分析担当"),
    OPERATOR("運用担当"),
    ADMIN("管理者");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** How the role is shown to staff. */
    public String label() {
        return label;
    }
}
