package jp.madoguchi.events;

/**
 * The owner's line of business, in the broad groups 商工会 use for their members (not the full JSIC): enough for
 * analytics to see which trades use the service, never enough to identify a business.
 */
public enum BusinessIndustry {
    RETAIL,
    WHOLESALE,
    FOOD_SERVICE,
    ACCOMMODATION_TOURISM,
    MANUFACTURING,
    CONSTRUCTION,
    TRANSPORT,
    SERVICES,
    MEDICAL_WELFARE,
    IT_INFORMATION,
    AGRICULTURE_FISHERY,
    OTHER
}
