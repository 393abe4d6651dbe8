package cn.shegong.evaluation.rectification.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

import cn.shegong.evaluation.event.EvaluationEvents;
import cn.shegong.evaluation.event.RectificationVerified;
import cn.shegong.evaluation.rectification.model.Rectification;
import cn.shegong.evaluation.rectification.model.RectificationRules;
import cn.shegong.evaluation.rectification.model.RectificationSubject;
import cn.shegong.evaluation.rectification.persistence.Rectifications;
import cn.shegong.evaluation.rectification.persistence.Rectifications.Versioned;
import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;

/**
 * Rectifications from the final grade that requires one to the buyer's verification: each
 * use case loads the rectification, lets the domain decide, and stores it with the events
 * it caused in one write.
 */
@Service
@EnableConfigurationProperties(RectificationProperties.class)
public class RectificationFlow {

	private final Rectifications rectifications;

	private final Outbox outbox;

	private final Clock clock;

	private final RectificationRules rules;

	RectificationFlow(Rectifications rectifications, Outbox outbox, Clock clock, RectificationProperties properties) {
		this.rectifications = rectifications;
		this.outbox = outbox;
		this.clock = clock;
		this.rules = properties.rules();
	}

	/**
	 * Opens the rectification a final grade of 合格 or 不合格 requires; any other grade, or a
	 * grade announced again, opens nothing.
	 * @return whether one was opened now
	 */
	public boolean open(RectificationSubject subject, LocalDate finalOn) {
		if (!RectificationRules.gradeRequiresRectification(subject.grade())) {
			return false;
		}
		return this.rectifications.insertIfAbsent(Rectification.open(subject, finalOn, this.rules));
	}

	public Rectification submit(Caller caller, String id, String text, List<String> evidenceRefs) {
		Versioned v = readable(caller, id);
		Rectification next = v.rectification()
			.submit(caller.agencyId().orElse(caller.username()), caller.username(), text, evidenceRefs, today());
		this.rectifications.save(next, v.version(), List.of());
		return next;
	}

	public Rectification returnReport(Caller caller, String id, String reason) {
		Versioned v = judgeable(caller, id);
		Rectification next = v.rectification().returnReport(caller.username(), reason, today());
		this.rectifications.save(next, v.version(), List.of());
		return next;
	}

	/** Verifies the report and publishes {@code RectificationVerified} with it. */
	public Rectification verify(Caller caller, String id) {
		Versioned v = judgeable(caller, id);
		Rectification.Verification verification = v.rectification().verify(caller.username(), today());
		RectificationSubject s = verification.verified().subject();
		RectificationVerified data = new RectificationVerified(s.evaluationId(), s.contractId(), s.milestoneId(),
				s.projectId(), s.agencyId(), s.regionCode(), s.grade(), verification.verified().verifiedOn());
		this.rectifications.save(verification.rectification(), v.version(),
				List.of(this.outbox.pending(EvaluationEvents.RECTIFICATION_VERIFIED, s.evaluationId(), data)));
		return verification.rectification();
	}

	public Rectification read(Caller caller, String id) {
		return readable(caller, id).rectification();
	}

	/**
	 * The rectifications of a contract or of an agency that the caller may read; a blank
	 * filter is no filter.
	 */
	public List<Rectification> list(Caller caller, String contractId, String agencyId) {
		List<Rectification> found;
		if (StringUtils.hasText(contractId)) {
			found = this.rectifications.ofContract(contractId);
		}
		else if (StringUtils.hasText(agencyId)) {
			found = this.rectifications.ofAgency(agencyId);
		}
		else {
			throw ProblemException.ruleViolated("rectification-list-needs-a-filter",
					"List the rectifications of a contract (contractId=…) or of an agency (agencyId=…).");
		}
		return found.stream().filter((r) -> RectificationAccess.mayRead(caller, r)).toList();
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Versioned readable(Caller caller, String id) {
		return this.rectifications.find(id)
			.filter((v) -> RectificationAccess.mayRead(caller, v.rectification()))
			.orElseThrow(() -> ProblemException.notFound("rectification-not-found",
					"No rectification of evaluation " + id + " here.", id));
	}

	private Versioned judgeable(Caller caller, String id) {
		Versioned v = readable(caller, id);
		if (!RectificationAccess.mayJudge(caller, v.rectification())) {
			throw ProblemException.forbidden("rectification-judged-by-the-buyer",
					"Only an admin or a procurement officer of region " + v.rectification().subject().regionCode()
							+ " verifies or returns the rectification of " + id + ".",
					v.rectification().subject().regionCode(), id);
		}
		return v;
	}

}
