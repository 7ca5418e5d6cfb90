package jp.madoguchi.intake.request.adapter.in.web.owner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;

import jakarta.validation.ConstraintViolation;
import jp.madoguchi.intake.request.domain.Violation;

/**
 * What is wrong with a posted form, per field (shown next to the field and summarised at the top, in the form's
 * order), plus what concerns the whole form. Messages come from the same bundle as the JSON API's problem details.
 */
public final class FormErrors {

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();
    private final List<String> order;

    private FormErrors(List<String> order) {
        this.order = order;
    }

    static FormErrors none(List<String> order) {
        return new FormErrors(order);
    }

    /** Bean Validation's answer; the JSON paths ({@code requester.phone}, {@code preferredDays[2]}) as form fields. */
    static FormErrors of(Set<? extends ConstraintViolation<?>> violations, List<String> order) {
        FormErrors errors = new FormErrors(order);
        violations.forEach(v -> errors.add(field(v.getPropertyPath().toString()), v.getMessage()));
        return errors;
    }

    static FormErrors ofDomain(Collection<Violation> violations, List<String> order, MessageSource messages,
            Locale locale) {
        FormErrors errors = new FormErrors(order);
        violations.forEach(v -> errors.add(field(v.field()), messages.getMessage(v.messageCode(), null, locale)));
        return errors;
    }

    static FormErrors general(String message, List<String> order) {
        FormErrors errors = new FormErrors(order);
        errors.general.add(message);
        return errors;
    }

    private static String field(String path) {
        String field = path.replaceFirst("^requester\\.", "").replaceFirst("\\[\\d+]$", "").replaceFirst("\\[\\d+]\\.<.*$", "");
        // The notice's version is a hidden field: an outdated one is the consent's business.
        return field.equals("privacyNoticeVersion") ? "privacyConsent" : field;
    }

    private void add(String field, String message) {
        String shown = order.contains(field) ? field : null;
        if (shown == null) {
            general.add(message);
            return;
        }
        List<String> messages = byField.computeIfAbsent(shown, f -> new ArrayList<>());
        if (!messages.contains(message)) {
            messages.add(message);
        }
    }

    public boolean isEmpty() {
        return byField.isEmpty() && general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public List<String> general() {
        return general;
    }

    /** The summary at the top: each field with its messages, in the form's order. */
    public List<Map.Entry<String, List<String>>> summary() {
        List<Map.Entry<String, List<String>>> summary = new ArrayList<>();
        for (String field : order) {
            if (byField.containsKey(field)) {
                summary.add(Map.entry(field, byField.get(field)));
            }
        }
        return summary;
    }
}
