package jp.madoguchi.intake.request.adapter.in.web.owner;

import static jp.madoguchi.intake.request.adapter.in.web.owner.OwnerForms.byId;
import static jp.madoguchi.intake.request.adapter.in.web.owner.OwnerForms.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import com.mongodb.client.model.Filters;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;

/**
 * The owner's web form and status page over real HTTP (no JavaScript, no cookies unless said): post/redirect/get to
 * a receipt shown once, field errors beside the fields and nothing stored, double submission, campaign links,
 * language, cross-site posts, and the owner's actions on the status page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class OwnerFormIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Test
    void aGoodFormIsStoredAndAnsweredWithAReceiptShownOnce() throws Exception {
        long stored = storedRequests();

        HttpResponse<String> posted = post("/request", OwnerForms.valid());

        assertThat(posted.statusCode()).isEqualTo(303);
        String receipt = posted.headers().firstValue("Location").orElseThrow();
        assertThat(receipt).matches(".*/request/receipt/[0-9a-f-]{36}");
        assertThat(storedRequests()).isEqualTo(stored + 1);
        Document waiting = mongo.getCollection("formReceipts").find().sort(new Document("expiresAt", -1)).first();
        assertThat(waiting.getString("statusToken")).startsWith("v1:");

        HttpResponse<String> shown = get(URI.create(receipt).getPath(), null);
        assertThat(shown.statusCode()).isEqualTo(200);
        String reference = byId(shown.body(), "reference-code");
        String token = byId(shown.body(), "status-token");
        assertThat(reference).matches("MD-[0-9A-Z]{4}-[0-9A-Z]{4}");
        Document request = mongo.getCollection("consultationRequests").find(Filters.eq("referenceCode", reference))
                .first();
        assertThat(request.getString("channel")).isEqualTo("WEB");
        assertThat(request.getString("topic")).isEqualTo("STARTUP");
        assertThat(request.getString("campaignCode")).isEqualTo("FLYER-2026-AUTUMN");
        assertThat(shown.body()).contains("/requests/" + request.getString("_id") + "#token=" + token);
        assertThat(shown.headers().firstValue("Cache-Control")).hasValueSatisfying(
                cache -> assertThat(cache).contains("no-store"));
        assertThat(shown.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'none'").contains("form-action 'self'"));

        HttpResponse<String> again = get(URI.create(receipt).getPath(), null);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.body()).contains("一度しか表示されません").doesNotContain(token);
        assertThat(mongo.getCollection("formReceipts").countDocuments(Filters.eq("_id", waiting.getString("_id"))))
                .isZero();
    }

    @Test
    void aDoubleClickStoresOneRequestAndShowsTheSameReceipt() throws Exception {
        Map<String, List<String>> form = OwnerForms.valid();
        long stored = storedRequests();

        HttpResponse<String> first = post("/request", form);
        HttpResponse<String> second = post("/request", form);

        assertThat(storedRequests()).isEqualTo(stored + 1);
        String a = get(location(first), null).body();
        String b = get(location(second), null).body();
        assertThat(byId(b, "reference-code")).isEqualTo(byId(a, "reference-code"));
        assertThat(byId(b, "status-token")).isEqualTo(byId(a, "status-token"));
    }

    /** The form's submissions count in {@code madoguchi.intake.requests} as the JSON API's do. */
    @Test
    void aFormSubmissionIsCountedByChannelSourceAndOutcome() throws Exception {
        double accepted = posted("accepted");
        double refused = posted("rejected_validation");

        assertThat(post("/request", OwnerForms.valid()).statusCode()).isEqualTo(303);
        assertThat(post("/request", Map.of("privacyNoticeVersion", List.of("2026-12"))).statusCode()).isEqualTo(200);

        assertThat(posted("accepted")).isEqualTo(accepted + 1);
        assertThat(posted("rejected_validation")).isEqualTo(refused + 1);
    }

    @Test
    void anEmptyFormShowsEveryFieldsMessageBesideItAndInTheSummaryAndStoresNothing() throws Exception {
        long stored = storedRequests();

        HttpResponse<String> answer = post("/request", Map.of("privacyNoticeVersion", List.of("2026-12")));

        assertThat(answer.statusCode()).isEqualTo(200);
        String page = answer.body();
        assertThat(page).contains("id=\"error-summary\"").contains("入力内容をご確認ください");
        for (String[] fieldAndMessage : new String[][] {
            {"name", "お名前を入力してください。"}, {"businessName", "事業所名を入力してください。"},
            {"phone", "電話番号かメールアドレスのどちらかを入力してください。"}, {"chamberId", "商工会を選択してください。"},
            {"membership", "会員区分を選択してください。"}, {"topic", "相談内容の分野を選択してください。"},
            {"description", "相談内容を入力してください。"}, {"preferredMode", "希望する相談方法を選択してください。"},
            {"outreachSource", "この窓口を知ったきっかけを選択してください。"},
            {"privacyConsent", "個人情報の取扱いへの同意が必要です。"}}) {
            String field = fieldAndMessage[0];
            assertThat(page).as(field).contains("id=\"err-" + field + "\"")
                    .contains("href=\"#" + field + "\"").contains(fieldAndMessage[1]);
            assertThat(page).as(field).containsPattern("aria-describedby=\"[^\"]*err-" + field + "[^\"]*\"");
        }
        assertThat(storedRequests()).isEqualTo(stored);
    }

    @Test
    void theJsonApisRulesRefuseWhatTheyRefuseThereAndKeepWhatWasTyped() throws Exception {
        Map<String, List<String>> form = OwnerForms.valid();
        form.put("phone", List.of("0120-000-000-0000"));
        form.put("nameKana", List.of("Yamada"));
        form.put("preferredDays", List.of("MONDAY", "SATURDAY"));
        long stored = storedRequests();

        HttpResponse<String> answer = post("/request", form);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("日本国内の固定電話・携帯電話・IP電話の番号を入力してください")
                .contains("ふりがなはひらがなかカタカナで入力してください。")
                .contains("value=\"0120-000-000-0000\"").contains("創業に向けて資金計画を相談したいです。");
        assertThat(storedRequests()).isEqualTo(stored);

        form.put("phone", List.of("0475-42-1234"));
        form.put("nameKana", List.of("やまだ"));
        form.put("reachBy", List.of("SMS"));
        form.put("email", List.of(""));
        HttpResponse<String> domainRule = post("/request", form);

        assertThat(domainRule.statusCode()).isEqualTo(200);
        assertThat(domainRule.body()).contains("id=\"err-reachBy\"").contains("SMSは携帯電話の番号");
        assertThat(storedRequests()).isEqualTo(stored);
    }

    @Test
    void aCampaignLinkFillsTheCampaignAndSourceAndJunkIsIgnored() throws Exception {
        String page = get("/request?campaign=RADIO-2026-WINTER&source=RADIO", null).body();
        assertThat(page).contains("name=\"campaignCode\" value=\"RADIO-2026-WINTER\"")
                .containsPattern("<option value=\"RADIO\" selected=\"selected\"");

        String junk = get("/request?campaign=%3Cscript%3E&source=TELEVISION", null).body();
        assertThat(junk).doesNotContain("name=\"campaignCode\"").doesNotContain("selected=\"selected\"")
                .doesNotContain("<script>");
    }

    @Test
    void japaneseByDefaultEnglishOnAskingAndRemembered() throws Exception {
        assertThat(get("/request", null).body()).contains("無料経営相談のお申し込み").contains("lang=\"ja\"");
        assertThat(get("/request", "en-US,en;q=0.9").body()).contains("Ask for a free business consultation");

        HttpResponse<String> chosen = get("/request?lang=en", "ja");
        assertThat(chosen.body()).contains("Ask for a free business consultation").contains("lang=\"en\"");
        String cookie = chosen.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("madoguchi-lang=en").contains("HttpOnly").contains("SameSite=Lax");

        HttpResponse<String> errors = HTTP.send(HttpRequest.newBuilder(uri("/request"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie.split(";")[0])
                .POST(HttpRequest.BodyPublishers.ofString("name=")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(errors.body()).contains("Please check what you entered").contains("Enter your name.");
    }

    @Test
    void aPostFromAnotherSiteIsRefusedAndStoresNothing() throws Exception {
        long stored = storedRequests();
        String form = encode(OwnerForms.valid());

        HttpResponse<String> crossSite = HTTP.send(HttpRequest.newBuilder(uri("/request"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> foreignOrigin = HTTP.send(HttpRequest.newBuilder(uri("/request"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> sameOrigin = HTTP.send(HttpRequest.newBuilder(uri("/request"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", "same-origin")
                .header("Origin", "http://127.0.0.1:" + port)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(foreignOrigin.statusCode()).isEqualTo(403);
        assertThat(sameOrigin.statusCode()).isEqualTo(303);
        assertThat(storedRequests()).isEqualTo(stored + 1);
    }

    @Test
    void theOwnerReadsWithdrawsAndIsToldWhatCanNoLongerChange() throws Exception {
        String receipt = get(location(post("/request", OwnerForms.valid())), null).body();
        String token = byId(receipt, "status-token");
        String reference = byId(receipt, "reference-code");
        String id = mongo.getCollection("consultationRequests").find(Filters.eq("referenceCode", reference)).first()
                .getString("_id");

        assertThat(get("/requests/" + id, null).body()).contains("name=\"statusToken\"");
        HttpResponse<String> wrong = post("/requests/" + id, Map.of("statusToken", List.of("AAAAAAAAAAAAAAAAAAAAAA")));
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.body()).contains("確認コードが正しくありません").doesNotContain(reference);

        HttpResponse<String> status = post("/requests/" + id, Map.of("statusToken", List.of(token)));
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(byId(status.body(), "reference-code")).isEqualTo(reference);
        assertThat(byId(status.body(), "status")).isEqualTo("受付済み（日時を調整中）");

        HttpResponse<String> noMode = post("/requests/" + id + "/date-change", Map.of("statusToken", List.of(token)));
        assertThat(noMode.body()).contains("id=\"err-preferredMode\"").contains("希望する相談方法を選択してください。");

        HttpResponse<String> question = post("/requests/" + id + "/withdrawal", Map.of("statusToken", List.of(token)));
        assertThat(question.body()).contains("取り下げます。よろしいですか");
        assertThat(mongo.getCollection("consultationRequests").find(Filters.eq("_id", id)).first()
                .getString("status")).isNotEqualTo("WITHDRAWN");

        HttpResponse<String> withdrawn = post("/requests/" + id + "/withdrawal",
                Map.of("statusToken", List.of(token), "confirmed", List.of("true")));
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(byId(withdrawn.body(), "status")).isEqualTo("取り下げ済み");

        HttpResponse<String> tooLate = post("/requests/" + id + "/date-change",
                Map.of("statusToken", List.of(token), "preferredMode", List.of("WEB_MEETING")));
        assertThat(tooLate.statusCode()).isEqualTo(200);
        assertThat(tooLate.body()).contains("変更できません");
    }

    @Test
    void theOwnerAsksForErasureFromTheStatusPageAndStaffFindItRecorded() throws Exception {
        String receipt = get(location(post("/request", OwnerForms.valid())), null).body();
        String token = byId(receipt, "status-token");
        String id = mongo.getCollection("consultationRequests")
                .find(Filters.eq("referenceCode", byId(receipt, "reference-code"))).first().getString("_id");
        assertThat(post("/requests/" + id, Map.of("statusToken", List.of(token))).body()).contains("id=\"ask-erasure\"");

        HttpResponse<String> wrong = post("/requests/" + id + "/erasure-request",
                Map.of("statusToken", List.of("AAAAAAAAAAAAAAAAAAAAAA")));
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(mongo.getCollection("erasureRequests").countDocuments(Filters.eq("_id", id))).isZero();

        HttpResponse<String> asked = post("/requests/" + id + "/erasure-request", Map.of("statusToken", List.of(token)));
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(byId(asked.body(), "erasure-requested")).contains("削除のご依頼を受け付けました");
        assertThat(mongo.getCollection("erasureRequests").countDocuments(Filters.eq("_id", id))).isOne();
    }

    private double posted(String outcome) {
        return meters.find("madoguchi.intake.requests").tag("channel", "WEB").tag("outcome", outcome).counters()
                .stream().mapToDouble(Counter::count).sum();
    }

    private long storedRequests() {
        return mongo.getCollection("consultationRequests").countDocuments();
    }

    private String location(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(303);
        return URI.create(redirect.headers().firstValue("Location").orElseThrow()).getPath();
    }

    private HttpResponse<String> post(String path, Map<String, List<String>> form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
