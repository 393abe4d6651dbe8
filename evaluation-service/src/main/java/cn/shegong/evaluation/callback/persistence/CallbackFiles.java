package cn.shegong.evaluation.callback.persistence;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import cn.shegong.evaluation.callback.model.CallbackFile;
import cn.shegong.evaluation.callback.model.PhoneNumber;
import cn.shegong.evaluation.callback.model.ServiceRecord;
import cn.shegong.evaluation.callback.model.ServiceRecords;
import cn.shegong.evaluation.callback.persistence.CallbackDocument.OutcomeDocument;
import cn.shegong.evaluation.callback.persistence.CallbackDocument.RecordDocument;
import cn.shegong.evaluation.evaluation.model.CallbackChecks;
import cn.shegong.evaluation.evaluation.model.CallbackOutcome;
import cn.shegong.evaluation.evaluation.model.CallbackSample;
import cn.shegong.platform.outbox.VersionedWrites;
import cn.shegong.platform.protection.AesGcmSeal;

/**
 * The callbacks of each evaluation (collection {@code callback_checks}), written on the
 * version they were read at (409 stale-version otherwise). Beneficiaries' phones are
 * sealed with the key from {@code CALLBACK_PHONE_KEY} before they reach the store; a key
 * of the wrong length stops the service at start-up.
 */
@Repository
public class CallbackFiles {

	private final MongoTemplate mongo;

	private final AesGcmSeal phones;

	CallbackFiles(MongoTemplate mongo, @Value("${shegong.evaluation.callbacks.phone-key}") String phoneKey) {
		this.mongo = mongo;
		this.phones = AesGcmSeal.withBase64Key(phoneKey, "callback phone");
	}

	/** The evaluation's callbacks, or none reported yet (not stored until changed). */
	public Versioned findOrOpen(String evaluationId) {
		CallbackDocument document = this.mongo.findById(evaluationId, CallbackDocument.class);
		return (document != null) ? new Versioned(file(document), document.version())
				: new Versioned(CallbackFile.open(evaluationId), null);
	}

	/**
	 * @param expectedVersion {@code null} for callbacks never stored
	 * @return the version stored
	 * @throws OptimisticLockingFailureException if someone else changed them first
	 */
	public long save(CallbackFile file, Long expectedVersion) {
		CallbackDocument document = document(file, expectedVersion);
		if (expectedVersion == null) {
			try {
				return this.mongo.insert(document).version();
			}
			catch (DuplicateKeyException ex) {
				throw new OptimisticLockingFailureException("Callbacks of " + file.evaluationId() + " stored meanwhile",
						ex);
			}
		}
		return VersionedWrites.save(this.mongo, document, file.evaluationId(), expectedVersion, List.of());
	}

	/**
	 * The sample and outcomes of every evaluation with at least one callback made, as
	 * stored now; the records and their sealed phones are not read.
	 */
	public List<Called> called() {
		return this.mongo.find(withoutRecords(Criteria.where("outcomes.0").exists(true)), CallbackDocument.class)
			.stream()
			.map(CallbackFiles::called)
			.toList();
	}

	/** {@link #called()} of one evaluation: empty until its first callback is made. */
	public Optional<Called> called(String evaluationId) {
		Query query = withoutRecords(Criteria.where("_id").is(evaluationId).and("outcomes.0").exists(true));
		return Optional.ofNullable(this.mongo.findOne(query, CallbackDocument.class)).map(CallbackFiles::called);
	}

	private static Query withoutRecords(Criteria criteria) {
		Query query = Query.query(criteria);
		query.fields().exclude("records");
		return query;
	}

	private static Called called(CallbackDocument document) {
		return new Called(document.id(), checks(document), document.version());
	}

	private CallbackDocument document(CallbackFile file, Long version) {
		List<RecordDocument> records = file.records()
			.records()
			.stream()
			.map((r) -> new RecordDocument(r.beneficiaryId(), r.serviceDate(), r.serviceType(), r.summary(),
					this.phones.seal(r.phone().digits())))
			.toList();
		if (!file.isDrawn()) {
			return new CallbackDocument(file.evaluationId(), records, null, null, null, null, null, List.of(), version);
		}
		CallbackSample sample = file.checks().sample();
		List<OutcomeDocument> outcomes = file.checks()
			.outcomes()
			.values()
			.stream()
			.sorted(Comparator.comparingInt((o) -> sample.chosenBeneficiaryIds().indexOf(o.beneficiaryId())))
			.map((o) -> new OutcomeDocument(o.beneficiaryId(), o.result().name(), o.calledOn(), o.note()))
			.toList();
		return new CallbackDocument(file.evaluationId(), records, sample.seed(), sample.reportedBeneficiaryIds(),
				sample.chosenBeneficiaryIds(), file.drawn().by(), file.drawn().at(), outcomes, version);
	}

	private CallbackFile file(CallbackDocument document) {
		ServiceRecords records = new ServiceRecords(document.records()
			.stream()
			.map((r) -> new ServiceRecord(r.beneficiaryId(), r.serviceDate(), r.serviceType(), r.summary(),
					PhoneNumber.stored(this.phones.open(r.sealedPhone()))))
			.toList());
		if (document.seed() == null) {
			return new CallbackFile(document.id(), records, null, null);
		}
		return new CallbackFile(document.id(), records, checks(document),
				new CallbackFile.Drawn(document.drawnBy(), document.drawnAt()));
	}

	private static CallbackChecks checks(CallbackDocument document) {
		CallbackSample sample = new CallbackSample(document.id(), document.seed(), document.population(),
				document.chosen());
		Map<String, CallbackOutcome> outcomes = document.outcomes()
			.stream()
			.map((o) -> new CallbackOutcome(o.beneficiaryId(), CallbackOutcome.Result.valueOf(o.result()), o.calledOn(),
					o.note()))
			.collect(Collectors.toMap(CallbackOutcome::beneficiaryId, Function.identity()));
		return new CallbackChecks(sample, outcomes);
	}

	/** The sample and outcomes of an evaluation's callbacks, and their stored version. */
	public record Called(String evaluationId, CallbackChecks checks, long version) {

	}

	/** Callbacks and the version they were read at, {@code null} if never stored. */
	public record Versioned(CallbackFile file, Long version) {

	}

}
