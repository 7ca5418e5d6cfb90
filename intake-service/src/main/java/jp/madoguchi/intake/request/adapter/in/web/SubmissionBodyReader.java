package jp.madoguchi.intake.request.adapter.in.web;

import java.lang.reflect.Type;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import jp.madoguchi.events.RequestChannel;
import jp.madoguchi.intake.metrics.SubmissionOutcomes;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.security.Role;

/**
 * Tells the submission's tally its channel and outreach source as soon as the body is read, before it is validated,
 * so a refused request is counted under them too. The channel is the one it is taken in by: the web form's for an
 * anonymous caller and the advisor's for an advisor, whatever the body says.
 */
@ControllerAdvice
class SubmissionBodyReader extends RequestBodyAdviceAdapter {

    private final SubmissionOutcomes outcomes;

    SubmissionBodyReader(SubmissionOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType == ConsultationRequestBody.class;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        if (!(body instanceof ConsultationRequestBody request)) {
            // A JSON null: refused as a missing body right after this.
            return body;
        }
        Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication());
        RequestChannel channel = caller.isAnonymous() ? RequestChannel.WEB
                : caller.has(Role.FEDERATION_STAFF) ? request.channel()
                : RequestChannel.CHAMBER_ADVISOR;
        outcomes.readBody(channel == null ? null : channel.name(),
                request.outreachSource() == null ? null : request.outreachSource().name());
        return body;
    }
}
