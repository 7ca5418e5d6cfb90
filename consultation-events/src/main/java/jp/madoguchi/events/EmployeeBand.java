package jp.madoguchi.events;

/**
 * How many people the business employs besides the owner, in bands (小規模事業者 are up to 5 in commerce and services,
 * up to 20 in manufacturing): a band, not a count, so that a tiny chamber's figures do not point at one business.
 */
public enum EmployeeBand {
    NONE,
    FROM_1_TO_5,
    FROM_6_TO_20,
    FROM_21_TO_50,
    OVER_50
}
