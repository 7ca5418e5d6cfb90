package jp.madoguchi.platform.web;

/**
 * Where refused requests are counted, by a small fixed set of reasons. The platform's own count is {@code
 * madoguchi.requests.rejected}; a service that counts under its own name declares its own bean.
 */
public interface RequestRejections {

    String VALIDATION = "validation";
    String MALFORMED = "malformed";
    String MEDIA_TYPE = "media_type";
    String TOO_LARGE = "too_large";

    void rejected(String reason);
}
