package cn.shegong.feedback.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import cn.shegong.platform.problem.ProblemException;

/**
 * Refuses the same anonymous submission from the same client twice within a window (a
 * script replaying a form, or a resident pressing "send" again). The claim is taken
 * before the submission is stored and tied to its receipt after; a claim whose submission
 * never got stored (the store failed, or the process died in between) is released or
 * taken over, so a resident who tries again is never turned away for a submission that
 * was lost.
 */
@Component
public class SubmissionGuard {

	static final String COLLECTION = "submission_fingerprints";

	/** How long a claim without a receipt is taken as still being stored. */
	private static final Duration IN_FLIGHT = Duration.ofSeconds(30);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Duration window;

	SubmissionGuard(MongoTemplate mongo, Clock clock,
			@Value("${shegong.feedback.intake.duplicate-window:PT10M}") Duration window) {
		this.mongo = mongo;
		this.clock = clock;
		this.window = window;
	}

	/**
	 * Claims a submission's fingerprint, or refuses it as a duplicate (409
	 * {@code duplicate-submission}, naming the first one's receipt where it has one).
	 * @param parts what makes two submissions the same (project, kind, normalised text…)
	 */
	public Claim claim(String kind, String client, String... parts) {
		String fingerprint = fingerprint(kind, client, parts);
		Instant now = this.clock.instant();
		try {
			this.mongo.insert(new Fingerprint(fingerprint, now, null), COLLECTION);
			return new Claim(fingerprint);
		}
		catch (DuplicateKeyException ex) {
			return takeOverOrRefuse(fingerprint, now);
		}
	}

	/** Ties the claim to the receipt the resident was given. */
	public void accepted(Claim claim, String receipt) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(claim.fingerprint())),
				Update.update("receipt", receipt), COLLECTION);
	}

	/** Releases a claim whose submission could not be stored. */
	public void abandon(Claim claim) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(claim.fingerprint()).and("receipt").is(null)),
				COLLECTION);
	}

	/** Forgets fingerprints older than the window; returns how many. */
	public long forgetExpired() {
		return this.mongo
			.remove(Query.query(Criteria.where("at").lt(this.clock.instant().minus(this.window))), COLLECTION)
			.getDeletedCount();
	}

	private Claim takeOverOrRefuse(String fingerprint, Instant now) {
		Fingerprint seen = this.mongo.findById(fingerprint, Fingerprint.class, COLLECTION);
		boolean expired = seen == null || seen.at().isBefore(now.minus(this.window));
		boolean abandoned = seen != null && seen.receipt() == null && seen.at().isBefore(now.minus(IN_FLIGHT));
		if (expired || abandoned) {
			this.mongo.save(new Fingerprint(fingerprint, now, null), COLLECTION);
			return new Claim(fingerprint);
		}
		Optional<String> receipt = Optional.ofNullable(seen.receipt());
		throw ProblemException.conflict("duplicate-submission",
				"The same submission arrived from this client at %s; within %s it is taken as a repeat%s"
					.formatted(seen.at(), this.window, receipt.map((code) -> ", receipt " + code).orElse("")),
				receipt.orElse(""));
	}

	static String fingerprint(String kind, String client, String... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((kind + '\u0000' + client).getBytes(StandardCharsets.UTF_8));
			for (String part : parts) {
				digest.update(("\u0000" + ((part != null) ? part : "")).getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/** A claimed fingerprint, to be tied to a receipt or abandoned. */
	public record Claim(String fingerprint) {

	}

	@Document(COLLECTION)
	record Fingerprint(@Id String id, Instant at, String receipt) {

	}

}
