package jp.madoguchi.intake.chamber.adapter.in.web;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.madoguchi.intake.chamber.application.ChamberRegistry;

/** The chambers an owner can pick on the web form. */
@RestController
@RequestMapping("/api/v1/chambers")
@Tag(name = "Chambers", description = "The member chambers (商工会) of the federation, which requests are made to.")
class ChamberController {

    private final ChamberRegistry registry;

    ChamberController(ChamberRegistry registry) {
        this.registry = registry;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listChambers", summary = "List the federation's chambers",
            description = "Public: anyone, with or without a token (the web form shows them before anyone signs in). "
                    + "Sorted by id.")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "Every chamber: its id and Japanese name.")
    @ApiResponse(responseCode = "401", description = "A bearer token was sent but is forged, expired or of another "
            + "issuer: a bad token is refused even here.")
    List<ChamberResponse> list() {
        return registry.all().stream().map(c -> new ChamberResponse(c.id(), c.name())).toList();
    }

    record ChamberResponse(String id, String name) {
    }
}
