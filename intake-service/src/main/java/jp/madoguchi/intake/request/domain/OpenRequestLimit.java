package jp.madoguchi.intake.request.domain;

import java.util.List;
import java.util.stream.IntStream;

/**
 * How many requests one owner may have open at a time through the public web form: each open request holds one of
 * the owner's numbered slots, a unique key in the store, so the limit holds under concurrent submissions and with
 * several instances. Staff and advisors taking requests in are not limited.
 *
 * @param perRequester slots per owner
 */
public record OpenRequestLimit(int perRequester) {

    public OpenRequestLimit {
        if (perRequester < 1 || perRequester > 20) {
            throw new IllegalArgumentException("Open requests per requester must be between 1 and 20");
        }
    }

    /** The owner's slots, named by the owner's pseudonym (the requester id). */
    public List<String> slotsOf(String requesterId) {
        return IntStream.rangeClosed(1, perRequester).mapToObj(n -> requesterId + "#" + n).toList();
    }
}
