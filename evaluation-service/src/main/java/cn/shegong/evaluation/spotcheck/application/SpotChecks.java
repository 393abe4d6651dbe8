package cn.shegong.evaluation.spotcheck.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import cn.shegong.evaluation.contract.application.ContractCopies;
import cn.shegong.evaluation.contract.model.Contract;
import cn.shegong.evaluation.evaluation.application.EvaluationFlowProperties;
import cn.shegong.evaluation.evaluation.application.EvaluationPlanner;
import cn.shegong.evaluation.evaluation.model.EvaluationRules;
import cn.shegong.evaluation.evaluation.model.SpotCheckCandidate;
import cn.shegong.evaluation.spotcheck.model.AnnualSpotCheck;
import cn.shegong.evaluation.spotcheck.model.SpotCheckRecord;
import cn.shegong.evaluation.spotcheck.persistence.SpotCheckRecords;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.platform.security.PlatformRoles;

/**
 * Draws the annual spot checks (年度抽查) of a region and plans a spot-check evaluation of
 * each chosen contract. The seed comes from {@link SecureRandom} at draw time, so no
 * agency can work out beforehand which projects will be chosen, and is recorded with the
 * candidates so anyone can re-run the draw afterwards. The store keeps one draw per year
 * and region: of two concurrent draws only one is recorded.
 */
@Service
@EnableConfigurationProperties(SpotCheckProperties.class)
public class SpotChecks {

	static final String TIMER = "timer";

	private final SpotCheckRecords records;

	private final ContractCopies contracts;

	private final EvaluationPlanner planner;

	private final Clock clock;

	private final SpotCheckProperties properties;

	private final EvaluationRules rules;

	private final SecureRandom random = new SecureRandom();

	SpotChecks(SpotCheckRecords records, ContractCopies contracts, EvaluationPlanner planner, Clock clock,
			SpotCheckProperties properties, EvaluationFlowProperties flow) {
		this.records = records;
		this.contracts = contracts;
		this.planner = planner;
		this.clock = clock;
		this.properties = properties;
		this.rules = properties.rules(flow.rules());
	}

	/** An admin's or the region's officer's draw; 409 if the year's draw exists. */
	public SpotCheckRecord draw(Caller caller, int year, String regionCode) {
		boolean officer = caller.hasRole(PlatformRoles.PROCUREMENT_OFFICER) && caller.governs(regionCode);
		if (!caller.hasRole(PlatformRoles.ADMIN) && !officer) {
			throw ProblemException.forbidden("region-not-governed",
					"Region " + regionCode + " is outside your jurisdiction.", regionCode);
		}
		List<Contract> inRegion = this.contracts.inRegion(regionCode);
		if (!AnnualSpotCheck.hasEligible(year, candidates(inRegion), this.rules)) {
			throw ProblemException.ruleViolated("spot-check-nothing-eligible",
					"No contract of region " + regionCode + " covering " + year + " runs longer than "
							+ this.rules.spotCheckMinimumTerm() + "; there is nothing to draw.",
					regionCode, year, this.rules.spotCheckMinimumTerm());
		}
		return drawAndPlan(year, regionCode, inRegion, caller.username()).orElseThrow(() -> {
			SpotCheckRecord first = this.records.find(year, regionCode).orElseThrow();
			return ProblemException.conflict("spot-check-already-drawn",
					"The " + year + " spot check of region " + regionCode + " was drawn by " + first.drawnBy() + " at "
							+ first.drawnAt() + "; a year is drawn once.",
					year, regionCode, first.drawnBy(), first.drawnAt());
		});
	}

	/** The recorded draw, for an admin or an officer or supervisor of the region. */
	public SpotCheckRecord read(Caller caller, int year, String regionCode) {
		boolean governs = caller.hasAnyRole(PlatformRoles.PROCUREMENT_OFFICER, PlatformRoles.SUPERVISOR)
				&& caller.governs(regionCode);
		if (!caller.hasRole(PlatformRoles.ADMIN) && !governs) {
			throw ProblemException.forbidden("region-not-governed",
					"Region " + regionCode + " is outside your jurisdiction.", regionCode);
		}
		return this.records.find(year, regionCode)
			.orElseThrow(() -> ProblemException.notFound("spot-check-not-found",
					"No " + year + " spot check of region " + regionCode + " has been drawn.", year, regionCode));
	}

	/**
	 * The timer's pass: from the configured day on, draws the year for each region with
	 * eligible contracts and no draw yet, and plans any chosen contract whose spot-check
	 * evaluation is missing (a stop between recording a draw and planning its evaluations
	 * loses none). Safe to run again and from several instances.
	 * @return how many regions were drawn
	 */
	public int drawDue() {
		return drawDueOn(LocalDate.now(this.clock));
	}

	/** The timer's pass as on the given day. */
	public int drawDueOn(LocalDate today) {
		if (!AnnualSpotCheck.isDrawDue(today, this.properties.drawDay())) {
			return 0;
		}
		int year = today.getYear();
		int drawn = 0;
		for (String region : this.contracts.regionCodes()) {
			List<Contract> inRegion = this.contracts.inRegion(region);
			Optional<SpotCheckRecord> recorded = this.records.find(year, region);
			if (recorded.isPresent()) {
				planChosen(recorded.get(), inRegion, today);
				continue;
			}
			if (AnnualSpotCheck.hasEligible(year, candidates(inRegion), this.rules)
					&& drawAndPlan(year, region, inRegion, TIMER).isPresent()) {
				drawn++;
			}
		}
		return drawn;
	}

	private Optional<SpotCheckRecord> drawAndPlan(int year, String regionCode, List<Contract> inRegion,
			String drawnBy) {
		SpotCheckRecord record = AnnualSpotCheck.draw(year, regionCode, candidates(inRegion), this.rules,
				this.random.nextLong(), drawnBy, this.clock.instant());
		if (!this.records.insertIfFirst(record)) {
			return Optional.empty();
		}
		planChosen(record, inRegion, LocalDate.now(this.clock));
		return Optional.of(record);
	}

	/** Plans each chosen contract's spot check; an evaluation already planned stays. */
	private void planChosen(SpotCheckRecord record, List<Contract> inRegion, LocalDate plannedFor) {
		Map<String, Contract> byId = inRegion.stream().collect(Collectors.toMap(Contract::contractId, (c) -> c));
		record.chosen()
			.stream()
			.filter((chosen) -> byId.containsKey(chosen.contractId()))
			.forEach((chosen) -> this.planner.planSpotCheck(byId.get(chosen.contractId()), record.selection().year(),
					plannedFor));
	}

	private static List<SpotCheckCandidate> candidates(List<Contract> contracts) {
		return contracts.stream()
			.map((c) -> new SpotCheckCandidate(c.projectId(), c.contractId(), c.term().from(), c.term().to()))
			.toList();
	}

}
