package cn.shegong.evaluation.dashboard.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.evaluation.dashboard.application.DashboardQuery;
import cn.shegong.evaluation.dashboard.model.Dashboard;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;

/**
 * The buyer's dashboards over the final evaluations of a region and period, of every
 * buyer's contracts or of one buyer's [issue 6]. Parameters are read as text so that a
 * missing or malformed one is named in the problem.
 */
@RestController
class DashboardController {

	private final DashboardQuery query;

	DashboardController(DashboardQuery query) {
		this.query = query;
	}

	@GetMapping("/api/evaluation/dashboards")
	@PreAuthorize("hasAnyRole('admin', 'procurement-officer', 'supervisor')")
	Dashboard dashboard(Caller caller, @RequestParam(required = false) String region,
			@RequestParam(required = false) String buyerId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		if (region == null || region.isBlank()) {
			throw ProblemException.ruleViolated("dashboard-region-missing",
					"Name the region of the dashboard, e.g. region=330481.");
		}
		LocalDate start = day("from", from);
		LocalDate end = day("to", to);
		if (start.isAfter(end)) {
			throw ProblemException.ruleViolated("dashboard-period-reversed",
					"The period starts on " + start + ", after it ends on " + end + ".", start, end);
		}
		return this.query.read(caller, region.strip(), buyer(buyerId), start, end);
	}

	/** Absent: every buyer; present, it must name one. */
	private static Optional<String> buyer(String buyerId) {
		if (buyerId != null && buyerId.isBlank()) {
			throw ProblemException.ruleViolated("dashboard-buyer-blank",
					"Parameter buyerId names a buyer, e.g. buyerId=buyer-330481-maqiao, or is left out for every buyer.");
		}
		return Optional.ofNullable(buyerId).map(String::strip);
	}

	private static LocalDate day(String name, String value) {
		try {
			return LocalDate.parse((value != null) ? value.strip() : "");
		}
		catch (DateTimeParseException ex) {
			throw ProblemException.ruleViolated("dashboard-date-malformed",
					"Parameter " + name + " must be a day as yyyy-MM-dd, was '" + value + "'.", name, value);
		}
	}

}
