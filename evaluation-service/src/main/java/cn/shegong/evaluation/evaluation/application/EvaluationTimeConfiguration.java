package cn.shegong.evaluation.evaluation.application;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.shegong.platform.calendar.WorkingDayCalendar;

/**
 * The working-day calendar the reply window counts in, from
 * {@code shegong.evaluation.calendar.*}: weekends off, plus the city's holidays and
 * make-up working days (调休) as ISO dates.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ EvaluationTimeConfiguration.CalendarProperties.class, EvaluationFlowProperties.class })
class EvaluationTimeConfiguration {

	@Bean
	WorkingDayCalendar evaluationCalendar(CalendarProperties properties) {
		return properties.calendar();
	}

	@ConfigurationProperties("shegong.evaluation.calendar")
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
