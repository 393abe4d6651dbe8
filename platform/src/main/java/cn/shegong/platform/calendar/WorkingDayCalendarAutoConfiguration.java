package cn.shegong.platform.calendar;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The working-day calendar a service counts deadlines in (challenge windows, reply
 * windows): weekends off, plus the statutory holidays and make-up working days (调休) the
 * city publishes each year under {@code shegong.calendar}. One binding for every service,
 * so a city configures its calendar the same way everywhere.
 */
@AutoConfiguration
@EnableConfigurationProperties(WorkingDayCalendarAutoConfiguration.CalendarProperties.class)
public class WorkingDayCalendarAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
		return properties.calendar();
	}

	/**
	 * Dates as ISO strings ({@code 2026-10-01}), parsed here so that no locale can read
	 * them differently.
	 */
	@ConfigurationProperties("shegong.calendar")
	public record CalendarProperties(List<String> holidays, List<String> makeUpWorkingDays) {

		public CalendarProperties {
			holidays = (holidays != null) ? List.copyOf(holidays) : List.of();
			makeUpWorkingDays = (makeUpWorkingDays != null) ? List.copyOf(makeUpWorkingDays) : List.of();
		}

		public WorkingDayCalendar calendar() {
			return WorkingDayCalendar.fromIsoDates(this.holidays, this.makeUpWorkingDays);
		}
	}

}
