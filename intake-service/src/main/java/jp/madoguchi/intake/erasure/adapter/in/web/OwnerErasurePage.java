package jp.madoguchi.intake.erasure.adapter.in.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.swagger.v3.oas.annotations.Hidden;
import jp.madoguchi.intake.erasure.application.AskForErasure;
import jp.madoguchi.intake.erasure.domain.ErasureRequest;
import jp.madoguchi.intake.request.application.ConsultationNotFoundException;
import jp.madoguchi.platform.security.Caller;

/**
 * The owner's status page asks for erasure of their personal data (APPI): recorded for staff, as the JSON API's
 * {@code …/erasure-request}. The status token comes as a form field, as on the other owner pages.
 */
@Hidden
@Controller
class OwnerErasurePage {

    private final AskForErasure ask;

    OwnerErasurePage(AskForErasure ask) {
        this.ask = ask;
    }

    @PostMapping(path = "/requests/{consultationId}/erasure-request",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView askForErasure(@PathVariable UUID consultationId, @RequestParam(required = false) String statusToken) {
        if (statusToken == null || statusToken.isBlank()) {
            return unknown(consultationId);
        }
        try {
            ErasureRequest asked = ask.ask(Caller.anonymous(), consultationId, statusToken);
            ModelAndView page = new ModelAndView("owner/erasure-requested");
            page.addObject("consultationId", asked.consultationId());
            return page;
        } catch (ConsultationNotFoundException e) {
            return unknown(consultationId);
        }
    }

    /** A wrong or missing token answers as an unknown id does, as on the status page. */
    private static ModelAndView unknown(UUID consultationId) {
        ModelAndView page = new ModelAndView("owner/status-token", HttpStatus.NOT_FOUND);
        page.addObject("consultationId", consultationId);
        page.addObject("refused", true);
        return page;
    }
}
