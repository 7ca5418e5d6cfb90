package jp.madoguchi.intake.chamber.adapter.in.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jp.madoguchi.intake.chamber.application.ChamberRegistry;

/** The chambers an owner can pick on the web form. */
@RestController
@RequestMapping("/api/v1/chambers")
class ChamberController {

    private final ChamberRegistry registry;

    ChamberController(ChamberRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    List<ChamberResponse> list() {
        return registry.all().stream().map(c -> new ChamberResponse(c.id(), c.name())).toList();
    }

    record ChamberResponse(String id, String name) {
    }
}
