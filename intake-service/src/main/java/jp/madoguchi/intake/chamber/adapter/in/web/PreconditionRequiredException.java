package jp.madoguchi.intake.chamber.adapter.in.web;

/** A change sent without the {@code If-Match} of the version it was made from (RFC 6585, 428). Nothing changed. */
class PreconditionRequiredException extends RuntimeException {

    PreconditionRequiredException() {
        super("A change of a chamber needs If-Match with the chamber's ETag");
    }
}
