package jp.madoguchi.analytics.usage.domain;

/** How many consultations of one chamber reached each milestone. */
public record ChamberUsage(String chamberId, long requested, long scheduled, long completed, long cancelled,
        long noShow, long withdrawn) {
}
