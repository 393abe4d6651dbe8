package cn.shegong.talent.tier.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.shegong.platform.security.Caller;
import cn.shegong.talent.tier.model.AllowanceEntitlement;
import cn.shegong.talent.tier.model.AllowanceRun;
import cn.shegong.talent.tier.model.AllowanceSchedule;
import cn.shegong.talent.tier.model.Tier;
import cn.shegong.talent.tier.persistence.WorkerTierStore;
import cn.shegong.talent.worker.application.HrAgency;
import cn.shegong.talent.worker.application.WorkerDirectory;
import cn.shegong.talent.worker.model.Employment;
import cn.shegong.talent.worker.model.SocialWorker;
import cn.shegong.talent.worker.persistence.StoredWorker;

/**
 * A month's allowance run for the caller's agency: each of its workers at their current
 * tier, prorated by the days of the month they were employed by the agency and by the
 * share of full time of each employment stretch. Part-time shares of staffing assignments
 * (which contract a worker serves) do not feed the payroll: the employer pays for the
 * employment, not for the assignments.
 */
@Service
public class AllowancePayroll {

	private final WorkerDirectory workers;

	private final WorkerTierStore tiers;

	private final AllowanceSchedule schedule;

	AllowancePayroll(WorkerDirectory workers, WorkerTierStore tiers, AllowanceSchedule schedule) {
		this.workers = workers;
		this.tiers = tiers;
		this.schedule = schedule;
	}

	public AllowanceRun runFor(Caller caller, YearMonth month) {
		String agencyId = HrAgency.of(caller);
		List<SocialWorker> employed = this.workers.listOwn(caller).stream().map(StoredWorker::worker).toList();
		Map<String, TierRecord> tierOf = this.tiers.findAll(employed.stream().map(SocialWorker::id).toList());
		List<AllowanceEntitlement> entitlements = employed.stream()
			.flatMap((worker) -> entitlement(worker, agencyId, month,
					Optional.ofNullable(tierOf.get(worker.id())).map(TierRecord::tier).orElse(Tier.ONE))
				.stream())
			.toList();
		return AllowanceRun.of(agencyId, month, this.schedule, entitlements);
	}

	/**
	 * One line per worker, paid on the basis-point days of the month's stretches with the
	 * agency, so a change of working time inside the month is paid exactly and rounded
	 * once; the sheet shows the day-weighted share and the days really employed.
	 */
	static Optional<AllowanceEntitlement> entitlement(SocialWorker worker, String agencyId, YearMonth month,
			Tier tier) {
		List<Employment> stretches = worker.employments()
			.stream()
			.filter((employment) -> employment.agencyId().equals(agencyId))
			.filter((employment) -> daysWithin(employment, month) > 0)
			.toList();
		int days = stretches.stream().mapToInt((employment) -> daysWithin(employment, month)).sum();
		if (days == 0) {
			return Optional.empty();
		}
		long fteDays = stretches.stream()
			.mapToLong((employment) -> (long) employment.fteBasisPoints() * daysWithin(employment, month))
			.sum();
		return Optional.of(AllowanceEntitlement.ofStretches(worker.id(), worker.name(), tier,
				Math.min(days, month.lengthOfMonth()), fteDays));
	}

	static int daysWithin(Employment employment, YearMonth month) {
		LocalDate first = employment.from().isAfter(month.atDay(1)) ? employment.from() : month.atDay(1);
		LocalDate last = employment.until()
			.filter((until) -> until.isBefore(month.atEndOfMonth()))
			.orElse(month.atEndOfMonth());
		return first.isAfter(last) ? 0 : (int) (last.toEpochDay() - first.toEpochDay() + 1);
	}

}
