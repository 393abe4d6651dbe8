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
 * tier, prorated by the days of the month they were employed by the agency. Everyone
 * counts as full time: part-time shares belong to staffing assignments, which do not feed
 * the payroll yet.
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

	private static Optional<AllowanceEntitlement> entitlement(SocialWorker worker, String agencyId, YearMonth month,
			Tier tier) {
		int days = worker.employments()
			.stream()
			.filter((employment) -> employment.agencyId().equals(agencyId))
			.mapToInt((employment) -> daysWithin(employment, month))
			.sum();
		return (days > 0) ? Optional.of(new AllowanceEntitlement(worker.id(), worker.name(), tier,
				AllowanceEntitlement.FULL_TIME, Math.min(days, month.lengthOfMonth()))) : Optional.empty();
	}

	static int daysWithin(Employment employment, YearMonth month) {
		LocalDate first = employment.from().isAfter(month.atDay(1)) ? employment.from() : month.atDay(1);
		LocalDate last = employment.until()
			.filter((until) -> until.isBefore(month.atEndOfMonth()))
			.orElse(month.atEndOfMonth());
		return first.isAfter(last) ? 0 : (int) (last.toEpochDay() - first.toEpochDay() + 1);
	}

}
