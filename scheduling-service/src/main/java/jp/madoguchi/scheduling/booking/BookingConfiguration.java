package jp.madoguchi.scheduling.booking;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.madoguchi.scheduling.booking.domain.DutyRoster;
import jp.madoguchi.scheduling.booking.domain.EarliestSlotPolicy;
import jp.madoguchi.scheduling.booking.domain.EveryOpenHourRoster;
import jp.madoguchi.scheduling.booking.domain.PublicShare;
import jp.madoguchi.scheduling.booking.domain.ServiceCalendar;
import jp.madoguchi.scheduling.booking.domain.SlotPolicy;
import jp.madoguchi.scheduling.booking.domain.WeekdayServiceHours;

/** Puts the booking rules together from configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BookingProperties.class)
class BookingConfiguration {

    @Bean
    ServiceCalendar serviceCalendar(BookingProperties properties) {
        return new WeekdayServiceHours(properties.zone(), properties.opensAt(), properties.closesAt(),
                properties.slotLength());
    }

    @Bean
    DutyRoster dutyRoster(BookingProperties properties) {
        return new EveryOpenHourRoster(properties.consultants());
    }

    @Bean
    PublicShare publicShare(ServiceCalendar calendar, DutyRoster roster, BookingProperties properties) {
        return new PublicShare(properties.publicShare(), calendar, roster);
    }

    @Bean
    SlotPolicy slotPolicy(ServiceCalendar calendar, DutyRoster roster, BookingProperties properties) {
        return new EarliestSlotPolicy(calendar, roster, properties.leadTime(), properties.horizonDays());
    }
}
