package cn.shegong.evaluation.dashboard.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.shegong.evaluation.scheme.model.Grade;

/**
 * What a buyer sees of the final evaluations of a period [issue 6]: how the grades fall,
 * how the agencies rank, which indicators fail most often, and how each agency's score
 * moved. A re-evaluation supersedes the evaluation it corrects: one result counts per
 * contract milestone, the latest final one, in the distribution, the ranking and the
 * failed indicators; the trend keeps both points, each marked.
 *
 * @param buyerId the buyer whose contracts alone the dashboard covers, or {@code null}
 * when it covers every contract of its region
 */
public record Dashboard(String buyerId, Map<Grade, Long> gradeDistribution, List<AgencyRank> ranking,
		List<FailedIndicator> indicatorsMostOftenFailed, List<AgencyTrend> trends) {

	private static final Comparator<FinalEvaluation> BY_DATE = Comparator.comparing(FinalEvaluation::finalizedOn)
		.thenComparing(FinalEvaluation::evaluationId);

	public Dashboard {
		gradeDistribution = Map.copyOf(gradeDistribution);
		ranking = List.copyOf(ranking);
		indicatorsMostOftenFailed = List.copyOf(indicatorsMostOftenFailed);
		trends = List.copyOf(trends);
	}

	/** The dashboard of every given evaluation, whoever bought the contract. */
	public static Dashboard of(List<FinalEvaluation> evaluations, DashboardRules rules) {
		return of(null, evaluations, rules);
	}

	/**
	 * The dashboard of the evaluations of the buyer's contracts only. A re-evaluation
	 * evaluates the contract of the evaluation it corrects, so it stays with it.
	 */
	public static Dashboard ofBuyer(BuyerContracts buyer, List<FinalEvaluation> evaluations, DashboardRules rules) {
		return of(buyer.buyerId(), evaluations.stream().filter(buyer::bought).toList(), rules);
	}

	private static Dashboard of(String buyerId, List<FinalEvaluation> evaluations, DashboardRules rules) {
		Map<String, String> supersededBy = new HashMap<>();
		evaluations.stream()
			.filter((e) -> e.correctsEvaluationId() != null)
			.forEach((e) -> supersededBy.put(e.correctsEvaluationId(), e.evaluationId()));
		List<FinalEvaluation> counting = evaluations.stream()
			.filter((e) -> !supersededBy.containsKey(e.evaluationId()))
			.toList();
		return new Dashboard(buyerId, distribution(counting), ranking(byAgency(counting)),
				mostOftenFailed(counting, rules), trends(byAgency(evaluations), supersededBy));
	}

	private static Map<String, List<FinalEvaluation>> byAgency(List<FinalEvaluation> evaluations) {
		Map<String, List<FinalEvaluation>> byAgency = new TreeMap<>();
		evaluations.stream()
			.sorted(BY_DATE)
			.forEach((e) -> byAgency.computeIfAbsent(e.agencyId(), (id) -> new ArrayList<>()).add(e));
		return byAgency;
	}

	/** Every grade is listed, with zero when none fell in it. */
	private static Map<Grade, Long> distribution(List<FinalEvaluation> evaluations) {
		Map<Grade, Long> counts = new EnumMap<>(Grade.class);
		for (Grade grade : Grade.values()) {
			counts.put(grade, 0L);
		}
		evaluations.forEach((e) -> counts.merge(e.grade(), 1L, Long::sum));
		return counts;
	}

	private static List<AgencyRank> ranking(Map<String, List<FinalEvaluation>> byAgency) {
		return byAgency.entrySet()
			.stream()
			.map((entry) -> AgencyRank.of(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparing(AgencyRank::meanScore).reversed().thenComparing(AgencyRank::agencyId))
			.toList();
	}

	private static List<FailedIndicator> mostOftenFailed(List<FinalEvaluation> evaluations, DashboardRules rules) {
		Map<String, FailedIndicator> tally = new LinkedHashMap<>();
		evaluations.stream()
			.sorted(BY_DATE)
			.flatMap((e) -> e.dimensions().stream())
			.forEach((d) -> tally.merge(d.code(),
					new FailedIndicator(d.code(), d.label(), d.isFailedBelow(rules.failedBelowPercent()) ? 1 : 0, 1),
					FailedIndicator::plus));
		return tally.values()
			.stream()
			.filter((indicator) -> indicator.failedCount() > 0)
			.sorted(Comparator.comparingInt(FailedIndicator::failedCount)
				.reversed()
				.thenComparing(FailedIndicator::code))
			.limit(rules.indicatorsShown())
			.toList();
	}

	private static List<AgencyTrend> trends(Map<String, List<FinalEvaluation>> byAgency,
			Map<String, String> supersededBy) {
		return byAgency.entrySet()
			.stream()
			.map((entry) -> new AgencyTrend(entry.getKey(),
					entry.getValue()
						.stream()
						.map((e) -> TrendPoint.of(e, supersededBy.get(e.evaluationId())))
						.toList()))
			.toList();
	}

	/**
	 * An agency's place: its mean score over the period's evaluations (two decimals, half
	 * up) and the grade of its latest one.
	 */
	public record AgencyRank(String agencyId, int evaluations, BigDecimal meanScore, Grade lastGrade) {

		static AgencyRank of(String agencyId, List<FinalEvaluation> oldestFirst) {
			BigDecimal sum = oldestFirst.stream().map(FinalEvaluation::score).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal mean = sum.divide(BigDecimal.valueOf(oldestFirst.size()), 2, RoundingMode.HALF_UP);
			return new AgencyRank(agencyId, oldestFirst.size(), mean, oldestFirst.get(oldestFirst.size() - 1).grade());
		}

	}

	/**
	 * An indicator failed in {@code failedCount} of the {@code of} evaluations that
	 * scored it.
	 */
	public record FailedIndicator(String code, String label, int failedCount, int of) {

		FailedIndicator plus(FailedIndicator later) {
			return new FailedIndicator(this.code, this.label, this.failedCount + later.failedCount, this.of + later.of);
		}

	}

	/** An agency's scores, oldest first. */
	public record AgencyTrend(String agencyId, List<TrendPoint> points) {

		public AgencyTrend {
			points = List.copyOf(points);
		}

	}

	/**
	 * @param correctsEvaluationId the evaluation this re-evaluation corrects, or
	 * {@code null}
	 * @param supersededBy the re-evaluation that corrects this one, or {@code null}
	 */
	public record TrendPoint(String evaluationId, String kind, LocalDate finalizedOn, BigDecimal score,
			String correctsEvaluationId, String supersededBy) {

		static TrendPoint of(FinalEvaluation e, String supersededBy) {
			return new TrendPoint(e.evaluationId(), e.kind(), e.finalizedOn(), e.score(), e.correctsEvaluationId(),
					supersededBy);
		}

	}

}
