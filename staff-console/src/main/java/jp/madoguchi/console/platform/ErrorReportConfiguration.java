package jp.madoguchi.console.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.madoguchi.platform.servlet.TomcatErrorReports;

/**
 * Requests Tomcat refuses before Spring sees them get problem+json, as in the services (platform-servlet). The
 * console's own pages are Japanese only, and so is this answer.
 */
@Configuration(proxyBeanMethods = false)
class ErrorReportConfiguration {

    @Bean
    TomcatErrorReports tomcatErrorReports() {
        return new TomcatErrorReports((request, status) -> status == 400
                ? "リクエストの形式が正しくありません（リクエスト行・アドレス・ヘッダー）。"
                : "システムエラーが発生しました。時間をおいて再度お試しください。");
    }
}
