package cn.shegong.feedback.measure.application;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.shegong.feedback.measure.model.Period;
import cn.shegong.feedback.station.application.Stations;
import cn.shegong.feedback.station.model.ServedProject;
import cn.shegong.feedback.station.persistence.ServedProjects;

/**
 * Closes every month and quarter that has ended (in the platform's zone) for every
 * project an agency ran during it, publishing each one's measure once. Safe to run again,
 * late, or from several instances at once: a period already closed is skipped, and of two
 * racing closes only one insert succeeds.
 */
@Component
public class PeriodClosing {

	private static final Logger log = LoggerFactory.getLogger(PeriodClosing.class);

	private final ServedProjects projects;

	private final SatisfactionMeasures measures;

	private final Stations stations;

	PeriodClosing(ServedProjects projects, SatisfactionMeasures measures, Stations stations) {
		this.projects = projects;
		this.measures = measures;
		this.stations = stations;
	}

	/**
	 * @return how many measures this pass published
	 */
	public int runOnce() {
		LocalDate today = this.stations.today();
		int published = 0;
		for (ServedProject project : this.projects.all()) {
			try {
				published += closeEndedPeriods(project, today);
			}
			catch (RuntimeException ex) {
				// One project's failure must not hold back the others; the next pass
				// retries it.
				log.warn("Closing the periods of project {} failed", project.projectId(), ex);
			}
		}
		return published;
	}

	private int closeEndedPeriods(ServedProject project, LocalDate today) {
		if (project.agencyId().isEmpty() || project.termFrom() == null || project.termTo() == null) {
			return 0;
		}
		int published = 0;
		for (Period period : Period.closedMonthsAndQuarters(project.termFrom(), project.termTo(), today)) {
			if (this.measures.closeOnce(project, period)) {
				published++;
			}
		}
		return published;
	}

}
