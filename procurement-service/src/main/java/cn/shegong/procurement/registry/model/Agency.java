package cn.shegong.procurement.registry.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.shegong.platform.problem.ProblemException;

/**
 * A social-work agency (承接主体) as the registry records it: identity, 统一社会信用代码, its
 * organisation grade if assessed, its credit standing and the bans it has received.
 * <p>
 * A small mutable aggregate with explicit commands rather than an immutable value: the
 * application layer loads it, runs one command, and stores it together with the event the
 * command returned in one document write (the outbox rides in the document). Returning
 * the event from the command keeps that pairing obvious, where an immutable copy would
 * have to return both a new agency and its event. Identity, name and code never change.
 * <p>
 * Bans are kept, never removed: each lapses by itself, and the history explains later
 * decisions.
 */
public final class Agency {

	private final String id;

	private final String name;

	private final UnifiedSocialCreditCode creditCode;

	private GradeAssessment gradeAssessment;

	private CreditStatus creditStatus;

	private final List<BanPeriod> bans;

	/**
	 * Restores an agency as stored; {@code gradeAssessment} may be null if never
	 * assessed.
	 */
	public Agency(String id, String name, UnifiedSocialCreditCode creditCode, GradeAssessment gradeAssessment,
			CreditStatus creditStatus, List<BanPeriod> bans) {
		this.id = RequiredText.require(id, "agency id");
		this.name = RequiredText.require(name, "agency name");
		this.creditCode = Objects.requireNonNull(creditCode, "creditCode");
		this.gradeAssessment = gradeAssessment;
		this.creditStatus = Objects.requireNonNull(creditStatus, "creditStatus");
		this.bans = new ArrayList<>(bans);
	}

	/** A newly recorded agency: good standing, not assessed, never banned. */
	public static Agency register(String id, String name, UnifiedSocialCreditCode creditCode) {
		return new Agency(id, name, creditCode, null, CreditStatus.GOOD, List.of());
	}

	/**
	 * Records a ban; the same evaluation cannot ban twice, so a redelivered grade is
	 * refused.
	 */
	public AgencyBanned ban(BanPeriod period) {
		if (hasBanFromEvaluation(period.sourceEvaluationId())) {
			throw ProblemException.conflict("ban-already-recorded",
					"agency %s is already banned for evaluation %s".formatted(this.id, period.sourceEvaluationId()),
					this.id, period.sourceEvaluationId());
		}
		this.bans.add(period);
		return AgencyBanned.of(this.id, period);
	}

	public void recordAssessment(GradeAssessment assessment) {
		this.gradeAssessment = Objects.requireNonNull(assessment, "assessment");
	}

	public void changeCreditStatus(CreditStatus status) {
		this.creditStatus = Objects.requireNonNull(status, "status");
	}

	public boolean hasBanFromEvaluation(String evaluationId) {
		return this.bans.stream().anyMatch((ban) -> ban.sourceEvaluationId().equals(evaluationId));
	}

	public boolean isBannedOn(LocalDate day) {
		return activeBanOn(day).isPresent();
	}

	/**
	 * Of the bans active on the day, the one that lasts longest: it says when bidding
	 * reopens.
	 */
	public Optional<BanPeriod> activeBanOn(LocalDate day) {
		return BanPeriod.longestActiveOn(this.bans, day);
	}

	/**
	 * Bans that lapsed after {@code lastCheck} up to and including {@code today} and left
	 * the agency free to bid on their lapse day; a ban that ends inside a longer one
	 * lifts nothing.
	 */
	public List<BanPeriod> banLiftedBetween(LocalDate lastCheck, LocalDate today) {
		return BanPeriod.liftedBetween(this.bans, lastCheck, today);
	}

	/** The grade if one was assessed and is still valid on the day. */
	public Optional<OrganisationGrade> gradeOn(LocalDate day) {
		return gradeAssessment().filter((assessment) -> assessment.isValidOn(day)).map(GradeAssessment::grade);
	}

	public String id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public UnifiedSocialCreditCode creditCode() {
		return this.creditCode;
	}

	public Optional<GradeAssessment> gradeAssessment() {
		return Optional.ofNullable(this.gradeAssessment);
	}

	public CreditStatus creditStatus() {
		return this.creditStatus;
	}

	public List<BanPeriod> bans() {
		return List.copyOf(this.bans);
	}

}
