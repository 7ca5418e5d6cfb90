package jp.madoguchi.intake.request.adapter.in.web;

import java.time.DayOfWeek;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.Membership;
import jp.madoguchi.events.OutreachSource;
import jp.madoguchi.events.RequestChannel;
import jp.madoguchi.intake.request.domain.Consents;
import jp.madoguchi.intake.request.domain.PersonalData;
import jp.madoguchi.intake.request.domain.RequestDetails;

/** The form as it arrives (web form, phone-intake screen, chamber advisor). Messages are shown to owners. */
record ConsultationRequestBody(
        @NotBlank(message = "商工会を選択してください。")
        @Size(max = 64, message = "商工会の指定が正しくありません。")
        String chamberId,
        @NotNull(message = "受付経路を指定してください。")
        RequestChannel channel,
        @NotNull(message = "お名前・連絡先を入力してください。")
        @Valid
        RequesterBody requester,
        @NotNull(message = "相談内容の分野を選択してください。")
        ConsultationTopic topic,
        @NotNull(message = "希望する相談方法を選択してください。")
        ConsultationMode preferredMode,
        @Size(max = 5, message = "希望曜日は5つまで選択できます。")
        List<@NotNull(message = "希望曜日を選択してください。") DayOfWeek> preferredDays,
        @NotBlank(message = "相談内容を入力してください。")
        @Size(max = 4000, message = "相談内容は4000文字以内で入力してください。")
        String description,
        @NotNull(message = "この窓口を知ったきっかけを選択してください。")
        OutreachSource outreachSource,
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}", message = "キャンペーンコードは英数字とハイフン40文字以内です。")
        String campaignCode,
        @NotNull(message = "会員区分を選択してください。")
        Membership membership,
        @NotNull(message = "個人情報の取扱いへの同意が必要です。")
        @AssertTrue(message = "個人情報の取扱いへの同意が必要です。")
        Boolean privacyConsent,
        Boolean outcomeSharedWithChamber) {

    /**
     * Japanese phone numbers: digits with optional hyphens, starting with 0, 10 or 11 digits in all
     * (e.g. {@code 0475-42-1234}, {@code 090-1234-5678}).
     */
    static final String JAPANESE_PHONE = "(?=(?:\\D*\\d){10,11}$)0\\d{1,4}-?\\d{1,4}-?\\d{3,4}";

    record RequesterBody(
            @NotBlank(message = "お名前を入力してください。")
            @Size(max = 100, message = "お名前は100文字以内で入力してください。")
            String name,
            @NotBlank(message = "事業所名を入力してください。")
            @Size(max = 100, message = "事業所名は100文字以内で入力してください。")
            String businessName,
            @NotBlank(message = "電話番号を入力してください。")
            @Pattern(regexp = JAPANESE_PHONE, message = "電話番号は数字とハイフンで入力してください（例: 0475-42-1234）。")
            String phone,
            @Email(message = "メールアドレスの形式が正しくありません。")
            @Size(max = 254, message = "メールアドレスは254文字以内で入力してください。")
            String email) {
    }

    RequestDetails toDetails() {
        PersonalData personalData = new PersonalData(requester.name().strip(), requester.businessName().strip(),
                requester.phone(), blankToNull(requester.email()), description.strip());
        return new RequestDetails(chamberId, channel, personalData, topic, preferredMode, preferredDays,
                outreachSource, blankToNull(campaignCode), membership,
                new Consents(Boolean.TRUE.equals(privacyConsent), Boolean.TRUE.equals(outcomeSharedWithChamber)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
