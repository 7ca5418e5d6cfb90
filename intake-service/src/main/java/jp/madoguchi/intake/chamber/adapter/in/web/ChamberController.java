package jp.madoguchi.intake.chamber.adapter.in.web;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.madoguchi.intake.chamber.application.ChamberNotFoundException;
import jp.madoguchi.intake.chamber.application.Chambers;
import jp.madoguchi.intake.chamber.application.ManageChambers;
import jp.madoguchi.intake.chamber.application.StaleChamberVersionException;
import jp.madoguchi.intake.chamber.domain.Chamber;
import jp.madoguchi.intake.chamber.domain.RegisteredChamber;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.web.InvalidInputException;

/** The chamber registry: listed for everyone (the web form's picker), changed by administrators. */
@RestController
@RequestMapping("/api/v1/chambers")
@Tag(name = "Chambers", description = "The member chambers (商工会) of the federation, which requests are made to.")
class ChamberController {

    private static final Pattern STRONG_ETAG = Pattern.compile("\"([0-9]{1,18})\"");

    private final Chambers chambers;
    private final ManageChambers manage;

    ChamberController(Chambers chambers, ManageChambers manage) {
        this.chambers = chambers;
        this.manage = manage;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listChambers", summary = "List the federation's chambers",
            description = "Public: anyone, with or without a token (the web form shows them before anyone signs in). "
                    + "Sorted by id. An inactive chamber takes no new requests.")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "The chambers: id, Japanese name, region, municipalities served, "
            + "whether it takes new requests, and its member count when known.")
    @ApiResponse(responseCode = "400", description = "`active` is neither `true` nor `false`.")
    @ApiResponse(responseCode = "401", description = "A bearer token was sent but is forged, expired or of another "
            + "issuer: a bad token is refused even here.")
    List<ChamberResponse> list(@Parameter(description = "Only the chambers taking new requests (`true`) or only those "
            + "that do not (`false`); all when left out.") @RequestParam(required = false) Boolean active) {
        return chambers.list(active).stream().map(ChamberResponse::of).toList();
    }

    @GetMapping(path = "/{chamberId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getChamber", summary = "Read one chamber with its version",
            description = "Public. The `ETag` names the chamber's version: send it back as `If-Match` to change it.")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "The chamber.", headers = @Header(name = HttpHeaders.ETAG,
            description = "The chamber's version, e.g. `\"3\"`.", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "401", description = "A bearer token was sent but is forged, expired or of another "
            + "issuer.")
    @ApiResponse(responseCode = "404", description = "No chamber has this id.")
    ResponseEntity<ChamberResponse> get(@PathVariable String chamberId) {
        RegisteredChamber found = chambers.find(chamberId).orElseThrow(() -> new ChamberNotFoundException(chamberId));
        return ResponseEntity.ok().eTag(etag(found)).body(ChamberResponse.of(found.chamber()));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createChamber", summary = "Register a chamber",
            description = "`ADMIN` only. Audited (`CHAMBER_CREATED`). The region is one of the federation's.")
    @ApiResponse(responseCode = "201", description = "Registered at version 1.", headers = {
            @Header(name = HttpHeaders.LOCATION, description = "The chamber.",
                    schema = @Schema(type = "string", format = "uri-reference")),
            @Header(name = HttpHeaders.ETAG, description = "The chamber's version.",
                    schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", description = "Invalid fields (id, lengths, region, member count); nothing "
            + "stored.")
    @ApiResponse(responseCode = "401", description = "No token, or a forged, expired or foreign one.")
    @ApiResponse(responseCode = "403", description = "Not an administrator.")
    @ApiResponse(responseCode = "409", description = "A chamber with this id exists; nothing changed.")
    ResponseEntity<ChamberResponse> create(@AuthenticationPrincipal Caller caller,
            @Validated @RequestBody ChamberBody body) {
        if (body.id() == null) {
            throw new InvalidInputException("id", "chamber.id.required");
        }
        RegisteredChamber created = manage.create(Caller.orAnonymous(caller), body.toChamber(body.id()));
        return ResponseEntity.created(URI.create("/api/v1/chambers/" + created.id())).eTag(etag(created))
                .body(ChamberResponse.of(created.chamber()));
    }

    @PutMapping(path = "/{chamberId}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "changeChamber", summary = "Change a chamber",
            description = "`ADMIN` only. Replaces name, region, municipalities, active and member count (a member "
                    + "count left out becomes unknown). Needs `If-Match` with the `ETag` read last: a change made "
                    + "from an older version is refused, so that two administrators cannot overwrite each other. "
                    + "Audited (`CHAMBER_CHANGED`, with the names of the fields changed). Deactivating a chamber "
                    + "refuses new requests for it; requests taken in stay as they are.")
    @ApiResponse(responseCode = "200", description = "Changed (or already so).", headers = @Header(
            name = HttpHeaders.ETAG, description = "The chamber's new version.", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "Invalid fields, or a body naming another id; nothing changed.")
    @ApiResponse(responseCode = "401", description = "No token, or a forged, expired or foreign one.")
    @ApiResponse(responseCode = "403", description = "Not an administrator.")
    @ApiResponse(responseCode = "404", description = "No chamber has this id.")
    @ApiResponse(responseCode = "412", description = "The chamber was changed since the version in `If-Match`: read "
            + "it again.")
    @ApiResponse(responseCode = "428", description = "No `If-Match` (or `*`): a change names the version it was "
            + "made from.")
    ResponseEntity<ChamberResponse> change(@AuthenticationPrincipal Caller caller, @PathVariable String chamberId,
            @Parameter(description = "The `ETag` of the chamber as last read, e.g. `\"3\"`.")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Validated @RequestBody ChamberBody body) {
        if (!chamberId.matches(Chamber.ID_PATTERN)) {
            throw new ChamberNotFoundException(chamberId);
        }
        if (body.id() != null && !body.id().equals(chamberId)) {
            throw new InvalidInputException("id", "chamber.id.mismatch");
        }
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            throw new PreconditionRequiredException();
        }
        Matcher version = STRONG_ETAG.matcher(ifMatch.strip());
        if (!version.matches()) {
            // A weak or malformed tag never matches a strong one (RFC 9110, 13.1.1).
            throw new StaleChamberVersionException(chamberId);
        }
        RegisteredChamber changed = manage.change(Caller.orAnonymous(caller), body.toChamber(chamberId),
                Long.parseLong(version.group(1)));
        return ResponseEntity.ok().eTag(etag(changed)).body(ChamberResponse.of(changed.chamber()));
    }

    private static String etag(RegisteredChamber chamber) {
        return "\"" + chamber.version() + "\"";
    }
}
