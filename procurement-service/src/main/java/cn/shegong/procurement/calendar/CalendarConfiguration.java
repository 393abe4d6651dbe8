package cn.shegong.procurement.calendar;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.shegong.platform.calendar.WorkingDayCalendar;

/**
 * The working-day calendar the service counts procurement deadlines in: weekends off,
 * plus the statutory holidays and make-up working days (调休) the city publishes each year
 * under {@code shegong.procurement.calendar}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarConfiguration.CalendarProperties.class)
class CalendarConfiguration {

	@Bean
	WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
		return properties.calendar();
	}

	/**
	 * Dates as ISO strings ({@code 2026-10-01}), parsed here so that no locale can read
	 * them differently.
	 */
	@ConfigurationProperties("shegong.procurement.calendar")
	record CalendarProperties(List<String> holidays, List<String> makeUpWorkingDays) {

		CalendarProperties {
			holidays = (holidays != null) ? List.copyOf(holidays) : List.of();
			makeUpWorkingDays = (makeUpWorkingDays != null) ? List.copyOf(makeUpWorkingDays) : List.of();
		}

		WorkingDayCalendar calendar() {
			return WorkingDayCalendar.fromIsoDates(this.holidays, this.makeUpWorkingDays);
		}
	}

}
