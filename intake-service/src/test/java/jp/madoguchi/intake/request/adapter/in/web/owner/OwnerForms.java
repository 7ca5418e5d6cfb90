package jp.madoguchi.intake.request.adapter.in.web.owner;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Object Mother of what the owner's form posts, and readers of what its pages show. */
final class OwnerForms {

    private OwnerForms() {
    }

    /** A complete, good form of an owner with a phone number of their own (the open-request limit counts by it). */
    static Map<String, List<String>> valid() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("name", List.of("山田 太郎"));
        form.put("nameKana", List.of("やまだ たろう"));
        form.put("businessName", List.of("山田商店"));
        form.put("industry", List.of("RETAIL"));
        form.put("employees", List.of("FROM_1_TO_5"));
        form.put("phone", List.of(aMobileNumber()));
        form.put("email", List.of("taro@example.jp"));
        form.put("reachBy", List.of("PHONE"));
        form.put("chamberId", List.of("ichinomiya"));
        form.put("membership", List.of("MEMBER"));
        form.put("topic", List.of("STARTUP"));
        form.put("description", List.of("創業に向けて資金計画を相談したいです。"));
        form.put("preferredMode", List.of("PHONE"));
        form.put("preferredDays", List.of("MONDAY", "WEDNESDAY"));
        form.put("preferredTimeOfDay", List.of("MORNING"));
        form.put("outreachSource", List.of("FLYER"));
        form.put("campaignCode", List.of("FLYER-2026-AUTUMN"));
        form.put("privacyConsent", List.of("true"));
        form.put("privacyNoticeVersion", List.of("2026-12"));
        form.put("idempotencyKey", List.of(UUID.randomUUID().toString()));
        return form;
    }

    static String aMobileNumber() {
        return "090-%04d-%04d".formatted(ThreadLocalRandom.current().nextInt(1000, 10000),
                ThreadLocalRandom.current().nextInt(10000));
    }

    static String encode(Map<String, List<String>> form) {
        List<String> pairs = new ArrayList<>();
        form.forEach((name, values) -> values.forEach(v -> pairs.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return String.join("&", pairs);
    }

    /** The text of the element with this id, e.g. {@code reference-code}. */
    static String byId(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        if (!m.find()) {
            throw new AssertionError("No element #" + id + " in the page");
        }
        return m.group(1).strip();
    }
}
